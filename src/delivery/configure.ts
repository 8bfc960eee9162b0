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

const STORE = Symbol.for('palaute.config');

interface ConfigStore {
  current: Readonly<PalauteConfig>;
  listeners: Set<Listener>;
}

/**
 * One configuration per page, kept on the global object: every copy of this module shares it. The
 * loader carries a copy of its own (so it imports nothing before it can fetch the widgets), and a
 * page may also have Palaute from a bundle.
 */
const store: ConfigStore = ((globalThis as { [STORE]?: ConfigStore })[STORE] ??= {
  current: {},
  listeners: new Set(),
});

/** Merges `options` into the library-wide defaults and tells every live widget. */
export function configure(options: PalauteConfig): void {
  store.current = { ...store.current, ...options };
  for (const listener of store.listeners) listener(store.current);
}

export function getConfig(): Readonly<PalauteConfig> {
  return store.current;
}

/** Returns the function that stops listening. */
export function onConfigChange(listener: Listener): () => void {
  store.listeners.add(listener);
  return () => store.listeners.delete(listener);
}
