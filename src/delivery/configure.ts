/** Library-wide defaults. Attributes on an element override them. */
import type { Locale } from '../schema/constants.js';

/** Per-language partial overrides of a widget's messages, e.g. `{ en: { question: '…' } }`. */
export type MessageOverrides<M = Record<string, string>> = Partial<Record<Locale, Partial<M>>>;

declare global {
  /**
   * Each widget's message type by tag; every element adds its own entry (as
   * `HTMLElementTagNameMap` works), so `configure({ messages })` is typed per element.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
  interface PalauteMessagesByTag {}
}

export interface PalauteConfig {
  /** Where answers are POSTed when an element has no `endpoint` attribute. */
  endpoint?: string;
  /** Default office identifier (`unit` attribute). */
  unit?: string;
  /** Default service identifier (`service` attribute). */
  service?: string;
  /** Message overrides per element tag: `{ 'palaute-nps': { fi: { question: '…' } } }`. */
  messages?: { [Tag in keyof PalauteMessagesByTag]?: MessageOverrides<PalauteMessagesByTag[Tag]> };
}

type Listener = (config: Readonly<PalauteConfig>) => void;

let current: Readonly<PalauteConfig> = {};
const listeners = new Set<Listener>();

/** Merges `options` into the library-wide defaults and tells every live widget. */
export function configure(options: PalauteConfig): void {
  current = { ...current, ...options };
  for (const listener of listeners) listener(current);
}

export function getConfig(): Readonly<PalauteConfig> {
  return current;
}

/** Returns the function that stops listening. */
export function onConfigChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
