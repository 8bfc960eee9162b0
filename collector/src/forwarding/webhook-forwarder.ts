/**
 * Delivers the webhook outbox: each queued answer is POSTed, signed, until its receiver answers
 * 2xx, with exponential backoff in between. Rows are leased before sending (FOR UPDATE SKIP
 * LOCKED), so several collectors on one PostgreSQL never send the same row at once, and a row is
 * marked delivered right after its 2xx, so it is forwarded once. Should the collector die between
 * the receiver's 2xx and that mark, the row is sent again: the `Idempotency-Key` header (the
 * answer id) lets the receiver drop the repeat. Events (report.overdue, issue 20) travel the same
 * way with a body of their own, their own id as the key, and a Palaute-Event header.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable } from '../storage/database.js';
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';

const CLAIM_SIZE = 10;
/** Longer than a send may take (SEND_TIMEOUT_MS), so a lease never runs out mid-send. */
const LEASE_S = 60;
const SEND_TIMEOUT_MS = 10_000;
const MAX_DELAY_MS = 60 * 60 * 1000;
/** Names an event (report.overdue); an answer's delivery has no such header. */
export const EVENT_HEADER = 'Palaute-Event';

interface DueDelivery {
  seq: string;
  /** The answer's id, or an event's own (report.overdue): the Idempotency-Key either way. */
  answerId: string;
  /** An event's name, null for an answer. */
  event: string | null;
  url: string;
  attempts: number;
  body: string;
}

const CLAIM = `
  UPDATE webhook_outbox o
  SET leased_until = now() + interval '${LEASE_S} seconds', attempts = o.attempts + 1
  WHERE o.seq IN (
    SELECT seq FROM webhook_outbox
    WHERE delivered_at IS NULL AND next_attempt_at <= now() AND (leased_until IS NULL OR leased_until < now())
    ORDER BY seq
    LIMIT ${CLAIM_SIZE}
    FOR UPDATE SKIP LOCKED)
  RETURNING o.seq::text AS seq, COALESCE(o.event_id, o.answer_id) AS "answerId", o.url, o.attempts,
    o.event ->> 'event' AS event,
    COALESCE(o.event::text, (SELECT a.envelope::text FROM answers a WHERE a.id = o.answer_id)) AS body`;

const DELIVERED = `UPDATE webhook_outbox SET delivered_at = now(), leased_until = NULL, last_error = NULL WHERE seq = $1`;

const FAILED = `
  UPDATE webhook_outbox
  SET leased_until = NULL, last_error = $2, next_attempt_at = now() + $3::double precision * interval '1 millisecond'
  WHERE seq = $1`;

export interface ForwarderOptions {
  readonly secret: string;
  readonly retryBaseMs: number;
  readonly pollMs: number;
  readonly log: FastifyBaseLogger;
}

export class WebhookForwarder {
  readonly #db: Queryable;
  readonly #options: ForwarderOptions;
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(db: Queryable, options: ForwarderOptions) {
    this.#db = db;
    this.#options = options;
  }

  /** Sends what is due now (left over from before a restart, too), then looks again every pollMs. */
  start(): void {
    this.#timer = setInterval(() => this.kick(), this.#options.pollMs);
    this.#timer.unref();
    this.kick();
  }

  /** Something may be due: send it now rather than at the next poll. */
  kick(): void {
    if (this.#stopped) return;
    if (this.#draining) {
      this.#again = true;
      return;
    }
    this.#draining = this.#drain().finally(() => {
      this.#draining = undefined;
      if (this.#again) {
        this.#again = false;
        this.kick();
      }
    });
  }

  /** No new sends; resolves when the sends under way have finished. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearInterval(this.#timer);
    await this.#draining;
  }

  async #drain(): Promise<void> {
    try {
      while (!this.#stopped) {
        const due = await this.#db.query<DueDelivery>(CLAIM);
        if (!due.length) return;
        await Promise.all(due.map((delivery) => this.#deliver(delivery)));
      }
    } catch (error) {
      // The database may be closing or briefly away; the next poll tries again.
      this.#options.log.warn({ err: error }, 'webhook outbox could not be read');
    }
  }

  async #deliver(delivery: DueDelivery): Promise<void> {
    const failure = await this.#send(delivery);
    if (failure === undefined) {
      await this.#db.query(DELIVERED, [delivery.seq]);
      this.#options.log.info({ answerId: delivery.answerId, attempt: delivery.attempts }, 'answer forwarded');
      return;
    }
    const delayMs = retryDelayMs(this.#options.retryBaseMs, delivery.attempts);
    await this.#db.query(FAILED, [delivery.seq, failure, delayMs]);
    this.#options.log.warn(
      { answerId: delivery.answerId, attempt: delivery.attempts, failure, retryInMs: Math.round(delayMs) },
      'answer not forwarded yet',
    );
  }

  /** undefined when the receiver took it; otherwise why not, without anything from the body. */
  async #send(delivery: DueDelivery): Promise<string | undefined> {
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': delivery.answerId,
          ...(delivery.event ? { [EVENT_HEADER]: delivery.event } : {}),
          [SIGNATURE_HEADER]: signatureHeader(this.#options.secret, delivery.body),
        },
        body: delivery.body,
        redirect: 'error',
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
      await response.body?.cancel();
      return response.ok ? undefined : `HTTP ${response.status}`;
    } catch (error) {
      const cause =
        error instanceof Error
          ? ((error.cause as { code?: string } | undefined)?.code ?? error.name)
          : 'error';
      return String(cause);
    }
  }
}

/** base, 2×base, 4×base … up to an hour, each ±20 % so many failed rows do not retry in step. */
export function retryDelayMs(baseMs: number, attempts: number, random = Math.random()): number {
  const delay = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
  return delay * (0.8 + 0.4 * random);
}
