/**
 * Several collectors on one PostgreSQL: each announces the kinds of the answers it stored with
 * NOTIFY, in the storing transaction (so the notice goes out only on commit), and each LISTENs on
 * a connection of its own for the others' notices, which its results streams take as their own
 * answers. The notice holds the sender's instance id and the kinds, nothing of the answers: the
 * kinds are what the streams publish anyway (which view changed). A lost listening connection
 * is opened again, and then every view is taken as changed, since notices sent meanwhile are lost.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { AnswerKind } from 'palaute/schema';
import pg from 'pg';
import { KINDS } from '../kinds.js';
import type { Queryable } from '../storage/database.js';

export const ANSWERS_CHANNEL = 'palaute_answers_stored';
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

interface Notice {
  /** The sending collector's instance id. */
  readonly from: string;
  readonly kinds: readonly AnswerKind[];
}

/** NOTIFY in the caller's transaction: delivered to the listeners when it commits, never if not. */
export async function announceStored(
  tx: Queryable,
  from: string,
  kinds: readonly AnswerKind[],
): Promise<void> {
  const notice: Notice = { from, kinds };
  await tx.query('SELECT pg_notify($1, $2)', [ANSWERS_CHANNEL, JSON.stringify(notice)]);
}

/** The kinds of a notice from another collector; none for our own or a malformed one. */
function kindsFromOthers(payload: string | undefined, self: string): AnswerKind[] {
  try {
    const notice = JSON.parse(payload ?? '') as Partial<Notice>;
    if (notice.from === self || !Array.isArray(notice.kinds)) return [];
    return KINDS.filter((kind) => notice.kinds!.includes(kind));
  } catch {
    return [];
  }
}

export class AnswerListener {
  #client: pg.Client | undefined;
  #retryMs = FIRST_RETRY_MS;
  #retryTimer: NodeJS.Timeout | undefined;
  #stopped = false;
  #attempts = 0;

  constructor(
    private readonly databaseUrl: string,
    private readonly self: string,
    private readonly onStoredElsewhere: (kind: AnswerKind) => void,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Resolves after the first attempt to listen; if that failed, it goes on trying. */
  async start(): Promise<void> {
    await this.#connect();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#retryTimer);
    const client = this.#client;
    this.#client = undefined;
    await client?.end().catch(() => undefined);
  }

  async #connect(): Promise<void> {
    this.#attempts++;
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      application_name: 'palaute-collector listener',
    });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost || this.#client !== client) return;
      lost = true;
      this.#client = undefined;
      this.log.warn({ err: error }, 'lost the connection that hears other collectors’ answers; reconnecting');
      void client.end().catch(() => undefined);
      this.#retryLater();
    };
    client.on('notification', (message) => {
      if (message.channel !== ANSWERS_CHANNEL) return;
      for (const kind of kindsFromOthers(message.payload, this.self)) this.onStoredElsewhere(kind);
    });
    client.on('error', onLost);
    client.on('end', () => onLost());
    this.#client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${ANSWERS_CHANNEL}`);
    } catch (error) {
      if (this.#stopped) return;
      onLost(error as Error);
      return;
    }
    if (this.#stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.#retryMs = FIRST_RETRY_MS;
    // Answers stored while this collector was not listening were not heard: refresh every view.
    if (this.#attempts > 1) for (const kind of KINDS) this.onStoredElsewhere(kind);
  }

  #retryLater(): void {
    if (this.#stopped) return;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => void this.#connect(), this.#retryMs);
    this.#retryTimer.unref();
    this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
  }
}
