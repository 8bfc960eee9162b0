/**
 * Deviation reports as they arrive: a sealed one must name a key this collector has; a plaintext
 * one (from a page without `reportKey`) is sealed here to the current key before it goes
 * anywhere, so its text exists only in this request's memory. With no key yet, it is kept as sent.
 */
import { createHash } from 'node:crypto';
import { sealDeviationReport } from 'palaute/crypto';
import type { AnswerEnvelope, EnvelopeData } from 'palaute/schema';
import { HttpProblem } from '../http/problems.js';
import type { ReportKeys } from './report-keys.js';

type DeviationData = EnvelopeData<'deviation-report'>;

export interface ReadyAnswer {
  readonly envelope: AnswerEnvelope;
  /** Set when the collector sealed it: the digest of what was sent (see below). */
  readonly digest?: string;
}

export const isSealed = (data: DeviationData): data is Extract<DeviationData, { sealed: unknown }> =>
  'sealed' in data;

/**
 * A report sealed here gets new random bytes each time, so a browser's retry of the same plaintext
 * would not match the stored body. Its digest is taken over the envelope with only the clear
 * fields of its data, so a retry is recognised as one; a hash of the text would let whoever holds
 * the database confirm a guess of it, so the text is left out (a changed text under the same id
 * then counts as a repeat, not as a conflict).
 */
export function clearDigest(envelope: Extract<AnswerEnvelope, { kind: 'deviation-report' }>): string {
  const { reporterRole, category, harm, anonymous } = envelope.data;
  const clear = { ...envelope, data: { reporterRole, category, harm, anonymous, sealedByCollector: true } };
  // Keys sorted: the same digest from a request's envelope and from a row read back from jsonb.
  return createHash('sha256')
    .update(JSON.stringify(sortedKeys(clear)))
    .digest('hex');
}

const sortedKeys = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(sortedKeys)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([key, item]) => [key, sortedKeys(item)]),
        )
      : value;

export async function sealIncoming(keys: ReportKeys, envelope: AnswerEnvelope): Promise<ReadyAnswer> {
  if (envelope.kind !== 'deviation-report') return { envelope };
  const { data } = envelope;
  if (isSealed(data)) {
    if (!(await keys.has(data.kid))) {
      throw new HttpProblem(422, 'the report is sealed to a key this collector does not have', [
        'data.kid: no reports key with this id here; check the page\'s "reportKey" against GET /v1/reports/public-key',
      ]);
    }
    return { envelope };
  }
  const key = await keys.current();
  if (!key) return { envelope };
  const sealed = await sealDeviationReport(key.publicKey, envelope.id, data);
  return { envelope: { ...envelope, data: sealed }, digest: clearDigest(envelope) };
}
