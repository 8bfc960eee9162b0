/** `palaute/core`: the outbox, the schemas and the library-wide settings, with no element. */
export { configure, getConfig, type MessageOverrides, type PalauteConfig } from './configure.js';
export { getOutbox } from './default-outbox.js';
export { Outbox, type OutboxEventMap, type OutboxOptions } from './outbox.js';
export {
  MemoryOutboxStorage,
  type DeadLetter,
  type OutboxStorage,
  type PendingEnvelope,
} from './outbox-storage.js';
export { createEnvelope } from './envelope.js';
export * from './constants.js';
export { checkHttpUrl } from './endpoint.js';
export { classifyStatus } from './transport.js';
export { retryDelay, parseRetryAfter, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
export type {
  PalauteAnswerDetail,
  PalauteDeliveredDetail,
  PalauteErrorCode,
  PalauteErrorDetail,
  PalauteRetryDetail,
} from './events.js';
export * from './schemas.js';
