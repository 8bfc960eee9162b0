/**
 * Group commit: answers that arrive while a transaction is committing go into the next one
 * together, in one INSERT. The commit (a flush to disk) and the round trips are the expensive
 * part of storing an answer, so sharing them is what lets one PGlite connection take over a
 * thousand answers a second. Each caller's promise settles only after the transaction holding
 * its answer has committed.
 */
import type { AnswerEnvelope, AnswerKind } from 'palaute/schema';
import type { Database, Queryable } from '../storage/database.js';
import { storeAnswers, type IncomingAnswer, type StoreOutcome } from './store-answer.js';

const MAX_BATCH = 64;

/** Tells other collectors, inside the storing transaction, which kinds of answers it stored. */
export type Announce = (tx: Queryable, kinds: readonly AnswerKind[]) => Promise<void>;

interface Waiting {
  readonly answer: IncomingAnswer;
  resolve(outcome: StoreOutcome): void;
  reject(error: unknown): void;
}

export class AnswerWriter {
  readonly #db: Database;
  readonly #onStored: (envelope: AnswerEnvelope) => void;
  readonly #announce: Announce | undefined;
  #queue: Waiting[] = [];
  #committing = 0;
  #scheduled = false;

  /**
   * `onStored` hears of each new answer after its commit; `announce`, when given, is told the
   * kinds a transaction stored before it commits (in it: other collectors hear on commit only).
   */
  constructor(db: Database, onStored: (envelope: AnswerEnvelope) => void, announce?: Announce) {
    this.#db = db;
    this.#onStored = onStored;
    this.#announce = announce;
  }

  write(answer: IncomingAnswer): Promise<StoreOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ answer, resolve, reject });
      this.#startCommits();
    });
  }

  #startCommits(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // Choose the batch on the next turn of the event loop, after requests waiting on sockets have
    // been read: PGlite runs a transaction in this thread, so none arrive while one commits.
    setImmediate(() => {
      this.#scheduled = false;
      while (this.#queue.length && this.#committing < this.#db.parallelism) {
        const batch = this.#queue.splice(0, MAX_BATCH);
        this.#committing++;
        void this.#commit(batch).finally(() => {
          this.#committing--;
          this.#startCommits();
        });
      }
    });
  }

  async #commit(batch: readonly Waiting[]): Promise<void> {
    let outcomes: StoreOutcome[];
    try {
      outcomes = await this.#db.transaction(async (tx) => {
        const stored = await storeAnswers(
          tx,
          batch.map((waiting) => waiting.answer),
        );
        const kinds = new Set(
          batch.filter((_, index) => stored[index] === 'stored').map(({ answer }) => answer.envelope.kind),
        );
        if (kinds.size && this.#announce) await this.#announce(tx, [...kinds]);
        return stored;
      });
    } catch (error) {
      if (batch.length === 1) return batch[0]?.reject(error);
      // One answer the database refuses must not fail the others: each alone, then.
      for (const waiting of batch) await this.#commit([waiting]);
      return;
    }
    batch.forEach((waiting, index) => {
      const outcome = outcomes[index]!;
      if (outcome === 'stored') this.#onStored(waiting.answer.envelope);
      waiting.resolve(outcome);
    });
  }
}
