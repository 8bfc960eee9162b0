/**
 * A message between handlers and a reporter (issue 20): a handler's reply or the reporter's
 * addition, sealed twice, to the organisation's reports key (every handler reads it, as they read
 * the report) and to the reporter's reply key (they read it with their code). The collector
 * stores both and opens neither.
 */
import { openJson, sealJson, type ReportBinding, type SealedReport } from './seal-report.js';
import { ReportAlteredError } from './errors.js';

/** What a message says. Only text for now; an object, so that it can grow without a new format. */
export interface ReportMessageBody {
  text: string;
}

export interface SealedReportMessage {
  /** To the organisation's reports key `kid`. */
  sealed: SealedReport;
  /** To the reporter's reply key (the receipt's `replyKey.publicKey`). */
  forReporter: SealedReport;
}

/** Bound to the report and to the message's own id: a message cannot be moved or replayed. */
export const messageBinding = (reportId: string, messageId: string): ReportBinding => ({
  envelopeId: reportId,
  kind: 'report-message',
  part: messageId,
});

export async function sealReportMessage(
  organisationKey: JsonWebKey,
  reporterKey: JsonWebKey,
  reportId: string,
  messageId: string,
  body: ReportMessageBody,
): Promise<SealedReportMessage> {
  const binding = messageBinding(reportId, messageId);
  const [sealed, forReporter] = await Promise.all([
    sealJson(organisationKey, body, binding),
    sealJson(reporterKey, body, binding),
  ]);
  return { sealed, forReporter };
}

/** Opens either copy with the key pair it was sealed to. Throws ReportAlteredError. */
export async function openReportMessage(
  keyPair: CryptoKeyPair,
  sealed: SealedReport,
  reportId: string,
  messageId: string,
): Promise<ReportMessageBody> {
  const body = await openJson(keyPair, sealed, messageBinding(reportId, messageId));
  if (typeof body !== 'object' || body === null || typeof (body as ReportMessageBody).text !== 'string') {
    throw new ReportAlteredError();
  }
  return body as ReportMessageBody;
}
