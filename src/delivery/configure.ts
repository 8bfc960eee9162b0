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
  /**
   * The organisation's public reports key (a P-256 JWK, `{ kty, crv, x, y }`), as
   * `npx palaute-collector reports init` prints it. With it, `<palaute-deviation-form>` seals what
   * a person wrote before the report is stored or sent (docs/sealed-reports.md). Checked when a
   * report is sealed: a malformed or private key is reported, and the report goes as without one.
   */
  reportKey?: JsonWebKey;
  /** Message overrides per element tag: `{ 'palaute-nps': { fi: { question: '…' } } }`. */
  messages?: { [Tag in keyof PalauteMessagesByTag]?: MessageOverrides<PalauteMessagesByTag[Tag]> };
}

type Listener = (config: Readonly<PalauteConfig>) => void;

/**
 * Set by the loader build (vite.config.ts), with the version in it: the loader and its chunks each
 * carry a copy of this module and share one configuration under that key. Elsewhere (a bundle,
 * dist/palaute.all.js) there is one copy, which keeps its configuration to itself.
 */
declare const __PALAUTE_SHARED_CONFIG__: string | undefined;

interface ConfigStore {
  current: Readonly<PalauteConfig>;
  listeners: Set<Listener>;
}

const sharedKey =
  typeof __PALAUTE_SHARED_CONFIG__ === 'string' ? Symbol.for(__PALAUTE_SHARED_CONFIG__) : undefined;
const newStore = (): ConfigStore => ({ current: {}, listeners: new Set() });
const store: ConfigStore = sharedKey
  ? ((globalThis as Record<symbol, ConfigStore | undefined>)[sharedKey] ??= newStore())
  : newStore();

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
