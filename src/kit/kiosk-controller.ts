import { nothing, type TemplateResult } from 'lit';
import { reportError } from '../delivery/log.js';
import { checkSeconds } from './common-attributes.js';
import { reportAttribute } from './events.js';
import type { IdleController, IdleMessages, IdleOptions } from './idle-controller.js';
import { RoundController, type RoundHost, type RoundOptions } from './round-controller.js';

/** Kiosk mode: seconds the thank-you stays before the element starts over, unless it says otherwise. */
export const DEFAULT_RESET_AFTER_SECONDS = 8;

/** Kiosk mode: seconds without a touch or key before an unfinished answer is cleared. */
export const DEFAULT_IDLE_AFTER_SECONDS = 60;

/**
 * The attributes kiosk mode reads. The element declares them, so that they are its documented
 * attributes: `kiosk`, `reset-after`, and `idle-after` where it has its own idle time.
 */
export interface KioskHost extends RoundHost {
  readonly resetAfter: number;
  readonly idleAfter?: number;
}

export interface KioskOptions extends Omit<RoundOptions, 'resetAfter'> {
  /** Whether anything of the person is on screen or in the state: only then does idleness matter. */
  inUse: () => boolean;
  /** The `reset-after` default, also used in place of a bad value. */
  resetAfter?: number;
  /**
   * The `idle-after` default, for an element that has the attribute. An element without it clears
   * an unfinished answer after `reset-after` seconds.
   */
  idleAfter?: number;
}

/**
 * Rounds (one person's turn, see RoundController) plus kiosk mode: the reset after the thank-you,
 * the reset of an unfinished answer after inactivity with its "Are you still there?" notice, and
 * `reset-after` / `idle-after` checked and reported when set, bad values replaced by the defaults.
 * One line in any element, answer widget or not.
 *
 * The inactivity part (IdleController, its notice and styles: src/kit/kiosk-idle.ts) is imported
 * only once the element is a kiosk, `kiosk` set then or later (issue 24: most pages are no kiosk,
 * and a page loads what comes before the question is visible before showing it).
 */
export class KioskController extends RoundController {
  /** Inactivity, once kiosk mode has loaded it; none on an element that has never been a kiosk. */
  idle: IdleController | undefined;
  private idleRequested = false;
  private readonly idleOptions: IdleOptions;
  /** The values last checked, by attribute: a bad value is reported once, when it is set. */
  private readonly checked: Record<string, number | undefined> = {};
  private readonly resetAfterDefault: number;
  private readonly idleAfterDefault: number | undefined;

  constructor(
    protected override readonly host: KioskHost,
    { resetAfter = DEFAULT_RESET_AFTER_SECONDS, idleAfter, ...round }: KioskOptions,
  ) {
    const resetSeconds = () => checkSeconds(host.resetAfter, resetAfter).value;
    super(host, { ...round, resetAfter: resetSeconds });
    this.resetAfterDefault = resetAfter;
    this.idleAfterDefault = idleAfter;
    this.idleOptions = {
      seconds: idleAfter ? () => checkSeconds(host.idleAfter!, idleAfter).value : resetSeconds,
      inUse: round.inUse,
      reset: () => this.reset(),
    };
  }

  hostUpdate(): void {
    // Checked here, not in the idle code: a bad value is said at the first update, kiosk or not.
    this.check('reset-after', this.host.resetAfter, this.resetAfterDefault);
    if (this.idleAfterDefault) this.check('idle-after', this.host.idleAfter, this.idleAfterDefault);
    if (this.host.kiosk && !this.idleRequested) this.loadIdle();
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    // Taken off the page half-answered before the idle code has arrived (IdleController clears it
    // after): nothing may wait there for the next person.
    if (this.host.kiosk && !this.idle && this.idleOptions.inUse()) this.reset();
  }

  /** The "Are you still there?" notice, or nothing; put it first in the element's frame. `extra` goes under its text. */
  notice(m: IdleMessages, extra?: unknown): TemplateResult | typeof nothing {
    return this.idle?.notice(m, extra) ?? nothing;
  }

  private loadIdle(): void {
    this.idleRequested = true;
    import('./kiosk-idle.js').then(
      ({ watchIdle }) => {
        this.idle = watchIdle(this.host, this.idleOptions);
        // Its first hostUpdated starts the clock where someone is already answering.
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // Tried again at the next update: a kiosk must not keep an answer for want of a file.
        this.idleRequested = false;
        reportError(`<${this.host.localName}> kiosk mode's idle reset could not be loaded.`, error);
      },
    );
  }

  private check(attribute: string, value: number | undefined, fallback: number): void {
    if (Object.is(this.checked[attribute], value)) return;
    this.checked[attribute] = value;
    const { problem } = checkSeconds(value!, fallback);
    if (problem) reportAttribute(this.host, attribute, problem);
  }
}
