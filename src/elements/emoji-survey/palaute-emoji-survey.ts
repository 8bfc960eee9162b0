import { Task } from '@lit/task';
import { html, nothing, type PropertyDeclarations } from 'lit';
import { heading } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import { PalauteElement } from '../../kit/palaute-element.js';
import { onRadioGroupKeydown } from '../../kit/radio-group-keys.js';
import { ReadAloudController } from '../../kit/read-aloud-controller.js';
import { RoundController } from '../../kit/round-controller.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { faceChoices } from './face-choices.js';
import type { Locale } from '../../schema/constants.js';
import { emojiSurveyMessages, type EmojiSurveyMessages } from './messages.js';
import { emojiSurveyStyles } from './palaute-emoji-survey.styles.js';
import { localizedText, type LocalizedText, type Survey } from './survey-schema.js';
import { loadSurvey, SurveyProblem } from './survey-source.js';

type Phase = 'question' | 'thanks';
/** `undefined`: not answered yet; `null`: "I don't want to answer". */
type Answer = number | null | undefined;

const LONG_PRESS_MS = 500;

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
 * @cssproperty --palaute-face-fill - The faces' colour, the same for every face. Default #ffe9a8.
 * @cssproperty --palaute-face-size - Width of a face. Default 4.5rem.
 * @cssproperty --palaute-face-ink - Eyes, mouth and outline of the faces, drawn on the fill. Default #1b1b1b.
 */
export class PalauteEmojiSurvey extends PalauteElement {
  static override styles = [sharedStyles, emojiSurveyStyles];
  static override properties: PropertyDeclarations = {
    survey: { attribute: false },
    src: {},
    phase: { state: true, attribute: false },
    index: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    choiceMissing: { state: true, attribute: false },
  };

  /** The survey definition as an object; validated like any other source. */
  survey?: unknown;

  /** URL of the survey definition (JSON). */
  src?: string;

  override respondent = 'child';

  private phase: Phase = 'question';
  private index = 0;
  private answers: Answer[] = [];
  private choiceMissing = false;

  private readonly readAloud = new ReadAloudController(this);
  private readonly rounds = new RoundController(this, {
    clear: () => {
      this.readAloud.stop();
      this.speakFaces = false;
      this.answers = [];
      this.index = 0;
      this.choiceMissing = false;
      this.phase = 'question';
    },
    step: () => `${this.phase}:${this.index}`,
    focusTarget: () =>
      this.renderRoot.querySelector<HTMLElement>(this.phase === 'thanks' ? '.thanks-title' : '.question'),
  });
  /** The definition, loaded again whenever `survey` or `src` changes; a newer load aborts an older one. */
  private readonly surveyTask = new Task(this, {
    task: ([survey, src], { signal }) => loadSurvey(this, survey, src, signal),
    args: () => [this.survey, this.src] as const,
    onComplete: () => this.rounds.reset(),
    onError: (error) => this.reportLoadProblem(error),
  });
  /** After the child has asked for read-aloud once, faces are read out as they get focus. */
  private speakFaces = false;
  private longPress: ReturnType<typeof setTimeout> | undefined;

  /** Starts over at the first question with nothing chosen. Kiosk mode calls it after the thank-you. */
  reset(): void {
    this.rounds.reset();
  }

  protected override render() {
    const m = this.messagesFrom(emojiSurveyMessages);
    const loading = html`<p class="status" role="status">${m.loading}</p>`;
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.surveyTask.render({
        initial: () => loading,
        pending: () => loading,
        error: (error) => this.renderLoadProblem(m, error),
        complete: (survey) => this.renderSurvey(m, survey),
      })}
    </div>`;
  }

  private renderLoadProblem(m: EmojiSurveyMessages, error: unknown) {
    const problems = error instanceof SurveyProblem ? error.problems : [String(error)];
    return html`<div role="alert" part="error" class="error">
      <p>${m.loadFailed}</p>
      <ul class="problems">
        ${problems.map((problem) => html`<li>${problem}</li>`)}
      </ul>
    </div>`;
  }

  private renderSurvey(m: EmojiSurveyMessages, survey: Survey) {
    if (this.phase === 'thanks') {
      return html`<div class="thanks" part="thanks">
        ${heading(this.titleLevel, 'thanks-title', m.thanks)}
        ${survey.closing ? html`<p>${this.text(survey.closing)}</p>` : nothing}
        ${this.kiosk ? html`<p>${m.kioskNext}</p>` : nothing}
      </div>`;
    }
    const last = this.index === survey.questions.length - 1;
    return html`${survey.title ? html`<p class="title" part="title">${this.text(survey.title)}</p>` : nothing}
      ${this.renderProgress(m, survey)}
      <form novalidate @submit=${this.onSubmit}>
        ${this.rounds.fresh(this.renderQuestion(m, survey))}
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
    const spoken = localizedText(question.text, this.locale);
    return html`<fieldset
      aria-describedby=${this.choiceMissing ? 'choice-error' : nothing}
      @keydown=${onRadioGroupKeydown}
    >
      <legend>
        <span class="question" part="question" role="heading" aria-level=${this.titleLevel} tabindex="-1"
          >${this.text(question.text)}</span
        >
      </legend>
      ${
        this.readAloud.canSpeak(spoken.lang)
          ? html`<button
              type="button"
              class="listen"
              part="button listen-button"
              @click=${() => this.listen(spoken.text, spoken.lang)}
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
              alt=${localizedText(question.picture.alt, this.locale).text}
              lang=${localizedText(question.picture.alt, this.locale).lang}
            />`
          : nothing
      }
      ${faceChoices({
        scale,
        words,
        chosen,
        invalid: this.choiceMissing,
        skipLabel: question.allowSkip === false ? undefined : m.skip,
        onChoose: (answer) => this.choose(answer),
        onFocusWord: (word) => this.speakFaces && this.readAloud.speak(word, this.locale),
        onPressStart: (word) => this.startLongPress(word),
        onPressEnd: () => this.cancelLongPress(),
      })}
      ${
        this.choiceMissing
          ? html`<p id="choice-error" class="error" part="error">${m.choiceRequired}</p>`
          : nothing
      }
    </fieldset>`;
  }

  /** A survey text, marked with its language where it fell back from the widget's. */
  private text(value: LocalizedText) {
    const { text, lang } = localizedText(value, this.locale);
    return lang === this.locale ? text : html`<span lang=${lang}>${text}</span>`;
  }

  private choose(answer: number | null): void {
    const answers = [...this.answers];
    answers[this.index] = answer;
    this.answers = answers;
    this.choiceMissing = false;
  }

  private listen(text: string, lang: Locale): void {
    this.speakFaces = true;
    this.readAloud.speak(text, lang);
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
    this.goTo(this.index - 1);
  }

  /** Another question: its radios are new DOM, so no choice carries over from the last one. */
  private goTo(index: number): void {
    this.index = index;
    this.rounds.rebuild();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const survey = this.surveyTask.value;
    if (!survey) return;
    if (this.answers[this.index] === undefined) {
      this.choiceMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
      return;
    }
    this.readAloud.stop();
    if (this.index < survey.questions.length - 1) this.goTo(this.index + 1);
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
    this.rounds.finish();
  }

  private reportLoadProblem(error: unknown): void {
    const problem = error instanceof SurveyProblem ? error : new SurveyProblem('survey', [String(error)]);
    this.reportProblem('invalid-survey', problem.message, problem.origin);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-emoji-survey': PalauteEmojiSurvey;
  }
  interface PalauteMessagesByTag {
    'palaute-emoji-survey': EmojiSurveyMessages;
  }
}
