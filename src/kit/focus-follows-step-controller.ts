import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * When the widget moves to another step (another question, the thank-you, a fresh start), focus
 * moves to the step's first thing to read or answer, but only if focus was inside the widget:
 * never steal it from the page. Whether it was inside is read before the render, because the render
 * removes the focused control and focus falls back to the page.
 */
export class FocusFollowsStepController implements ReactiveController {
  private renderedStep: unknown;
  private focusWasInside = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** A value that changes exactly when the step does, e.g. `${step}:${round}`. */
    private readonly step: () => unknown,
    private readonly target: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.focusWasInside = Boolean(this.host.shadowRoot?.activeElement);
  }

  hostUpdated(): void {
    const step = this.step();
    if (step === this.renderedStep) return;
    this.renderedStep = step;
    if (this.focusWasInside) this.target()?.focus();
  }
}
