/** palaute-collector: the receiving server for Palaute widgets, as a library. */
export { createCollector, type Collector } from './collector.js';
export {
  ConfigError,
  DEFAULTS,
  MIN_GROUP_FLOOR,
  optionsFromEnv,
  resolveConfig,
  type CollectorConfig,
  type CollectorOptions,
  type LogDestination,
  type LogLevel,
  type Tuning,
} from './config.js';
export { ROLES, sha256Hex, type Role, type TokenGrant } from './auth.js';
export { SIGNATURE_HEADER, signatureHeader, verifySignature } from './forwarding/signature.js';
export type { PurgeReport } from './retention/purge.js';
export type { OverdueEvent } from './reports/overdue-reports.js';
