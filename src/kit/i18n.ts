/** Message catalogs by language, with overrides. (Resolving an element's language: locale-resolution.ts.) */
import type { MessageOverrides } from '../delivery/configure.js';
import type { Locale } from '../schema/constants.js';

/** A language's messages, or how to load them: a page downloads only the languages it shows. */
export type CatalogEntry<M> = M | (() => Promise<{ default: M }>);
/** Finnish, the default, is always at hand; the other languages may load on demand. */
export type Catalog<M> = { readonly fi: M } & { readonly [L in Exclude<Locale, 'fi'>]: CatalogEntry<M> };

const loaded = new WeakMap<object, Partial<Record<Locale, unknown>>>();

/** The messages of `locale` when they are at hand; undefined until `loadMessages` has loaded them. */
export function messagesAt<M>(catalog: Catalog<M>, locale: Locale): M | undefined {
  const entry = catalog[locale];
  if (typeof entry !== 'function') return entry;
  return loaded.get(catalog)?.[locale] as M | undefined;
}

/** Loads the messages of `locale` once; later calls resolve at once. */
export async function loadMessages<M>(catalog: Catalog<M>, locale: Locale): Promise<void> {
  const entry = catalog[locale];
  if (typeof entry !== 'function' || messagesAt(catalog, locale)) return;
  const { default: messages } = await (entry as () => Promise<{ default: M }>)();
  loaded.set(catalog, { ...loaded.get(catalog), [locale]: messages });
}

/** Later sources win; `undefined` entries are skipped. */
export function resolveMessages<M extends object>(
  catalog: Catalog<M>,
  locale: Locale,
  ...overrides: Array<MessageOverrides<M> | undefined>
): M {
  // Not loaded yet (a widget waits for its language before rendering, so this is rare): Finnish.
  let messages: M = messagesAt(catalog, locale) ?? catalog.fi;
  for (const override of overrides) {
    const forLocale = override?.[locale];
    if (forLocale) messages = { ...messages, ...pickStrings(forLocale) };
  }
  return messages;
}

/** Overrides come from page JSON: only strings may replace messages, anything else is ignored. */
function pickStrings<M>(values: Partial<M>): Partial<M> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => typeof value === 'string'),
  ) as Partial<M>;
}

/** `format('{count} left', { count: 3 })` → `3 left`. Unknown placeholders stay visible. */
export function format(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
