/**
 * An element's language, resolved from the DOM as the widgets and the loader both need it. No
 * other imports than the vocabulary: the loader carries a copy of its own (see
 * scripts/loader-widget-imports.ts).
 */
import { LOCALES, type Locale } from '../schema/constants.js';

export const DEFAULT_LOCALE: Locale = 'fi';

/** `sv-FI` → `sv`; unsupported or empty → undefined. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

/**
 * The element's language: its own `lang`, the nearest ancestor's (through shadow roots), the
 * document's, then fi. Languages Palaute has no texts for are passed over and listed in `skipped`.
 */
export function resolveLocale(element: Element): { locale: Locale; skipped: string[] } {
  const skipped: string[] = [];
  let node: Node | null = element;
  while (node) {
    const lang = node instanceof Element ? node.getAttribute('lang') : null;
    if (lang) {
      const locale = normalizeLocale(lang);
      if (locale) return { locale, skipped };
      skipped.push(lang);
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return { locale: DEFAULT_LOCALE, skipped };
}
