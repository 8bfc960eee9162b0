/**
 * What the deviation form does with a receipt code (issue 20), in Node against the real API: a
 * report made with a receipt, the code's keys derived as the reporter's browser derives them, a
 * lookup, and an addition as the outbox sends it.
 */
import { randomUUID } from 'node:crypto';
import { createReceipt, deriveReceiptSecrets, sealDeviationReport, sealReportMessage } from 'palaute/crypto';
import { deviationEnvelope } from './envelopes.js';
import { request, send } from './http.js';

/**
 * A report with a fresh receipt, sealed to `publicKey` (or plaintext when null), sent and stored.
 * `{ envelope, code, receipt, secrets }`; secrets as the browser derives them from the code.
 */
export async function sendReportWithReceipt(url, publicKey, options = {}) {
  const { code, receipt } = await createReceipt();
  const plain = deviationEnvelope(options);
  plain.data.receipt = receipt;
  const envelope = publicKey
    ? { ...plain, data: await sealDeviationReport(publicKey, plain.id, plain.data) }
    : plain;
  const sent = await send(url, envelope);
  if (sent.status !== 201) throw new Error(`report answered ${sent.status}: ${JSON.stringify(sent.body)}`);
  return { envelope, code, receipt, secrets: await deriveReceiptSecrets(code) };
}

export const lookUp = (url, lookupKey, headers = {}) =>
  request(url, '/v1/receipts', { method: 'POST', headers, json: { lookupKey } });

/** An addition envelope as the form puts it in the outbox: sealed to both keys, with the append key. */
export async function additionEnvelope({ reportId, appendKey, organisationKey, replyPublicKey, text }) {
  const id = randomUUID();
  const { sealed, forReporter } = await sealReportMessage(
    organisationKey.publicKey,
    replyPublicKey,
    reportId,
    id,
    { text },
  );
  return {
    id,
    kind: 'report-addition',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: {
      unit: 'espoo-leppavaara',
      service: 'family-work',
      context: 'client-plan-meeting',
      respondent: 'parent',
    },
    data: { reportId, appendKey, kid: organisationKey.kid, sealed, forReporter },
  };
}
