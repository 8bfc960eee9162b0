/**
 * Server-Sent Events with live results. Streams with the same filter share a channel: each view
 * an answer changed is computed once per filter and fanned out, at most once per throttle period
 * and within a second of the answer, however many dashboards watch. A dashboard that stops
 * reading is dropped once its backlog passes a cap; streams are limited per token and in all.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Readable } from 'node:stream';
import type { AnswerKind } from 'palaute/schema';
import type { AnswerEvents } from '../answers/answer-events.js';
import type { CollectorConfig } from '../config.js';
import { HttpProblem } from '../http/problems.js';
import type { ResultsFilter } from './filters.js';
import { VIEW_OF_KIND, type Results } from './results.js';
import { StreamChannel } from './stream-channel.js';
import { StreamClient } from './stream-client.js';

/** Proxies drop a connection that says nothing for a minute or so. */
const KEEP_ALIVE_MS = 20_000;
/** How long a browser's EventSource waits before reconnecting. */
const RECONNECT_MS = 3_000;

export interface StreamLimits {
  readonly throttleMs: number;
  /** Open streams one token may hold. */
  readonly perToken: number;
  /** Open streams in all. */
  readonly total: number;
  /** Bytes that may wait for one client before it is dropped. */
  readonly bufferCapBytes: number;
}

export function streamLimits(config: CollectorConfig): StreamLimits {
  return {
    throttleMs: config.tuning.streamThrottleMs,
    perToken: config.streamsPerToken,
    total: config.streamsMax,
    bufferCapBytes: config.tuning.streamBufferCapBytes,
  };
}

/** The same filter however its query was written: one channel for all who ask for it. */
const channelKey = (filter: ResultsFilter) =>
  JSON.stringify([filter.unit, filter.service, filter.from, filter.to, filter.bucket]);

export class ResultsStreams {
  readonly #channels = new Map<string, StreamChannel>();
  readonly #perReader = new Map<string, number>();
  #open = 0;
  readonly #keepAlive: NodeJS.Timeout;

  constructor(
    private readonly results: Results,
    events: AnswerEvents,
    private readonly limits: StreamLimits,
    private readonly log: FastifyBaseLogger,
  ) {
    events.on('stored', ({ kind }) => this.#changed(kind));
    events.on('stored-elsewhere', (kind) => this.#changed(kind));
    this.#keepAlive = setInterval(() => this.#writeAll(': keep-alive\n\n'), KEEP_ALIVE_MS);
    this.#keepAlive.unref();
  }

  /** A stream for `reader` (a token fingerprint); 429 or 503 when a limit is reached. */
  open(filter: ResultsFilter, reader: string): Readable {
    const held = this.#perReader.get(reader) ?? 0;
    if (held >= this.limits.perToken) {
      throw new HttpProblem(429, 'this token has too many open results streams', [
        `at most ${this.limits.perToken} per token; close one first`,
      ]);
    }
    if (this.#open >= this.limits.total) {
      this.log.warn({ open: this.#open }, 'results stream refused: the limit of open streams is reached');
      throw new HttpProblem(503, 'too many open results streams', [`try again later`], {
        'Retry-After': String(RECONNECT_MS / 1000),
      });
    }
    const key = channelKey(filter);
    let channel = this.#channels.get(key);
    if (!channel) {
      channel = new StreamChannel(filter, this.results, this.limits.throttleMs, this.log);
      this.#channels.set(key, channel);
    }
    const client = new StreamClient(reader, this.limits.bufferCapBytes, this.log);
    this.#open++;
    this.#perReader.set(reader, held + 1);
    const joined = channel;
    client.stream.once('close', () => {
      this.#open--;
      const left = (this.#perReader.get(reader) ?? 1) - 1;
      if (left) this.#perReader.set(reader, left);
      else this.#perReader.delete(reader);
      joined.leave(client);
      if (!joined.clients.size) this.#channels.delete(key);
    });
    client.write(`retry: ${RECONNECT_MS}\n\n`);
    channel.join(client);
    return client.stream;
  }

  /** Ends every stream, so that a shutdown does not wait for dashboards to hang up. */
  closeAll(): void {
    clearInterval(this.#keepAlive);
    for (const channel of this.#channels.values()) for (const client of channel.clients) client.end();
  }

  /** Streams open now, for metrics. */
  get openCount(): number {
    return this.#open;
  }

  #changed(kind: AnswerKind): void {
    for (const channel of this.#channels.values()) channel.changed(VIEW_OF_KIND[kind]);
  }

  #writeAll(text: string): void {
    for (const channel of this.#channels.values()) for (const client of channel.clients) client.write(text);
  }
}
