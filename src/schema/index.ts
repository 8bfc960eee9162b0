/**
 * `palaute/schema`: every kind of answer as a zod/mini schema, for browsers and for Node (the
 * collector validates with these). Imports nothing but zod.
 */
export {
  SCHEMA_VERSION,
  LOCALES,
  RESPONDENT_ROLES,
  IDENTIFIER_MAX_LENGTH,
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
  REPORT_SUITE,
  todayIso,
  type Locale,
  type RespondentRole,
  type FaceScale,
  type DeviationCategory,
  type ReporterRole,
  type HarmAnswer,
  MEETING_MAX_ITEMS,
} from './constants.js';
export { localeSchema, respondentSchema, answerContextSchema, type AnswerContext } from './common.js';
export { npsDataSchema, type NpsData } from './nps.js';
export { emojiSurveyDataSchema, type EmojiSurveyData } from './emoji-survey.js';
export {
  MEETING_ITEMS,
  MEETING_FACE_SCORES,
  MEETING_COMMENT_MAX_LENGTH,
  type MeetingItem,
} from './meeting-constants.js';
export { meetingDataSchema, type MeetingData } from './meeting.js';
export {
  deviationContactSchema,
  deviationReportDataSchema,
  type DeviationContact,
  type DeviationReportData,
} from './deviation-report.js';
export {
  deviationReportPayloadSchema,
  sealedDeviationDataSchema,
  plaintextDeviationDataSchema,
  type PlaintextDeviationData,
  sealedValueSchema,
  type SealedDeviationData,
  type SealedValue,
} from './sealed-deviation-report.js';
export {
  envelopeSchema,
  npsEnvelopeSchema,
  emojiSurveyEnvelopeSchema,
  deviationReportEnvelopeSchema,
  meetingEnvelopeSchema,
  reportAdditionEnvelopeSchema,
  FOLLOW_UP_KINDS,
  type Envelope,
  type EnvelopeKind,
  type AnswerKind,
  type AnswerEnvelope,
  type EnvelopeData,
} from './envelope.js';
export { p256PublicJwkSchema, reportReceiptSchema, type ReportReceiptData } from './report-receipt.js';
export { reportAdditionDataSchema, type ReportAdditionData } from './report-follow-up.js';
export {
  followUpSchema,
  followUpMessageSchema,
  REPORT_MESSAGE_TYPES,
  FOLLOW_UP_STATUSES,
  type FollowUp,
  type FollowUpMessage,
} from './report-follow-up-answer.js';
export { describeIssues, type ValidationIssue } from './describe-issues.js';
export { isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable-text.js';
export type {
  NpsNumbers,
  SuppressedGroup,
  ResultsGroupKey,
  NpsResultsGroup,
  NpsResultsDocument,
  ResultBucket,
} from './results.js';
export { RESULT_BUCKETS } from './results.js';
