/**
 * The survey definition: what a site gives `<palaute-emoji-survey>` as JSON. Validated with zod in
 * the browser, because it comes from outside; the JSON Schema in dist/schema is generated from it.
 */
import * as z from 'zod/mini';
import { FACE_SCALES, SURVEY_ID_PATTERN, type Locale } from '../../schema/constants.js';

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

const identifier = z.string().check(z.regex(SURVEY_ID_PATTERN));
const faceScale = z.literal(FACE_SCALES);

export const surveyQuestionSchema = z.strictObject({
  id: identifier,
  text: localizedTextSchema,
  picture: z.optional(z.strictObject({ src: z.string().check(z.minLength(1)), alt: localizedTextSchema })),
  /** Overrides the survey's scale for this question. */
  scale: z.optional(faceScale),
  /** "I don't want to answer" is offered unless this is false. */
  allowSkip: z.optional(z.boolean()),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

export const surveySchema = z.strictObject({
  id: identifier,
  title: z.optional(localizedTextSchema),
  scale: faceScale,
  questions: z.array(surveyQuestionSchema).check(
    z.minLength(1),
    z.maxLength(30),
    z.refine(
      (questions) => new Set(questions.map((q) => q.id)).size === questions.length,
      'question ids must differ',
    ),
  ),
  closing: z.optional(localizedTextSchema),
});
export type Survey = z.infer<typeof surveySchema>;

/** The text in `locale`, else Finnish, else the first language given. */
export function textIn(value: LocalizedText, locale: Locale): string {
  return localizedText(value, locale).text;
}

/**
 * The text as `textIn` picks it, with the language it is written in: a fallback is marked and
 * read aloud in its own language. A plain string is taken to be in the requested language.
 */
export function localizedText(value: LocalizedText, locale: Locale): { text: string; lang: Locale } {
  if (typeof value === 'string') return { text: value, lang: locale };
  const lang = ([locale, 'fi', 'sv', 'en'] as const).find((l) => value[l]) ?? locale;
  return { text: value[lang] ?? '', lang };
}
