import { nothing, type ReactiveControllerHost } from 'lit';
import type { Locale } from '../../schema/constants.js';
import type { Score } from './meeting-answers.js';
import { summaryPanel } from './meeting-screens.js';
import { NO_TALLY, withAnswers, type Tally } from './meeting-tally.js';
import type { MeetingSurveyMessages } from './messages.js';

/**
 * `show-summary`: the meeting's running sums (meeting-tally.ts), and the averages shown to the room
 * once asked for on the meeting's last screen.
 */
export class MeetingSummary {
  private tally: Tally = NO_TALLY;
  private shown = false;

  constructor(private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {}

  /** A new meeting: nothing of the last one. */
  start(): void {
    this.tally = NO_TALLY;
    this.shown = false;
  }

  hide(): void {
    this.shown = false;
  }

  add(scores: readonly Score[]): void {
    this.tally = withAnswers(this.tally, scores);
  }

  /** The button that shows the averages, until they are shown. */
  buttons(m: MeetingSurveyMessages) {
    return this.shown ? [] : [{ label: m.showSummary, onClick: () => void this.reveal() }];
  }

  /** `names`: a site's own survey's items; the ready survey's short names without. */
  panel(m: MeetingSurveyMessages, locale: Locale, headingLevel: number, names?: readonly string[]) {
    return this.shown ? summaryPanel(m, locale, this.tally, headingLevel, names) : nothing;
  }

  private async reveal(): Promise<void> {
    this.shown = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.summary-title, .meeting-summary')?.focus();
  }
}
