/**
 * `palaute`: every widget, registered, and the runtime API (configure, the outbox). The entry
 * behind dist/palaute.js. The zod schemas are in `palaute/core`, so pages that only show
 * widgets do not download zod.
 */
export { configure, getConfig, type MessageOverrides, type PalauteConfig } from './core/configure.js';
export { getOutbox } from './core/default-outbox.js';
export type { Outbox } from './core/outbox.js';
export type {
  PalauteAnswerDetail,
  PalauteDeliveredDetail,
  PalauteErrorCode,
  PalauteErrorDetail,
} from './core/events.js';
export type { Envelope } from './core/schemas.js';
export * from './elements/nps/index.js';
export * from './elements/emoji-survey/index.js';
export * from './elements/deviation-form/index.js';
