import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DeliveryController } from './delivery-controller.js';
import { FocusFollowsStepController } from './focus-follows-step-controller.js';

/** What a round needs from its widget. */
export interface RoundHost extends ReactiveControllerHost, HTMLElement {
  readonly kiosk: boolean;
  readonly delivery: DeliveryController;
  resetAfterSeconds(): number;
}

export interface RoundOptions {
  /** Clears the widget's own state: answers, typed text, step. */
  clear: () => void;
  /** A value that changes exactly when the widget's step does, e.g. the question index. */
  step: () => unknown;
  /** Where focus goes on a new step (only if it was inside the widget). */
  focusTarget: () => HTMLElement | null | undefined;
}

/**
 * One person's turn with a widget. `round` changes on every reset, so templates keyed on it are
 * rebuilt: no checked radio, no textarea undo history of the previous person. Owns the reset, the
 * kiosk timer that calls it, forgetting the delivery follow-ups, and focus following each step.
 */
export class RoundController implements ReactiveController {
  round = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: RoundHost,
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
    this.host.delivery.forget();
    this.options.clear();
    this.round += 1;
    this.host.requestUpdate();
  }

  /** After an answer is stored: in kiosk mode, start over once the thank-you has been read. */
  finish(): void {
    if (this.host.kiosk) this.scheduleReset(this.host.resetAfterSeconds());
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
