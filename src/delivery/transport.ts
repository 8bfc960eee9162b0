/** One POST of one envelope, and what its outcome means for the outbox. */
import { parseRetryAfter } from './backoff.js';
import type { Envelope } from '../schema/envelope.js';

export type SendOutcome =
  | { outcome: 'delivered'; status: number }
  | { outcome: 'retry'; status?: number; retryAfterMs?: number; reason: string; redirected?: true }
  | { outcome: 'rejected'; status: number; reason: string };

export interface SendOptions {
  keepalive: boolean;
  timeoutMs: number;
}

/** A send under way. `switchToKeepalive` re-issues it so that it outlives the page. */
export interface Send {
  readonly outcome: Promise<SendOutcome>;
  switchToKeepalive(): void;
}

const RETRYABLE_STATUSES = new Set([408, 425, 429]);

export function classifyStatus(status: number): SendOutcome['outcome'] {
  if ((status >= 200 && status < 300) || status === 409) return 'delivered';
  if (RETRYABLE_STATUSES.has(status) || status >= 500) return 'retry';
  return 'rejected';
}

/**
 * Starts the POST. A page being left cancels ordinary requests, so when it hides the outbox asks
 * for keepalive: the ordinary request is aborted and the same envelope (same Idempotency-Key) is
 * sent again with keepalive; `outcome` is then that request's.
 */
export function startSend(endpoint: string, envelope: Envelope, options: SendOptions): Send {
  let current = post(endpoint, envelope, options);
  const outcome = (async () => {
    for (;;) {
      const attempt = current;
      const result = await attempt.outcome;
      if (attempt === current) return result;
    }
  })();
  return {
    outcome,
    switchToKeepalive() {
      if (current.keepalive) return;
      const ordinary = current;
      current = post(endpoint, envelope, { ...options, keepalive: true });
      ordinary.abort();
    },
  };
}

function post(endpoint: string, envelope: Envelope, { keepalive, timeoutMs }: SendOptions) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const outcome = (async (): Promise<SendOutcome> => {
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
        // A redirect is never delivery: a 303 would turn the POST into a GET that "succeeds", and a
        // login page answers 200. Not followed, it is an opaque response (status 0) in a browser.
        redirect: 'manual',
        keepalive,
        signal: controller.signal,
      });
    } catch {
      return { outcome: 'retry', reason: timedOut ? `no answer in ${timeoutMs} ms` : 'network error' };
    } finally {
      clearTimeout(timer);
    }
    // The body is not needed, but it is read to its end: cancelling it would free the connection
    // too, and would also show every delivered answer as a failed (aborted) request in the
    // browser's network log. Servers answer with little or nothing.
    void response.arrayBuffer().catch(() => undefined);
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      const status = response.status || undefined;
      return {
        outcome: 'retry',
        redirected: true,
        reason: `redirected${status ? ` (HTTP ${status})` : ''}`,
        ...(status ? { status } : {}),
      };
    }
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
  })();
  return { keepalive, outcome, abort: () => controller.abort() };
}
