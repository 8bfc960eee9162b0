/**
 * Group commit: answers that arrive while a transaction is committing go into the next one
 * together. A commit is the expensive part of storing an answer (a flush to disk), so sharing
 * it is what lets one PGlite connection take over a thousand answers a second. Each caller's
 * promise settles only after the transaction holding its answer has committed.
 */
import type { Envelope } from 'palaute/schema';
import type { Database } from '../storage/database.js';
import { storeAnswer, type IncomingAnswer, type StoreOutcome } from './store-answer.js';

const MAX_BATCH = 64;

interface Waiting {
  readonly answer: IncomingAnswer;
  resolve(outcome: StoreOutcome): void;
  reject(error: unknown): void;
}

export class AnswerWriter {
  readonly #db: Database;
  readonly #onStored: (envelope: Envelope) => void;
  #queue: Waiting[] = [];
  #committing = 0;

  /** `onStored` hears of each new answer after its commit. */
  constructor(db: Database, onStored: (envelope: Envelope) => void) {
    this.#db = db;
    this.#onStored = onStored;
  }

  write(answer: IncomingAnswer): Promise<StoreOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ answer, resolve, reject });
      this.#startCommits();
    });
  }

  #startCommits(): void {
    while (this.#queue.length && this.#committing < this.#db.parallelism) {
      const batch = this.#queue.splice(0, MAX_BATCH);
      this.#committing++;
      void this.#commit(batch).finally(() => {
        this.#committing--;
        this.#startCommits();
      });
    }
  }

  async #commit(batch: readonly Waiting[]): Promise<void> {
    let settled: { waiting: Waiting; outcome: StoreOutcome }[];
    try {
      settled = await this.#db.transaction(async (tx) => {
        const results = [];
        for (const waiting of batch) results.push({ waiting, outcome: await storeAnswer(tx, waiting.answer) });
        return results;
      });
    } catch (error) {
      if (batch.length === 1) return batch[0]?.reject(error);
      // One answer the database refuses must not fail the others: each alone, then.
      for (const waiting of batch) await this.#commit([waiting]);
      return;
    }
    for (const { waiting, outcome } of settled) {
      if (outcome === 'stored') this.#onStored(waiting.answer.envelope);
      waiting.resolve(outcome);
    }
  }
}
