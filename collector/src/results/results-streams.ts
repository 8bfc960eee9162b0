/**
 * Server-Sent Events with live results. Each stream sends all three views when it opens, then a
 * view again whenever an answer of its kind has been stored: at most once per throttle period,
 * so a burst of answers costs one query per view, and within a second of the answer.
 */
import type { FastifyBaseLogger } from 'fastify';
import { PassThrough, type Readable } from 'node:stream';
import type { AnswerEvents } from '../answers/answer-events.js';
import type { ResultsFilter } from './filters.js';
import { RESULT_VIEWS, VIEW_OF_KIND, type Results, type ResultView } from './results.js';

/** Proxies drop a connection that says nothing for a minute or so. */
const KEEP_ALIVE_MS = 20_000;
/** How long a browser's EventSource waits before reconnecting. */
const RECONNECT_MS = 3_000;

export class ResultsStreams {
  readonly #open = new Set<PassThrough>();

  constructor(
    private readonly results: Results,
    private readonly events: AnswerEvents,
    private readonly throttleMs: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  open(filter: ResultsFilter): Readable {
    const stream = new PassThrough();
    const pending = new Set<ResultView>(RESULT_VIEWS);
    let timer: NodeJS.Timeout | undefined;
    let sending = false;

    const send = async () => {
      timer = undefined;
      sending = true;
      try {
        const views = [...pending];
        pending.clear();
        for (const view of views) {
          const document = await this.results.compute(view, filter);
          if (stream.destroyed) return;
          stream.write(`event: ${view}\ndata: ${JSON.stringify(document)}\n\n`);
        }
      } catch (error) {
        this.log.warn({ err: error }, 'results stream ended: results could not be computed');
        stream.end();
      } finally {
        sending = false;
      }
      if (pending.size) schedule();
    };
    const schedule = () => {
      if (!timer && !sending && !stream.destroyed) timer = setTimeout(() => void send(), this.throttleMs);
    };
    const onStored = ({ kind }: { kind: keyof typeof VIEW_OF_KIND }) => {
      pending.add(VIEW_OF_KIND[kind]);
      schedule();
    };
    const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), KEEP_ALIVE_MS);

    this.events.on('stored', onStored);
    this.#open.add(stream);
    stream.once('close', () => {
      this.events.off('stored', onStored);
      clearTimeout(timer);
      clearInterval(keepAlive);
      this.#open.delete(stream);
    });

    stream.write(`retry: ${RECONNECT_MS}\n\n`);
    void send();
    return stream;
  }

  /** Ends every stream, so that a shutdown does not wait for dashboards to hang up. */
  closeAll(): void {
    for (const stream of this.#open) stream.end();
  }
}
