/**
 * `palaute`: every widget, registered, and the runtime API (configure, the outbox). The zod
 * schemas are in `palaute/schema`, so pages that only show widgets do not download zod.
 */
export { configure, getConfig, type MessageOverrides, type PalauteConfig } from './delivery/configure.js';
export { getOutbox } from './delivery/shared-outbox.js';
export type { Outbox } from './delivery/outbox.js';
export type {
  PalauteAnswerDetail,
  PalauteDeliveredDetail,
  PalauteErrorCode,
  PalauteErrorDetail,
} from './delivery/events.js';
export type { Envelope } from './schema/envelope.js';
export { PalauteNps, npsMessages, type NpsMessages } from './elements/nps/define.js';
export {
  PalauteEmojiSurvey,
  emojiSurveyMessages,
  surveySchema,
  localizedTextSchema,
  type EmojiSurveyMessages,
  type Survey,
  type SurveyQuestion,
  type LocalizedText,
} from './elements/emoji-survey/define.js';
export {
  PalauteDeviationForm,
  deviationFormMessages,
  type DeviationFormMessages,
} from './elements/deviation-form/define.js';
export {
  PalauteMeetingSurvey,
  meetingSurveyMessages,
  type MeetingSurveyMessages,
} from './elements/meeting-survey/define.js';
export {
  PalauteYouSaidWeDid,
  youSaidWeDidMessages,
  type YouSaidWeDidMessages,
  type PublicNote,
} from './elements/you-said-we-did/define.js';
