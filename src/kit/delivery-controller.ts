import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PalauteDeliveredDetail, PalauteErrorDetail } from '../delivery/events.js';
import type { Outbox } from '../delivery/outbox.js';
import type { PalauteEmitter } from './events.js';

export type DeliveryStatus = 'idle' | 'stored' | 'retrying' | 'delivered' | 'failed';

/** An element that follows what it stored: its controller is made with the first answer it stores. */
export interface DeliveryHost extends ReactiveControllerHost, PalauteEmitter {
  delivery?: DeliveryController;
}

/** Errors after which the outbox no longer holds the envelope: following it ends. */
const FINAL_ERRORS: ReadonlySet<string> = new Set(['rejected', 'expired', 'quarantined']);

/**
 * Follows the envelopes this widget stored: re-fires the outbox's outcome for them on the host
 * (`palaute-delivered`, `palaute-error`) and keeps `status` of the latest one for the screen.
 * Listens to an outbox only while the host is connected: the page's shared outbox lives as long
 * as the page, and must not keep a widget that a single-page app took away. Made with the first
 * answer an element stores (followerOf), in the storing code's chunk: drawing needs none of it.
 */
export class DeliveryController implements ReactiveController {
  status: DeliveryStatus = 'idle';
  private readonly ids = new Set<string>();
  private latestId: string | undefined;
  private readonly outboxes = new Set<Outbox>();
  private listening: AbortController | undefined;

  constructor(private readonly host: DeliveryHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listening = new AbortController();
    for (const outbox of this.outboxes) this.listen(outbox);
  }

  hostDisconnected(): void {
    this.listening?.abort();
    this.listening = undefined;
  }

  /** Called once the envelope is stored in `outbox`. */
  follow(outbox: Outbox, id: string): void {
    this.track(id);
    this.attach(outbox);
  }

  /** Called once the envelope is stored, before its outbox is known (stored before the sender loaded). */
  track(id: string): void {
    this.ids.add(id);
    this.latestId = id;
    this.setStatus('stored');
  }

  /** Listens to `outbox` for what happens to the envelopes tracked. */
  attach(outbox: Outbox): void {
    if (this.outboxes.has(outbox)) return;
    this.outboxes.add(outbox);
    // Stored after the host left the page: listening starts if and when it comes back.
    if (this.listening) this.listen(outbox);
  }

  private listen(outbox: Outbox): void {
    const { signal } = this.listening!;
    outbox.addEventListener('delivered', (e) => this.onDelivered(e.detail), { signal });
    outbox.addEventListener('error', (e) => this.onError(e.detail), { signal });
    outbox.addEventListener('retry', (e) => this.onRetry(e.detail.id), { signal });
  }

  /** Kiosk mode: nothing about the previous person's answer stays in the widget. */
  forget(): void {
    this.ids.clear();
    this.latestId = undefined;
    this.status = 'idle';
  }

  private onDelivered(detail: PalauteDeliveredDetail): void {
    if (!this.ids.delete(detail.id)) return;
    if (detail.id === this.latestId) this.setStatus('delivered');
    this.host.emit('palaute-delivered', detail);
  }

  private onError(detail: PalauteErrorDetail): void {
    if (!detail.id || !this.ids.has(detail.id)) return;
    if (FINAL_ERRORS.has(detail.code)) {
      this.ids.delete(detail.id);
      if (detail.id === this.latestId) this.setStatus('failed');
    }
    this.host.emit('palaute-error', detail);
  }

  private onRetry(id: string): void {
    if (id === this.latestId && this.status === 'stored') this.setStatus('retrying');
  }

  private setStatus(status: DeliveryStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

/** `host`'s controller, made and added to it the first time. */
export function followerOf(host: DeliveryHost): DeliveryController {
  return (host.delivery ??= new DeliveryController(host));
}
