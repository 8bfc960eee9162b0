import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long a chosen face stays before the next question: long enough to see the choice and change it. */
export const ADVANCE_DELAY_MS = 600;

/**
 * One tap per question: after a face is tapped, the survey moves on by itself after a short pause
 * that the widget shows. Another tap starts the pause again; Back, a key or a reset cancel it.
 */
export class AutoAdvance implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  start(next: () => void): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
      next();
    }, ADVANCE_DELAY_MS);
    this.host.requestUpdate();
  }

  cancel(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
