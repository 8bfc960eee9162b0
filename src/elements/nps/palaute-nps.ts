import { html, nothing, type PropertyDeclarations } from 'lit';
import { heading } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import { DEFAULT_IDLE_AFTER_SECONDS, KioskController } from '../../kit/kiosk-controller.js';
import { deliveryStatusText } from '../../kit/delivery-status.js';
import { LocalizeController } from '../../kit/localize-controller.js';
import { numberScale } from '../../kit/number-scale.js';
import { numberScaleStyles } from '../../kit/number-scale.styles.js';
import { PalauteElement } from '../../kit/palaute-element.js';
import { onRadioGroupKeydown } from '../../kit/radio-group-keys.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { textFieldStyles } from '../../kit/text-field.styles.js';
import { NPS_COMMENT_MAX_LENGTH } from '../../schema/constants.js';
import { npsMessages, type NpsMessages } from './messages.js';
import { npsStyles } from './palaute-nps.styles.js';

/** Screen readers hear the remaining count only this close to the limit, not at every key. */
const ANNOUNCE_REMAINING_BELOW = 20;

type Step = 'score' | 'comment' | 'thanks';

/**
 * @tag palaute-nps
 * @summary "How likely are you to recommend us?" on a 0–10 scale, with an optional comment.
 *
 * @event palaute-answer - The answer is stored in the outbox; `detail` is the envelope, `event.durable` says whether it is in IndexedDB (false: kept in memory for this page only).
 * @event palaute-delivered - The endpoint accepted the answer; `detail` is `{ id }`.
 * @event palaute-error - A configuration or delivery problem; `detail` is `{ code, message, id?, field?, status? }`.
 *
 * @csspart base - The widget's frame.
 * @csspart question - The question (the legend of the scale).
 * @csspart scale - The row of the eleven choices.
 * @csspart option - One choice (a label around its radio).
 * @csspart end-labels - The explanations of 0 and 10.
 * @csspart error - The message shown when Next or Send is pressed without a choice.
 * @csspart comment-field - The comment textarea.
 * @csspart counter - The character counter under the comment.
 * @csspart button - Every button; `button-primary` is also on the main one.
 * @csspart thanks - The thank-you state.
 * @csspart status - The line saying whether the answer is saved or sent.
 * @csspart idle-notice - Kiosk mode: "Are you still there?" before an unfinished answer is cleared.
 *
 * @cssproperty --palaute-scale-gap - Gap between the choices. Default 0.375rem.
 */
export class PalauteNps extends PalauteElement {
  static override styles = [sharedStyles, textFieldStyles, numberScaleStyles, npsStyles];
  static override properties: PropertyDeclarations = {
    comment: { type: Boolean },
    commentMaxLength: { type: Number, attribute: 'comment-max-length' },
    idleAfter: { type: Number, attribute: 'idle-after' },
    step: { state: true, attribute: false },
    score: { state: true, attribute: false },
    commentText: { state: true, attribute: false },
    scoreMissing: { state: true, attribute: false },
  };

  /** Adds a second step asking for an optional free-text reason. */
  comment = false;

  /** Most characters the comment may have (at most 2000). */
  commentMaxLength = 500;

  /** Kiosk mode: seconds without a touch before an unfinished answer is cleared (a notice comes first). */
  idleAfter = DEFAULT_IDLE_AFTER_SECONDS;

  private step: Step = 'score';
  private score: number | undefined;
  private commentText = '';
  private scoreMissing = false;

  protected override readonly localize = new LocalizeController(this, npsMessages);
  protected override readonly rounds = new KioskController(this, {
    clear: () => {
      this.step = 'score';
      this.score = undefined;
      this.commentText = '';
      this.scoreMissing = false;
    },
    step: () => this.step,
    focusTarget: () =>
      ({
        score: this.find<HTMLInputElement>('input:checked') ?? this.find<HTMLInputElement>('input'),
        comment: this.find<HTMLElement>('textarea'),
        thanks: this.find<HTMLElement>('.thanks-title'),
      })[this.step],
    // The thank-you has its own, shorter reset (reset-after). An error shown is in use too: the
    // next person must not find the previous one's "choose a number".
    inUse: () =>
      this.step !== 'thanks' && (this.score !== undefined || this.commentText !== '' || this.scoreMissing),
    idleAfter: DEFAULT_IDLE_AFTER_SECONDS,
  });

