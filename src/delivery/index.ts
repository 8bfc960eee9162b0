/**
 * `palaute/core`: the delivery runtime with no element: the outbox, the envelope, the
 * library-wide settings. No Lit: it runs in a page, a worker or Node.
 */
export { configure, getConfig, type MessageOverrides, type PalauteConfig } from './configure.js';
export { getOutbox } from './shared-outbox.js';
export { Outbox, type OutboxEventMap, type OutboxOptions, type Stored } from './outbox.js';
export {
  MemoryOutboxStorage,
  type DeadLetter,
  type OutboxStorage,
  type PendingEnvelope,
  type StoredRecord,
} from './outbox-storage.js';
export { createEnvelope } from './create-envelope.js';
export { checkHttpUrl, type UrlCheck } from './http-url.js';
export { checkEndpointUrl, type Endpoint, type EndpointCheck } from './endpoint.js';
export { newId, referenceCode } from './ids.js';
export { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
export type {
  PalauteAnswerDetail,
  PalauteAnswerEvent,
  PalauteDeliveredDetail,
  PalauteErrorCode,
  PalauteErrorDetail,
  PalauteRetryDetail,
} from './events.js';
// The schemas stay reachable from palaute/core as before; palaute/schema is their own entry.
export {
  LOCALES,
  RESPONDENT_ROLES,
  IDENTIFIER_MAX_LENGTH,
  SCHEMA_VERSION,
  NPS_COMMENT_MAX_LENGTH,
  FACE_SCALES,
  SURVEY_ID_PATTERN,
  DEVIATION_CATEGORIES,
  REPORTER_ROLES,
  HARM_ANSWERS,
  DESCRIPTION_MIN_LENGTH,
  DESCRIPTION_MAX_LENGTH,
  FREE_TEXT_MAX_LENGTH,
  PHONE_PATTERN,
  localeSchema,
  respondentSchema,
  answerContextSchema,
  npsDataSchema,
  emojiSurveyDataSchema,
  deviationContactSchema,
  deviationReportDataSchema,
  envelopeSchema,
  npsEnvelopeSchema,
  emojiSurveyEnvelopeSchema,
  deviationReportEnvelopeSchema,
  type Locale,
  type RespondentRole,
  type AnswerContext,
  type FaceScale,
  type NpsData,
  type EmojiSurveyData,
  type DeviationReportData,
  type Envelope,
  type EnvelopeKind,
  type EnvelopeData,
} from '../schema/index.js';
