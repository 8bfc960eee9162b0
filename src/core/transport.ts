/** One POST of one envelope, and what its outcome means for the outbox. */
import { parseRetryAfter } from './backoff.js';
import type { Envelope } from './schemas.js';

export type SendOutcome =
  | { outcome: 'delivered'; status: number }
  | { outcome: 'retry'; status?: number; retryAfterMs?: number; reason: string }
  | { outcome: 'rejected'; status: number; reason: string };

export interface SendOptions {
  keepalive: boolean;
  timeoutMs: number;
}

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

export function classifyStatus(status: number): SendOutcome['outcome'] {
  if ((status >= 200 && status < 300) || status === 409) return 'delivered';
  if (RETRYABLE_STATUSES.has(status) || status >= 500) return 'retry';
  return 'rejected';
}

export async function sendEnvelope(
  endpoint: string,
  envelope: Envelope,
  { keepalive, timeoutMs }: SendOptions,
): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
      body: JSON.stringify(envelope),
      credentials: 'omit',
      // The page address may say more about a family than the answer does.
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      keepalive,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { outcome: 'retry', reason: timedOut ? `no answer in ${timeoutMs} ms` : 'network error' };
  }
  // The body is not needed; free the connection.
  void response.body?.cancel().catch(() => undefined);
  const outcome = classifyStatus(response.status);
  const reason = `HTTP ${response.status}`;
  if (outcome === 'delivered') return { outcome, status: response.status };
  if (outcome === 'rejected') return { outcome, status: response.status, reason };
  const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'));
  return {
    outcome,
    status: response.status,
    reason,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}
