import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { format } from './i18n.js';

/** Seconds between the "Are you still there?" notice and the reset: WCAG 2.2.1 asks for at least 20. */
export const IDLE_WARNING_SECONDS = 20;

export interface IdleHost extends ReactiveControllerHost, HTMLElement {
  readonly kiosk: boolean;
}

/** The notice's texts, from the element's messages: `idleWarning` has a `{seconds}` placeholder. */
export interface IdleMessages {
  idleWarning: string;
  idleContinue: string;
}

export interface IdleOptions {
  /** Seconds without a touch or a key before the reset (`idle-after`, or `reset-after`). */
  seconds: () => number;
  /** Whether anything of the person is on screen or in the state: only then does idleness matter. */
  inUse: () => boolean;
  /** Starts over with nothing of the person left (the RoundController's reset). */
  reset: () => void;
}

/**
 * Kiosk mode: a widget left half-answered is cleared after a while, so the next person never sees
 * it. A notice comes first, announced, and any touch or key (or its button) gives the full time
 * again. Written once for every widget.
 */
export class IdleController implements ReactiveController {
  /** The notice is showing. */
  warning = false;
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where focus was when the notice came, so dismissing it with its button does not drop focus. */
  private focusedBefore: HTMLElement | null = null;
  private readonly onActivity = (event: Event) => {
    // A touch on the notice is for its button: hiding the notice under the finger would pass the click on.
    if (
      event.composedPath().some((node) => node instanceof Element && node.classList.contains('idle-notice'))
    )
      return;
    this.activity();
  };

  constructor(
    private readonly host: IdleHost,
    private readonly options: IdleOptions,
  ) {
    host.addController(this);
  }

  /** How long the notice stays before the reset: 20 s, or half the idle time when that is shorter. */
  get warningSeconds(): number {
    return Math.min(IDLE_WARNING_SECONDS, Math.round(this.options.seconds() / 2));
  }

  hostConnected(): void {
    for (const type of ['pointerdown', 'keydown', 'input'])
      this.host.addEventListener(type, this.onActivity, { capture: true });
  }

  hostDisconnected(): void {
    for (const type of ['pointerdown', 'keydown', 'input'])
      this.host.removeEventListener(type, this.onActivity, { capture: true });
    // Taken off the page half-answered: nothing may wait there for the next person.
    const pending = this.resetTimer !== undefined;
    this.cancel();
    if (pending) this.options.reset();
  }

  hostUpdated(): void {
    const watching = this.host.kiosk && this.options.inUse();
    if (!watching) this.cancel();
    else if (this.resetTimer === undefined) this.schedule();
  }

  /** The person is here: hide the notice and give the full time again. */
  activity(): void {
    if (this.warning) {
      this.warning = false;
      this.host.requestUpdate();
    }
    if (this.host.kiosk && this.options.inUse()) this.schedule();
  }

  /** "Are you still there?" with the seconds left. */
  warningText(m: IdleMessages): string {
    return format(m.idleWarning, { seconds: this.warningSeconds });
  }

  /** The notice, or nothing; put it first in the widget's frame. `extra` goes under the text (a read-aloud button). */
  notice(m: IdleMessages, extra: unknown = nothing) {
    if (!this.warning) return nothing;
    return html`<div class="idle-notice" part="idle-notice" role="alert">
      <p>${this.warningText(m)}</p>
      ${extra}
      <button type="button" class="primary" part="button button-primary" @click=${this.continue}>
        ${m.idleContinue}
      </button>
    </div>`;
  }

  private readonly continue = () => {
    const before = this.focusedBefore;
    this.activity();
    void this.host.updateComplete.then(() => before?.isConnected && before.focus());
  };

  private schedule(): void {
    this.cancel();
    const seconds = this.options.seconds();
    this.warnTimer = setTimeout(() => this.warn(), (seconds - this.warningSeconds) * 1000);
    this.resetTimer = setTimeout(() => {
      this.cancel();
      this.options.reset();
    }, seconds * 1000);
  }

  private warn(): void {
    this.focusedBefore = (this.host.shadowRoot?.activeElement as HTMLElement | null) ?? null;
    this.warning = true;
    this.host.requestUpdate();
  }

  private cancel(): void {
    clearTimeout(this.warnTimer);
    clearTimeout(this.resetTimer);
    this.warnTimer = this.resetTimer = undefined;
    this.focusedBefore = null;
    if (this.warning) {
      this.warning = false;
      this.host.requestUpdate();
    }
  }
}
