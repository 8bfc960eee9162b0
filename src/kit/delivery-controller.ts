import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PalauteDeliveredDetail, PalauteErrorDetail } from '../delivery/events.js';
import type { Outbox } from '../delivery/outbox.js';
import type { PalauteEmitter } from './events.js';

export type DeliveryStatus = 'idle' | 'stored' | 'retrying' | 'delivered' | 'failed';

type Host = ReactiveControllerHost & PalauteEmitter;

/**
 * Follows the envelopes this widget stored: re-fires the outbox's outcome for them on the host
 * (`palaute-delivered`, `palaute-error`) and keeps `status` of the latest one for the screen.
 */
export class DeliveryController implements ReactiveController {
  status: DeliveryStatus = 'idle';
  private readonly ids = new Set<string>();
  private latestId: string | undefined;
  private readonly followed = new Map<Outbox, AbortController>();

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const listening of this.followed.values()) listening.abort();
    this.followed.clear();
  }

  /** Called once the envelope is stored in `outbox`. */
  follow(outbox: Outbox, id: string): void {
    this.ids.add(id);
    this.latestId = id;
    this.setStatus('stored');
    if (this.followed.has(outbox)) return;
    const listening = new AbortController();
    this.followed.set(outbox, listening);
    const { signal } = listening;
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
    this.ids.delete(detail.id);
    if (detail.id === this.latestId) this.setStatus('failed');
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
