import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { FocusFollowsStepController } from '../../core/element/focus-follows-step-controller.js';
import { KioskResetController } from '../../core/element/kiosk-controller.js';
import { PalauteElement } from '../../core/element/palaute-element.js';
import { onRadioGroupKeydown } from '../../core/element/radio-group-keys.js';
import { ReadAloudController } from '../../core/element/read-aloud-controller.js';
import { sharedStyles } from '../../core/element/shared.styles.js';
import { format } from '../../core/i18n.js';
import { reportError } from '../../core/log.js';
import { describeIssues } from '../../core/validation.js';
import { face } from './faces.js';
import { emojiSurveyMessages, type EmojiSurveyMessages } from './messages.js';
import { emojiSurveyStyles } from './palaute-emoji-survey.styles.js';
import { surveySchema, textIn, type LocalizedText, type Survey } from './survey-schema.js';

type Phase = 'loading' | 'error' | 'question' | 'thanks';
/** `undefined`: not answered yet; `null`: "I don't want to answer". */
type Answer = number | null | undefined;

const LONG_PRESS_MS = 500;

class SurveyUnavailable extends Error {}

/**
 * @tag palaute-emoji-survey
 * @summary A picture-based survey that a child of five can answer alone: one question per screen,
 * drawn faces with words under them, read-aloud, and "I don't want to answer" on every question.
 *
 * The survey comes from the `survey` property, the `src` attribute (a URL of JSON, e.g. one of
 * the ready surveys in `dist/surveys/`), or a `<script type="application/json">` child, in that
 * order. An invalid survey is shown as an error naming the fields, never as a blank box.
 *
 * @event palaute-answer - The answers are stored durably in the outbox; `detail` is the envelope.
 * @event palaute-delivered - The endpoint accepted the answers; `detail` is `{ id }`.
 * @event palaute-error - A configuration, survey or delivery problem; `detail` is `{ code, message, id?, field?, status? }`.
 *
 * @slot - An optional `<script type="application/json">` holding the survey definition.
 *
 * @csspart base - The widget's frame.
 * @csspart title - The survey's title.
 * @csspart progress - The progress dots.
 * @csspart question - The question text (a heading).
 * @csspart listen-button - The read-aloud button.
 * @csspart picture - The question's picture.
 * @csspart faces - The row of faces.
 * @csspart face-option - One face with its word.
 * @csspart skip-option - "I don't want to answer".
 * @csspart error - A message: no choice made, or the survey cannot be shown.
 * @csspart button - Every button; `button-primary` is also on the main one.
 * @csspart thanks - The thank-you screen.
 *
 * @cssproperty --palaute-color-accent - Chosen face, progress and main button. Default #005ea5.
 * @cssproperty --palaute-color-on-accent - Text on the accent colour. Default #fff.
 * @cssproperty --palaute-color-text - Text colour. Default: inherited from the page.
 * @cssproperty --palaute-color-surface - Background. Default: transparent frame, white faces.
 * @cssproperty --palaute-color-border - Borders. Default #6b6b6b.
 * @cssproperty --palaute-color-focus - Focus ring. Default #1a73e8.
 * @cssproperty --palaute-color-error - Error text. Default #b3261e.
 * @cssproperty --palaute-face-fill - The faces' colour, the same for every face. Default #ffe9a8.
 * @cssproperty --palaute-face-size - Width of a face. Default 4.5rem.
 * @cssproperty --palaute-radius - Corner radius. Default 0.5rem.
 * @cssproperty --palaute-spacing - Padding inside the frame. Default 1rem.
 */
export class PalauteEmojiSurvey extends PalauteElement {
  static override styles = [sharedStyles, emojiSurveyStyles];
  static override properties: PropertyDeclarations = {
    survey: { attribute: false },
    src: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    phase: { state: true, attribute: false },
    loaded: { state: true, attribute: false },
    problems: { state: true, attribute: false },
    index: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    choiceMissing: { state: true, attribute: false },
    round: { state: true, attribute: false },
  };

  /** The survey definition as an object; validated like any other source. */
  survey?: unknown;

  /** URL of the survey definition (JSON). */
  src?: string;

  /** The level of the question heading (`aria-level`), to fit the page's outline. */
  headingLevel = 2;

  override respondent = 'child';

  private phase: Phase = 'loading';
  private loaded: Survey | undefined;
  private problems: string[] = [];
  private index = 0;
  private answers: Answer[] = [];
  private choiceMissing = false;
  /** Bumped on reset so every question's DOM is rebuilt. */
  private round = 0;

