/**
 * A text a site writes in a survey definition (the emoji survey's, the meeting survey's own): one
 * text for all languages, or one per language. Validated with zod, because it comes from outside.
 */
import * as z from 'zod/mini';
import { LOCALES, type Locale } from './constants.js';

const TEXT_MAX_LENGTH = 500;
const text = z.string().check(z.minLength(1), z.maxLength(TEXT_MAX_LENGTH));

/** A text in one language for all, or per language; at least one language must be given. */
export const localizedTextSchema = z.union([
  text,
  z
    .strictObject({ fi: z.optional(text), sv: z.optional(text), en: z.optional(text) })
    .check(z.refine((texts) => Object.keys(texts).length > 0, 'should name at least one of fi, sv, en')),
]);
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The text in `locale`, else Finnish, else the first language given, with the language it is in. */
export function textWithLang(value: LocalizedText, locale: Locale): { text: string; lang: Locale } {
  if (typeof value === 'string') return { text: value, lang: locale };
  const lang = value[locale] ? locale : value.fi ? 'fi' : (LOCALES.find((l) => value[l]) ?? locale);
  return { text: value[lang] ?? '', lang };
}

/** The text in `locale`, else Finnish, else the first language given. */
export function textIn(value: LocalizedText, locale: Locale): string {
  return textWithLang(value, locale).text;
}
