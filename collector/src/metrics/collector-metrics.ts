/**
 * What an operator's Prometheus scrapes, through prom-client, in a registry of this collector's
 * own (several collectors may share a process, in tests). Counters and the request histogram are
 * moved as things happen; the gauges are read when scraped. Labels never carry anything a client
 * chose: routes are Fastify's route patterns (`/v1/reports/:id`), not the requested paths.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { StoreOutcome } from '../answers/store-answer.js';
import type { PoolCounts } from '../storage/database.js';

export interface MetricSources {
  /** Results streams open now. */
  streamClients(): number;
  /** Answers in the webhook outbox not yet delivered. */
  webhookBacklog(): Promise<number>;
  /** The database pool's counts, when there is a pool (PostgreSQL). */
  pool(): PoolCounts | undefined;
}

/** For requests that matched no route: one label value, however many paths are tried. */
export const UNMATCHED_ROUTE = 'unmatched';

export class CollectorMetrics {
  readonly registry = new Registry();
  readonly #answers: Counter<'kind' | 'outcome'>;
  readonly #requests: Histogram<'method' | 'route' | 'status_code'>;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.#answers = new Counter({
      name: 'palaute_answers_total',
      help: 'Answers received, by kind and outcome (stored, repeat, conflict, erased).',
      labelNames: ['kind', 'outcome'],
      registers,
    });
    this.#requests = new Histogram({
      name: 'palaute_http_request_duration_seconds',
      help: 'Time to answer a request, by method, route pattern and status code.',
      labelNames: ['method', 'route', 'status_code'],
      registers,
    });
    new Gauge({
      name: 'palaute_results_stream_clients',
      help: 'Results streams open now.',
      registers,
      collect() {
        this.set(sources.streamClients());
      },
    });
    if (sources.pool()) {
      new Gauge({
        name: 'palaute_db_pool_connections',
        help: 'PostgreSQL connections of this collector, open in all and idle.',
        labelNames: ['state'],
        registers,
        collect() {
          const pool = sources.pool();
          this.set({ state: 'total' }, pool?.total ?? 0);
          this.set({ state: 'idle' }, pool?.idle ?? 0);
        },
      });
      new Gauge({
        name: 'palaute_db_pool_waiting',
        help: 'Queries waiting for a PostgreSQL connection.',
        registers,
        collect() {
          this.set(sources.pool()?.waiting ?? 0);
        },
      });
    }
    // After the pool's gauges: prom-client reads them in order, and this one queries the pool.
    new Gauge({
      name: 'palaute_webhook_backlog',
      help: 'Answers waiting in the webhook outbox to be delivered.',
      registers,
      async collect() {
        this.set(await sources.webhookBacklog());
      },
    });
  }

  answerReceived(kind: string, outcome: StoreOutcome): void {
    this.#answers.inc({ kind, outcome });
  }

  requestAnswered(method: string, route: string | undefined, statusCode: number, seconds: number): void {
    this.#requests.observe(
      { method, route: route ?? UNMATCHED_ROUTE, status_code: String(statusCode) },
      seconds,
    );
  }

  /** The text format, and its content type. */
  async exposition(): Promise<{ text: string; contentType: string }> {
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
