import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const DEFAULT_RESET_AFTER_SECONDS = 8;

/** Shared-device mode: some seconds after the thank-you, the widget starts over for the next person. */
export class KioskResetController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly reset: () => void,
  ) {
    host.addController(this);
  }

  schedule(seconds: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reset();
    }, seconds * 1000);
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  hostDisconnected(): void {
    // A widget taken off the page must not keep an answer on screen waiting for a timer.
    if (this.pending) {
      this.cancel();
      this.reset();
    }
  }
}
