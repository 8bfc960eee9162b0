import { startSenderWhenIdle } from './storing-code.js';

/**
 * Registers a widget unless the tag is taken: a portal may load the script twice. Only entry
 * modules call this; importing an element class registers nothing. Defining any widget starts the
 * page's outbox once the page is idle (its code is not needed to draw the widget); it sends what
 * earlier visits left behind.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
  startSenderWhenIdle();
}
