import { getOutbox } from './default-outbox.js';

/**
 * Registers a widget unless the tag is taken: a portal may load the script twice. Defining any
 * widget starts the page's outbox, which sends what earlier visits left behind.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
  getOutbox();
}
