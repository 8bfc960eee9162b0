/**
 * The envelope around every answer: the single source of truth for what reaches a server.
 * Types are inferred from these schemas, the JSON Schema files in dist/schema are generated from
 * them, and the collector and the tests validate with them. The widgets build envelopes from
 * inputs they constrain themselves and import only the types, so zod is not in their bundle.
 */
import * as z from 'zod/mini';
import { answerContextSchema, localeSchema } from './common.js';
import { SCHEMA_VERSION } from './constants.js';
import { deviationReportPayloadSchema } from './sealed-deviation-report.js';
import { emojiSurveyDataSchema } from './emoji-survey.js';
import { meetingDataSchema } from './meeting.js';
import { npsDataSchema } from './nps.js';
import { reportAdditionDataSchema } from './report-follow-up.js';

const envelopeFields = {
  // Lowercase, the form crypto.randomUUID() gives and PostgreSQL answers with: an id is then
  // one string everywhere, so a resend is always recognised as the same answer.
  id: z.uuid().check(z.refine((id) => id === id.toLowerCase(), { error: 'should be in lowercase' })),
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
  data: deviationReportPayloadSchema,
});

export const meetingEnvelopeSchema = z.strictObject({
  ...envelopeFields,
  kind: z.literal('meeting'),
  data: meetingDataSchema,
});

/**
 * Not an answer: a reporter's addition to a deviation report they follow by receipt code
 * (issue 20). An envelope so that it goes through the outbox, offline and all, like an answer.
 */
export const reportAdditionEnvelopeSchema = z.strictObject({
  ...envelopeFields,
  kind: z.literal('report-addition'),
  data: reportAdditionDataSchema,
});

/** Every kind of answer the library sends. A new kind adds its file and its line here. */
export const envelopeSchema = z.discriminatedUnion('kind', [
  npsEnvelopeSchema,
  emojiSurveyEnvelopeSchema,
  deviationReportEnvelopeSchema,
  meetingEnvelopeSchema,
  reportAdditionEnvelopeSchema,
]);
export type Envelope = z.infer<typeof envelopeSchema>;
export type EnvelopeKind = Envelope['kind'];
/** Kinds that are not answers (no widget of their own, no results): a report's follow-up. */
export const FOLLOW_UP_KINDS = ['report-addition'] as const satisfies readonly EnvelopeKind[];
/** The kinds that are answers, each with its widget and its results. */
export type AnswerKind = Exclude<EnvelopeKind, (typeof FOLLOW_UP_KINDS)[number]>;
export type AnswerEnvelope = Extract<Envelope, { kind: AnswerKind }>;
export type EnvelopeData<K extends EnvelopeKind> = Extract<Envelope, { kind: K }>['data'];