  private find<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private get maxLength(): number {
    const max = Math.floor(this.commentMaxLength);
    return max >= 1 ? Math.min(max, NPS_COMMENT_MAX_LENGTH) : NPS_COMMENT_MAX_LENGTH;
  }

  protected override render() {
    const m = this.localize.messages;
    // The status line is rendered from the start, empty: a live region inserted with its message is not announced.
    const status = this.step === 'thanks' ? deliveryStatusText(m, this.deliveryStatus) : '';
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.rounds.notice(m)}
      ${
        this.step === 'thanks'
          ? this.renderThanks(m)
          : this.rounds.fresh(
              html`<form novalidate @submit=${this.onSubmit}>
                ${this.step === 'score' ? this.renderScale(m) : this.renderComment(m)}
                <div class="actions">${this.renderActions(m)}</div>
              </form>`,
            )
      }
      <p class="status" part="status" role="status">${status}</p>
    </div>`;
  }

  private renderScale(m: NpsMessages) {
    const describedBy = this.scoreMissing ? 'ends score-error' : 'ends';
    return html`<fieldset aria-describedby=${describedBy} @keydown=${onRadioGroupKeydown}>
      <legend part="question">${m.question}</legend>
      ${numberScale({
        chosen: this.score,
        invalid: this.scoreMissing,
        m,
        onChoose: (score) => this.choose(score),
      })}
      ${
        this.scoreMissing
          ? html`<p class="error" id="score-error" part="error">${m.scoreRequired}</p>`
          : nothing
      }
    </fieldset>`;
  }

  private renderComment(m: NpsMessages) {
    const max = this.maxLength;
    const remaining = max - this.commentText.length;
    return html`<label class="comment-label" for="comment">${m.commentLabel}</label>
      <p class="hint" id="comment-hint">${m.commentHint}</p>
      <textarea
        id="comment"
        part="comment-field"
        maxlength=${max}
        aria-describedby="comment-hint comment-counter"
        .value=${this.commentText}
        @input=${(e: InputEvent) => (this.commentText = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="counter" id="comment-counter" part="counter">
        ${format(m.commentCounter, { count: this.commentText.length, max })}
      </p>
      <span class="sr-only" aria-live="polite"
        >${remaining <= ANNOUNCE_REMAINING_BELOW ? format(m.commentRemaining, { remaining }) : ''}</span
      >`;
  }

  private renderActions(m: NpsMessages) {
    if (this.step === 'comment') {
      return html`<button type="button" part="button" @click=${() => (this.step = 'score')}>${m.back}</button
        ><button type="submit" class="primary" part="button button-primary">${m.send}</button>`;
    }
    const label = this.comment ? m.next : m.send;
    return html`<button type="submit" class="primary" part="button button-primary">${label}</button>`;
  }

  private renderThanks(m: NpsMessages) {
    return html`<div class="thanks" part="thanks">
      ${heading(this.titleLevel, 'thanks-title', m.thanks)}
      ${this.kiosk ? html`<p class="status">${m.kioskNext}</p>` : nothing}
    </div>`;
  }

  private choose(score: number): void {
    this.score = score;
    this.scoreMissing = false;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.score === undefined) {
      this.scoreMissing = true;
      await this.updateComplete;
      this.find<HTMLInputElement>('input')?.focus();
      return;
    }
    if (this.step === 'score' && this.comment) {
      this.step = 'comment';
      return;
    }
    await this.send(this.score);
  }

  private async send(score: number): Promise<void> {
    const comment = this.comment ? this.commentText.trim().slice(0, this.maxLength) : '';
    if (!(await this.storeAnswer('nps', comment ? { score, comment } : { score }))) return;
    this.step = 'thanks';
    this.rounds.finish();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-nps': PalauteNps;
  }
  interface PalauteMessagesByTag {
    'palaute-nps': NpsMessages;
  }
}
