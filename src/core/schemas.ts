/**
 * The envelope and its kind-specific data: the single source of truth for what reaches a server.
 * Types are inferred from these schemas, the JSON Schema files in dist/schema are generated from
 * them, and the collector and the tests validate with them. The widgets build envelopes from
 * inputs they constrain themselves and import only the types, so zod is not in their bundle.
 */
import * as z from 'zod/mini';
import { deviationReportDataSchema } from './deviation-report-schema.js';
import {
  IDENTIFIER_MAX_LENGTH,
  LOCALES,
  NPS_COMMENT_MAX_LENGTH,
  RESPONDENT_ROLES,
  SCHEMA_VERSION,
  SURVEY_ID_PATTERN,
} from './constants.js';

export const localeSchema = z.enum(LOCALES);
export const respondentSchema = z.enum(RESPONDENT_ROLES);

const identifier = z.string().check(z.minLength(1), z.maxLength(IDENTIFIER_MAX_LENGTH));

/** Where the answer was given. Always present, `null` when the embedding page did not say. */
export const answerContextSchema = z.strictObject({
  unit: z.nullable(identifier),
  service: z.nullable(identifier),
  context: z.nullable(identifier),
  respondent: z.nullable(respondentSchema),
});
export type AnswerContext = z.infer<typeof answerContextSchema>;

export const npsDataSchema = z.strictObject({
  score: z.int().check(z.gte(0), z.lte(10)),
  comment: z.optional(z.string().check(z.maxLength(NPS_COMMENT_MAX_LENGTH))),
});
export type NpsData = z.infer<typeof npsDataSchema>;

/** `null`: the child chose "I don't want to answer". */
export const emojiSurveyDataSchema = z.strictObject({
  surveyId: z.string().check(z.regex(SURVEY_ID_PATTERN)),
  answers: z
    .array(
      z.strictObject({
        questionId: z.string().check(z.regex(SURVEY_ID_PATTERN)),
        value: z.nullable(z.int().check(z.gte(1), z.lte(5))),
      }),
    )
    .check(z.minLength(1)),
});
export type EmojiSurveyData = z.infer<typeof emojiSurveyDataSchema>;

export { deviationReportDataSchema, type DeviationReportData } from './deviation-report-schema.js';

const envelopeFields = {
  id: z.uuid(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: z.iso.datetime(),
  locale: localeSchema,
  context: answerContextSchema,
};

export const npsEnvelopeSchema = z.strictObject({
  ...envelopeFields,
  kind: z.literal('nps'),
  data: npsDataSchema,
});

export const emojiSurveyEnvelopeSchema = z.strictObject({
  ...envelopeFields,
  kind: z.literal('emoji-survey'),
  data: emojiSurveyDataSchema,
});

export const deviationReportEnvelopeSchema = z.strictObject({
  ...envelopeFields,
  kind: z.literal('deviation-report'),
  data: deviationReportDataSchema,
});

/** Every kind of answer the library sends. New widgets add their kind here. */
export const envelopeSchema = z.discriminatedUnion('kind', [
  npsEnvelopeSchema,
  emojiSurveyEnvelopeSchema,
  deviationReportEnvelopeSchema,
]);
export type Envelope = z.infer<typeof envelopeSchema>;
export type EnvelopeKind = Envelope['kind'];
export type EnvelopeData<K extends EnvelopeKind> = Extract<Envelope, { kind: K }>['data'];