  private readonly readAloud = new ReadAloudController(this);
  private readonly kioskReset = new KioskResetController(this, () => this.reset());
  private readonly focusFollowsStep = new FocusFollowsStepController(
    this,
    () => `${this.phase}:${this.index}:${this.round}`,
    () => this.renderRoot.querySelector<HTMLElement>(this.phase === 'thanks' ? '.thanks-title' : '.question'),
  );
  /** After the child has asked for read-aloud once, faces are read out as they get focus. */
  private speakFaces = false;
  private longPress: ReturnType<typeof setTimeout> | undefined;
  private loads = 0;

  /** Starts over at the first question with nothing chosen. Kiosk mode calls it after the thank-you. */
  reset(): void {
    this.kioskReset.cancel();
    this.delivery.forget();
    this.readAloud.stop();
    this.speakFaces = false;
    this.answers = [];
    this.index = 0;
    this.choiceMissing = false;
    this.round += 1;
    if (this.loaded) this.phase = 'question';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('survey') || changed.has('src')) {
      void this.load();
    }
  }

  protected override render() {
    const m = this.messagesFrom(emojiSurveyMessages);
    return html`<div part="base" class="base">${this.renderPhase(m)}</div>`;
  }

  private renderPhase(m: EmojiSurveyMessages) {
    const survey = this.loaded;
    if (this.phase === 'error') {
      return html`<div role="alert" part="error" class="error">
        <p>${m.loadFailed}</p>
        <ul class="problems">
          ${this.problems.map((problem) => html`<li>${problem}</li>`)}
        </ul>
      </div>`;
    }
    if (this.phase === 'loading' || !survey) return html`<p class="status" role="status">${m.loading}</p>`;
    if (this.phase === 'thanks') {
      return html`<div class="thanks" part="thanks">
        <p class="thanks-title" tabindex="-1">${m.thanks}</p>
        ${survey.closing ? html`<p>${this.text(survey.closing)}</p>` : nothing}
        ${this.kiosk ? html`<p>${m.kioskNext}</p>` : nothing}
      </div>`;
    }
    const last = this.index === survey.questions.length - 1;
    return html`${survey.title ? html`<p class="title" part="title">${this.text(survey.title)}</p>` : nothing}
      ${this.renderProgress(m, survey)}
      <form novalidate @submit=${this.onSubmit}>
        ${keyed(`${this.round}-${this.index}`, this.renderQuestion(m, survey))}
        <div class="actions">
          ${
            this.index > 0
              ? html`<button type="button" part="button" @click=${this.back}>${m.back}</button>`
              : nothing
          }
          <button type="submit" class="primary" part="button button-primary">
            ${last ? m.send : m.next}
          </button>
        </div>
      </form>`;
  }

  private renderProgress(m: EmojiSurveyMessages, survey: Survey) {
    const total = survey.questions.length;
    return html`<div class="progress" part="progress">
      <span class="sr-only">${format(m.progress, { current: this.index + 1, total })}</span>
      <ol aria-hidden="true">
        ${survey.questions.map(
          (_, i) => html`<li class=${i < this.index ? 'done' : i === this.index ? 'current' : ''}></li>`,
        )}
      </ol>
    </div>`;
  }

  private renderQuestion(m: EmojiSurveyMessages, survey: Survey) {
    const question = survey.questions[this.index]!;
    const scale = question.scale ?? survey.scale;
    const words = (scale === 3 ? m.faces3 : m.faces5).split('|');
    const chosen = this.answers[this.index];
    const questionText = this.text(question.text);
    return html`<fieldset
      aria-describedby=${this.choiceMissing ? 'choice-error' : nothing}
      @keydown=${onRadioGroupKeydown}
    >
      <legend>
        <span class="question" part="question" role="heading" aria-level=${this.headingLevel} tabindex="-1"
          >${questionText}</span
        >
      </legend>
      ${
        this.readAloud.canSpeak(this.locale)
          ? html`<button
              type="button"
              class="listen"
              part="button listen-button"
              @click=${() => this.listen(questionText)}
            >
              <span aria-hidden="true">🔊</span> ${m.listen}
            </button>`
          : nothing
      }
      ${
        question.picture
          ? html`<img
              class="picture"
              part="picture"
              src=${question.picture.src}
              alt=${this.text(question.picture.alt)}
            />`
          : nothing
      }
      <div class="faces faces-${scale}" part="faces">
        ${words.slice(0, scale).map((word, i) => {
          const level = i + 1;
          return html`<label
            class="face-option"
            part="face-option"
            @pointerdown=${() => this.startLongPress(word)}
            @pointerup=${this.cancelLongPress}
            @pointerleave=${this.cancelLongPress}
          >
            <input
              type="radio"
              name="answer"
              .value=${String(level)}
              .checked=${chosen === level}
              aria-invalid=${this.choiceMissing ? 'true' : nothing}
              @change=${() => this.choose(level)}
              @focus=${() => this.speakFaces && this.readAloud.speak(word, this.locale)}
            />${face(level, scale)}<span class="face-word">${word}</span>
          </label>`;
        })}
      </div>
      ${
        question.allowSkip === false
          ? nothing
          : html`<label class="skip-option" part="skip-option">
              <input
                type="radio"
                name="answer"
                value="skip"
                .checked=${chosen === null}
                aria-invalid=${this.choiceMissing ? 'true' : nothing}
                @change=${() => this.choose(null)}
              /><span>${m.skip}</span>
            </label>`
      }
      ${
        this.choiceMissing
          ? html`<p id="choice-error" class="error" part="error">${m.choiceRequired}</p>`
          : nothing
      }
    </fieldset>`;
  }

  private text(value: LocalizedText): string {
    return textIn(value, this.locale);
  }

  private choose(answer: number | null): void {
    const answers = [...this.answers];
    answers[this.index] = answer;
    this.answers = answers;
    this.choiceMissing = false;
  }

  private listen(text: string): void {
    this.speakFaces = true;
    this.readAloud.speak(text, this.locale);
  }

  private startLongPress(word: string): void {
    this.cancelLongPress();
    this.longPress = setTimeout(() => this.readAloud.speak(word, this.locale), LONG_PRESS_MS);
  }

  private cancelLongPress(): void {
    clearTimeout(this.longPress);
  }

  private back(): void {
    this.choiceMissing = false;
    this.index -= 1;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const survey = this.loaded;
    if (!survey) return;
    if (this.answers[this.index] === undefined) {
      this.choiceMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
      return;
    }
    this.readAloud.stop();
    if (this.index < survey.questions.length - 1) this.index += 1;
    else await this.send(survey);
  }

  private async send(survey: Survey): Promise<void> {
    const answers = survey.questions.map((question, i) => ({
      questionId: question.id,
      value: this.answers[i] ?? null,
    }));
    if (!(await this.storeAnswer('emoji-survey', { surveyId: survey.id, answers }))) return;
    // The answers are in the outbox now; the screen keeps none of them.
    this.answers = [];
    this.phase = 'thanks';
    if (this.kiosk) this.kioskReset.schedule(this.resetAfterSeconds());
  }

  /** Loads the survey from the first source given; the newest load wins if sources change meanwhile. */
  private async load(): Promise<void> {
    const load = ++this.loads;
    let origin = 'survey';
    let definition: unknown;
    try {
      if (this.survey !== undefined) {
        definition = this.survey;
      } else if (this.src) {
        origin = `src "${this.src}"`;
        this.phase = 'loading';
        definition = await fetchJson(this.src);
      } else {
        origin = 'inline <script type="application/json">';
        definition = readInlineSurvey(this);
      }
    } catch (error) {
      if (load === this.loads)
        this.fail(origin, [error instanceof SurveyUnavailable ? error.message : String(error)]);
      return;
    }
    if (load !== this.loads) return;
    const parsed = surveySchema.safeParse(definition);
    if (!parsed.success) return this.fail(origin, describeIssues(parsed.error.issues));
    this.loaded = parsed.data;
    this.problems = [];
    this.reset();
  }

  private fail(origin: string, problems: string[]): void {
    this.loaded = undefined;
    this.problems = problems;
    this.phase = 'error';
    const message = `<palaute-emoji-survey> ${origin}: the survey cannot be shown. ${problems.join('; ')}`;
    reportError(message);
    this.dispatchEvent(
      new CustomEvent('palaute-error', {
        detail: { code: 'invalid-survey', message, field: origin },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

async function fetchJson(src: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(src, document.baseURI));
  } catch {
    throw new SurveyUnavailable('could not be fetched (network error or blocked by the browser)');
  }
  if (!response.ok) throw new SurveyUnavailable(`the server answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new SurveyUnavailable('the response is not JSON');
  }
}

function readInlineSurvey(host: HTMLElement): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) {
    throw new SurveyUnavailable(
      'no survey: set the survey property or the src attribute, or put a <script type="application/json"> inside',
    );
  }
  try {
    return JSON.parse(script.textContent ?? '');
  } catch (error) {
    throw new SurveyUnavailable(`not valid JSON: ${(error as Error).message}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-emoji-survey': PalauteEmojiSurvey;
  }
}
