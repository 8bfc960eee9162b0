/**
 * What the outbox knows about sending beyond one pass, kept in one place: its times, which
 * endpoints are failing, what was already said, the sends under way, whether the page is hiding,
 * whether the outbox was disposed. The outbox owns one and hands it to each pass, which reads and
 * changes it, and fires the outbox's events, only through it.
 */
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import { DAY_MS } from './clock.js';
import { checkEndpointUrl } from './endpoint.js';
import type { PalauteErrorDetail } from './events.js';
import type { OutboxEventMap, OutboxOptions } from './outbox-options.js';
import type { PendingEnvelope } from './storage-types.js';
import { startSend, type Send, type SendOutcome } from './transport.js';

export class SendState {
  readonly retentionMs: number;
  readonly requestTimeoutMs: number;
  readonly backoff: BackoffOptions;
  /** Set by the outbox's `dispose()`: nothing more is sent or said. */
  disposed = false;
  /** Sends of a hidden page use keepalive, one at a time (keepalive bodies share a 64 KiB quota). */
  pageHiding = false;
  /** Endpoints whose last answer was a failure. */
  readonly failing = new Set<string>();
  private readonly said = new Set<string>();
  private readonly sending = new Set<Send>();

  constructor(
    /** The outbox's options; `defaultEndpoint` is read each time an envelope needs it. */
    private readonly options: OutboxOptions,
    /** Where the events go: the outbox. */
    private readonly target: EventTarget,
  ) {
    this.retentionMs = options.retentionMs ?? 30 * DAY_MS;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
    this.backoff = options.backoff ?? DEFAULT_BACKOFF;
  }

  emit<K extends keyof OutboxEventMap>(type: K, detail: OutboxEventMap[K]['detail']): void {
    if (!this.disposed) this.target.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /** Says a problem once per key (an envelope's bad endpoint, a record set aside). */
  sayOnce(key: string, detail: PalauteErrorDetail): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    this.emit('error', detail);
  }

  /** The page hides or shows again; sends under way switch to keepalive, to outlive it. */
  setPageHiding(hiding: boolean): void {
    this.pageHiding = hiding;
    if (hiding) for (const send of this.sending) send.switchToKeepalive();
  }

  /** POSTs the item, in keepalive mode while the page hides; resolves to the outcome. */
  send(item: PendingEnvelope, endpoint: string): Promise<SendOutcome> {
    const send = startSend(endpoint, item.envelope, {
      keepalive: this.pageHiding,
      timeoutMs: this.requestTimeoutMs,
    });
    this.sending.add(send);
    return send.outcome.finally(() => this.sending.delete(send));
  }

  /** The item's own endpoint if a browser can fetch it (said once if not), else the default. */
  endpointOf(item: PendingEnvelope): string | undefined {
    const { endpoint, envelope } = item;
    if (endpoint !== null) {
      const own = checkEndpointUrl(endpoint);
      if (own.ok) return own.url;
      const { id } = envelope;
      this.sayOnce(`endpoint:${id}`, {
        code: 'invalid-endpoint',
        id,
        message: `envelope ${id} cannot be sent to its endpoint: ${own.reason}; it waits for a valid default endpoint`,
      });
    }
    const fallback = checkEndpointUrl(this.options.defaultEndpoint?.());
    return fallback.ok ? fallback.url : undefined;
  }
}
