/**
 * One dashboard's end of the results stream. Events are written whole; a client that does not
 * read lets them pile up in the server's memory, so once more than `capBytes` wait for it the
 * client is dropped (its connection closed; it may reconnect and read again) and that is logged.
 */
import type { FastifyBaseLogger } from 'fastify';
import { PassThrough } from 'node:stream';

export class StreamClient {
  readonly stream = new PassThrough();

  constructor(
    readonly reader: string,
    private readonly capBytes: number,
    private readonly log: FastifyBaseLogger,
  ) {}

  get closed(): boolean {
    return this.stream.destroyed || this.stream.writableEnded;
  }

  /** Writes one event; drops the client instead when too much is already waiting for it. */
  write(text: string): void {
    if (this.closed) return;
    const waiting = this.stream.writableLength + this.stream.readableLength;
    if (waiting + text.length > this.capBytes) {
      this.log.warn(
        { reader: this.reader, waitingBytes: waiting, capBytes: this.capBytes },
        'results stream dropped: the client stopped reading',
      );
      this.stream.destroy();
      return;
    }
    this.stream.write(text);
  }

  end(): void {
    this.stream.end();
  }
}
