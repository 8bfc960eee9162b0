/**
 * Deviation reports sealed in the reporter's browser and opened in a handler's (issue 19):
 * HPKE sealing bound to the envelope, the organisation's key pair, and its private key wrapped
 * with a passphrase or a recovery code. No Lit, no DOM: elements and the inbox import it.
 */
export {
  ReportAlteredError,
  ReportCryptoError,
  InvalidReportKeyError,
  WrongPassphraseError,
} from './errors.js';
export type { ReportCryptoErrorCode } from './errors.js';
export { REPORT_SUITE } from './hpke.js';
export { exportReportPublicKey, generateReportKeyPair, importReportPublicKey } from './report-key.js';
export type { ReportPublicKeyJwk } from './report-key.js';
export { openReport, sealReport } from './seal-report.js';
export type { ReportBinding, SealedReport } from './seal-report.js';
export { createRecoveryCode, normalizeRecoveryCode } from './recovery-code.js';
export {
  PASSPHRASE_ITERATIONS,
  unwrapPrivateKey,
  unwrapPrivateKeyWithRecoveryCode,
  wrapPrivateKey,
  wrapPrivateKeyWithRecoveryCode,
} from './wrap-private-key.js';
export type { UnwrapOptions, WrappedReportKey } from './wrap-private-key.js';
export { openJson, sealJson } from './seal-report.js';
export { reportKeyId } from './key-id.js';
export { openDeviationReport, sealDeviationReport } from './deviation-seal.js';
export type { OpenedDeviationReport } from './deviation-seal.js';
export { openKeyGrant, sealKeyGrant } from './key-grant.js';
export type { GrantBinding } from './key-grant.js';
export { WrongReceiptCodeError } from './errors.js';
export { createReceiptCode, normalizeReceiptCode, RECEIPT_CODE_DIGITS } from './receipt-code.js';
export {
  createReceipt,
  deriveReceiptSecrets,
  openReplyKey,
  receiptVerifier,
  RECEIPT_ITERATIONS,
} from './receipt.js';
export type { ReceiptSecrets, ReportReceipt, WrappedReplyKey } from './receipt.js';
export { messageBinding, openReportMessage, sealReportMessage } from './report-message.js';
export type { ReportMessageBody, SealedReportMessage } from './report-message.js';
