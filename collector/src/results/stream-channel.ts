/**
 * Everyone streaming one filter's results. A changed view is computed once for all of them and
 * its event serialised once; the same text is written to each client. A client that joins gets
 * the views already computed at once, and those not yet computed when they are.
 *
 * An answer that completes no batch (suppression.ts) leaves a view's groups as they were: then
 * nothing is sent, so the stream does not tell when a hidden answer arrived.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { ResultsFilter } from './filters.js';
import { RESULT_VIEWS, type Results, type ResultView } from './results.js';
import type { StreamClient } from './stream-client.js';

export class StreamChannel {
  readonly clients = new Set<StreamClient>();
  /** The last event of each view, as sent. */
  readonly #latest = new Map<ResultView, string>();
  /** The groups of each view's last event, to tell whether a new computation changed them. */
  readonly #latestGroups = new Map<ResultView, string>();
  /** Clients that joined while a view was pending and have not had it yet. */
  readonly #waiting = new Map<ResultView, Set<StreamClient>>();
  readonly #pending = new Set<ResultView>();
  #timer: NodeJS.Timeout | undefined;
  #computing = false;
  #sentOnce = false;

  constructor(
    private readonly filter: ResultsFilter,
    private readonly results: Results,
    private readonly throttleMs: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  join(client: StreamClient): void {
    this.clients.add(client);
    for (const view of RESULT_VIEWS) {
      const latest = this.#latest.get(view);
      if (latest !== undefined && !this.#pending.has(view)) client.write(latest);
      else {
        this.#pending.add(view);
        this.#waiting.set(view, (this.#waiting.get(view) ?? new Set()).add(client));
      }
    }
    this.#schedule();
  }

  leave(client: StreamClient): void {
    this.clients.delete(client);
    for (const waiting of this.#waiting.values()) waiting.delete(client);
    if (!this.clients.size) clearTimeout(this.#timer);
  }

  /** An answer changed `view`: send it again, at most once per throttle period. */
  changed(view: ResultView): void {
    this.#pending.add(view);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer || this.#computing || !this.#pending.size || !this.clients.size) return;
    // The first documents go out at once; updates wait out the throttle period.
    const delay = this.#sentOnce ? this.throttleMs : 0;
    this.#timer = setTimeout(() => void this.#send(), delay);
  }

  async #send(): Promise<void> {
    this.#timer = undefined;
    this.#computing = true;
    const views = RESULT_VIEWS.filter((view) => this.#pending.has(view));
    this.#pending.clear();
    try {
      for (const view of views) {
        if (!this.clients.size) return;
        const document = await this.results.compute(view, this.filter);
        const groups = JSON.stringify(document.groups);
        const waiting = this.#waiting.get(view) ?? new Set();
        this.#waiting.delete(view);
        if (this.#latestGroups.get(view) === groups) {
          for (const client of waiting) client.write(this.#latest.get(view)!);
          continue;
        }
        this.#latestGroups.set(view, groups);
        const event = `event: ${view}\ndata: ${JSON.stringify(document)}\n\n`;
        this.#latest.set(view, event);
        for (const client of this.clients) client.write(event);
      }
      this.#sentOnce = true;
    } catch (error) {
      this.log.warn({ err: error }, 'results streams ended: results could not be computed');
      for (const client of this.clients) client.end();
    } finally {
      this.#computing = false;
    }
    this.#schedule();
  }
}
