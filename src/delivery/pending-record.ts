/**
 * A record in the store is trusted only after a look at its shape: an older version, a bug or the
 * site itself may have left anything under our keys, and one bad record must not stop the rest.
 * A look, not the zod schema: the core stays small, and the endpoint validates the envelope.
 */
import type { DeadLetter, PendingEnvelope, StoredRecord } from './storage-types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function envelopeProblem(envelope: unknown): string | undefined {
  if (!isObject(envelope)) return 'it has no envelope';
  if (typeof envelope.id !== 'string' || envelope.id === '') return 'its envelope has no id';
  if (typeof envelope.kind !== 'string') return 'its envelope has no kind';
  if (typeof envelope.createdAt !== 'string' || Number.isNaN(Date.parse(envelope.createdAt))) {
    return 'its envelope has no valid createdAt';
  }
  if (!isObject(envelope.data)) return 'its envelope has no data';
  try {
    JSON.stringify(envelope);
  } catch {
    return 'its envelope cannot be sent as JSON';
  }
  return undefined;
}

/** The pending envelope stored under `key`, or what is wrong with it. */
export function checkPendingRecord(key: string, value: unknown): PendingEnvelope | string {
  if (!isObject(value)) return 'it is not a record';
  const problem = envelopeProblem(value.envelope);
  if (problem) return problem;
  const item = value as unknown as PendingEnvelope;
  if (item.envelope.id !== key) return `it is stored under another id (${key})`;
  if (item.endpoint !== null && typeof item.endpoint !== 'string') return 'its endpoint is not a string';
  if (!isFiniteNumber(item.attempts) || !isFiniteNumber(item.nextAttemptAt)) return 'it has no schedule';
  return item;
}

export function isDeadLetter(value: unknown): value is DeadLetter {
  return isObject(value) && !envelopeProblem(value.envelope) && isFiniteNumber(value.deadAt);
}

/** The records that are valid pending envelopes; the sender sets the others aside. */
export function validPending(records: readonly StoredRecord[]): PendingEnvelope[] {
  return records.flatMap(({ key, value }) => {
    const item = checkPendingRecord(key, value);
    return typeof item === 'string' ? [] : [item];
  });
}
