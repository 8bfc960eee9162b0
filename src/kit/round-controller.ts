import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DeliveryController } from './delivery-controller.js';
import { FocusFollowsStepController } from './focus-follows-step-controller.js';

/** What a round needs from its element. */
export interface RoundHost extends ReactiveControllerHost, HTMLElement {
  readonly kiosk: boolean;
  /** An answer widget's follow-up of what it stored; elements that store nothing have none. */
  readonly delivery?: DeliveryController;
}

export interface RoundOptions {
  /** Clears the widget's own state: answers, typed text, step. */
  clear: () => void;
  /** A value that changes exactly when the widget's step does, e.g. the question index. */
  step: () => unknown;
  /** Where focus goes on a new step (only if it was inside the widget). */
  focusTarget: () => HTMLElement | null | undefined;
  /** Kiosk mode: seconds the thank-you stays before the next round. */
  resetAfter: () => number;
}

/**
 * One person's turn with a widget. What the host renders through `fresh()` is built anew after
 * every reset: no checked radio, no textarea undo history of the previous person. Owns the reset,
 * the kiosk timer that calls it, forgetting the delivery follow-ups, and focus following each step.
 */
export class RoundController implements ReactiveController {
  round = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by every rebuild; compared at render time, so two rebuilds before a render count once. */
  private generation = 0;
  private renderedGeneration = 0;
  private position: 0 | 1 = 0;

  constructor(
    protected readonly host: RoundHost,
    private readonly options: RoundOptions,
  ) {
    host.addController(this);
    new FocusFollowsStepController(
      host,
      () => `${String(options.step())}:${this.round}`,
      options.focusTarget,
    );
  }

  /** Starts over with nothing of the previous person on screen or in the widget. */
  reset(): void {
    this.cancelReset();
    this.host.delivery?.forget();
    this.options.clear();
    this.round += 1;
    this.rebuild();
  }

  /** The next render of `fresh()` builds new DOM, e.g. for the next question. */
  rebuild(): void {
    this.generation += 1;
    this.host.requestUpdate();
  }

  /**
   * `template`, rendered into one of two positions that swap on every rebuild: Lit removes the
   * old position's DOM and builds the new one from scratch (what the keyed directive does, without
   * its bytes). Call it once per render.
   */
  fresh<T>(template: T): [T | typeof nothing, T | typeof nothing] {
    if (this.generation !== this.renderedGeneration) {
      this.renderedGeneration = this.generation;
      this.position = this.position ? 0 : 1;
    }
    return this.position ? [nothing, template] : [template, nothing];
  }

  /** After an answer is stored: in kiosk mode, start over once the thank-you has been read. */
  finish(): void {
    if (this.host.kiosk) this.scheduleReset(this.options.resetAfter());
  }

  /** Resets after `seconds`, unless rescheduled or cancelled first. */
  scheduleReset(seconds: number): void {
    this.cancelReset();
    this.timer = setTimeout(() => this.reset(), seconds * 1000);
  }

  cancelReset(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  get resetPending(): boolean {
    return this.timer !== undefined;
  }

  hostDisconnected(): void {
    // A widget taken off the page must not keep an answer on screen waiting for a timer.
    if (this.resetPending) this.reset();
  }
}
