import { Task } from '@lit/task';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { checkSeconds } from '../../kit/common-attributes.js';
import { format } from '../../kit/i18n.js';
import { IdleController } from '../../kit/idle-controller.js';
import { idleNoticeStyles } from '../../kit/idle-notice.styles.js';
import { PalauteElement } from '../../kit/palaute-element.js';
import { ReadAloudController, type Speakable } from '../../kit/read-aloud-controller.js';
import { RoundController } from '../../kit/round-controller.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { AutoAdvance } from './auto-advance.js';
import { emojiSurveyMessages, type EmojiSurveyMessages } from './messages.js';
import { emojiSurveyStyles } from './palaute-emoji-survey.styles.js';
import {
  helpScreen,
  listenButton,
  loadProblemScreen,
  questionScreen,
  thanksScreen,
} from './survey-screens.js';
import type { Survey } from './survey-schema.js';
import { loadSurvey, SurveyProblem } from './survey-source.js';
import { SurveyVoice } from './survey-voice.js';

/** `help`: the help card after a most negative answer on a question that has help. */
type Phase = 'question' | 'help' | 'thanks';
/** `undefined`: not answered yet; `null`: "I don't want to answer". */
export type Answer = number | null | undefined;

/** Kiosk mode: seconds without a touch before a half-answered survey is cleared. */
export const DEFAULT_IDLE_AFTER_SECONDS = 60;

/**
 * @tag palaute-emoji-survey
 * @summary A picture-based survey that a child of five can answer alone: one question per screen,
 * one tap per question, drawn faces with words under them, every text readable aloud, help after
 * a "bad" answer, and "I don't want to answer" on every question.
 *
 * The survey comes from the `survey` property, the `src` attribute (a URL of JSON, e.g. one of
 * the ready surveys in `dist/surveys/`), or a `<script type="application/json">` child, in that
 * order. An invalid survey is shown as an error naming the fields, never as a blank box.
 *
 * @event palaute-answer - The answers are stored in the outbox; `detail` is the envelope, `event.durable` says whether they are in IndexedDB (false: kept in memory for this page only).
 * @event palaute-delivered - The endpoint accepted the answers; `detail` is `{ id }`.
 * @event palaute-error - A configuration, survey or delivery problem; `detail` is `{ code, message, id?, field?, status? }`.
 *
 * @slot - An optional `<script type="application/json">` holding the survey definition.
 *
 * @csspart base - The widget's frame.
 * @csspart title - The survey's title.
 * @csspart progress - The progress dots.
 * @csspart question - The question text (a heading).
 * @csspart listen-button - The button that reads the screen aloud.
 * @csspart speaker-button - A face's own read-aloud button.
 * @csspart picture - The question's picture.
 * @csspart faces - The row of faces.
 * @csspart face-option - One face with its word.
 * @csspart skip-option - "I don't want to answer".
 * @csspart moving-on - The short pause before the next question.
 * @csspart help - The help card after a most negative answer.
 * @csspart help-action - A call or page link on the help card.
 * @csspart idle-notice - Kiosk mode: "Are you still there?".
 * @csspart error - A message: no choice made, or the survey cannot be shown.
 * @csspart button - Every button; `button-primary` is also on the main one.
 * @csspart thanks - The thank-you screen.
 *
 * @cssproperty --palaute-face-fill - The faces' colour, the same for every face. Default #ffe9a8.
 * @cssproperty --palaute-face-size - Width of a face. Default 4.5rem.
 * @cssproperty --palaute-face-ink - Eyes, mouth and outline of the faces, drawn on the fill. Default #1b1b1b.
 */
export class PalauteEmojiSurvey extends PalauteElement {
  static override styles = [sharedStyles, idleNoticeStyles, emojiSurveyStyles];
  static override messageCatalog = emojiSurveyMessages;
  static override properties: PropertyDeclarations = {
    survey: { attribute: false },
    src: {},
    idleAfter: { type: Number, attribute: 'idle-after' },
    audioOrigins: { attribute: 'audio-origins' },
    skipWarmUp: { type: Boolean, attribute: 'skip-warm-up' },
    phase: { state: true, attribute: false },
    step: { state: true, attribute: false },
    answers: { state: true, attribute: false },
    warmUpAnswer: { state: true, attribute: false },
    choiceMissing: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The survey definition as an object; validated like any other source. */
  survey?: unknown;

  /** URL of the survey definition (JSON). */
  src?: string;

  /** Kiosk mode: seconds without a touch before an unfinished survey is cleared (a notice comes first). */
  idleAfter = DEFAULT_IDLE_AFTER_SECONDS;

  /** Origins besides the survey's own that recorded clips may come from, space-separated. */
  audioOrigins?: string;

  /** Leaves out the survey's warm-up question. */
  skipWarmUp = false;

  override respondent = 'child';

  private phase: Phase = 'question';
  /** The screen: the warm-up (when there is one) is step 0, then the questions. */
  private step = 0;
  private answers: Answer[] = [];
  /** Never recorded: it only lets a child try the faces. */
  private warmUpAnswer: Answer;
  private choiceMissing = false;
  /** Said by screen readers when the survey moves on. */
  private announcement = '';
  /** After the help card: the next question, or the thank-you when the answers are already sent. */
  private afterHelp: 'next' | 'thanks' = 'next';
  /** The current choice came from a pointer: only that moves on by itself, keys never do. */
  private byPointer = false;

  private readonly readAloud = new ReadAloudController(this);
  private readonly advance = new AutoAdvance(this);
  private readonly rounds = new RoundController(this, {
    clear: () => {
      this.readAloud.stop();
      this.advance.cancel();
      this.answers = [];
      this.warmUpAnswer = undefined;
      this.step = 0;
      this.choiceMissing = false;
      this.announcement = '';
      this.phase = 'question';
    },
    step: () => `${this.phase}:${this.step}`,
    focusTarget: () =>
      this.renderRoot.querySelector<HTMLElement>(
        { question: '.question', help: '.help-title', thanks: '.thanks-title' }[this.phase],
      ),
  });
  private readonly idle = new IdleController(this, {
    seconds: () => checkSeconds(this.idleAfter, DEFAULT_IDLE_AFTER_SECONDS).value,
    inUse: () =>
      this.phase === 'help' || (this.phase === 'question' && (this.step > 0 || this.current !== undefined)),
    reset: () => this.rounds.reset(),
  });
  /** The definition, loaded again whenever `survey` or `src` changes; a newer load aborts an older one. */
  private readonly surveyTask = new Task(this, {
    task: ([survey, src], { signal }) => loadSurvey(this, survey, src, signal),
    args: () => [this.survey, this.src] as const,
    onComplete: () => this.rounds.reset(),
    onError: (error) => this.reportLoadProblem(error),
  });

  /** Starts over at the first question with nothing chosen. Kiosk mode calls it after the thank-you. */
  reset(): void {
    this.rounds.reset();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { problem } = checkSeconds(this.idleAfter, DEFAULT_IDLE_AFTER_SECONDS);
    if (changed.has('idleAfter') && problem)
      this.reportProblem('invalid-attribute', `attribute "idle-after": ${problem}`, 'idle-after');
  }

  /** Whether the survey opens with its warm-up question. */
  private hasWarmUp(survey: Survey): boolean {
    return Boolean(survey.warmUp) && !this.skipWarmUp;
  }

  /** The index of the current question in `survey.questions`; -1 on the warm-up. */
  private questionIndex(survey: Survey): number {
    return this.step - (this.hasWarmUp(survey) ? 1 : 0);
  }

  private get current(): Answer {
    const survey = this.surveyTask.value;
    if (!survey) return undefined;
    const i = this.questionIndex(survey);
    return i < 0 ? this.warmUpAnswer : this.answers[i];
  }

  protected override render() {
    const m = this.messagesFrom(emojiSurveyMessages);
    const loading = html`<p class="status" role="status">${m.loading}</p>`;
    const warning = format(m.idleWarning, { seconds: this.idle.warningSeconds });
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.idle.notice(warning, m.idleContinue, listenButton(m, this.readAloud, this.spoken(warning, m.idleContinue)))}
      ${this.surveyTask.render({
        initial: () => loading,
        pending: () => loading,
        error: (error) => loadProblemScreen(m, error),
        complete: (survey) => this.renderSurvey(m, survey),
      })}
      <p class="sr-only" role="status">${this.announcement}</p>
    </div>`;
  }

  private renderSurvey(m: EmojiSurveyMessages, survey: Survey) {
    const base = this.survey === undefined && this.src ? this.src : document.baseURI;
    const voice = new SurveyVoice(survey, base, this.audioOrigins?.split(/\s+/) ?? [], this.locale);
    const listen = (items: Speakable[]) => listenButton(m, this.readAloud, items);
    const ui = { m, locale: this.locale, voice, survey, listen };
    if (this.phase === 'thanks') return thanksScreen(ui, this.kiosk, this.titleLevel);
    const qi = this.questionIndex(survey);
    if (this.phase === 'help') {
      const onContinue = () => this.afterHelpCard();
      return helpScreen(ui, survey.questions[qi]!, { headingLevel: this.titleLevel, onContinue });
    }
    return questionScreen(ui, {
      fresh: (template) => this.rounds.fresh(template),
      index: qi,
      last: qi === survey.questions.length - 1,
      chosen: this.current,
      invalid: this.choiceMissing,
      movingOn: this.advance.pending,
      headingLevel: this.titleLevel,
      canHear: (item) => this.readAloud.canHear(item),
      onListen: (items) => this.readAloud.play(items),
      onChoose: (answer) => this.choose(survey, answer),
      onPointer: (byPointer) => (this.byPointer = byPointer),
      onStay: () => this.advance.cancel(),
      onBack: this.step > 0 ? () => this.back() : undefined,
      onSubmit: (event) => this.onSubmit(event, survey),
    });
  }

  /** The widget's own texts, heard in its language (no clips: they hold numbers). */
  private spoken(...texts: string[]): Speakable[] {
    return texts.map((text) => ({ text, lang: this.locale }));
  }

  private choose(survey: Survey, answer: number | null): void {
    const i = this.questionIndex(survey);
    if (i < 0) this.warmUpAnswer = answer;
    else this.answers = Object.assign([...this.answers], { [i]: answer });
    this.choiceMissing = false;
    // The last question waits for Send: sending cannot be undone, so it is one deliberate tap.
    if (this.byPointer && i < survey.questions.length - 1) this.advance.start(() => this.forward(survey));
    else this.advance.cancel();
  }

  private back(): void {
    this.advance.cancel();
    this.readAloud.stop();
    this.choiceMissing = false;
    this.step -= 1;
    this.rounds.rebuild();
  }

  private onSubmit(event: SubmitEvent, survey: Survey): void {
    event.preventDefault();
    void this.forward(survey);
  }

  /** Leaves the current question forward: help card, next question, or sending. */
  private async forward(survey: Survey): Promise<void> {
    this.advance.cancel();
    if (this.current === undefined) {
      this.choiceMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
      return;
    }
    this.readAloud.stop();
    const i = this.questionIndex(survey);
    const last = i === survey.questions.length - 1;
    const needsHelp = i >= 0 && survey.questions[i]!.help !== undefined && this.current === 1;
    if (last && !(await this.send(survey))) return;
    if (needsHelp) {
      this.afterHelp = last ? 'thanks' : 'next';
      this.phase = 'help';
    } else if (last) {
      this.finish();
    } else {
      this.moveTo(survey, this.step + 1);
    }
  }

  private afterHelpCard(): void {
    const survey = this.surveyTask.value;
    this.readAloud.stop();
    if (this.afterHelp === 'thanks' || !survey) this.finish();
    else this.moveTo(survey, this.step + 1);
  }

  private moveTo(survey: Survey, step: number): void {
    this.phase = 'question';
    this.step = step;
    this.rounds.rebuild();
    const m = this.messagesFrom(emojiSurveyMessages);
    const current = this.questionIndex(survey) + 1;
    this.announcement = format(m.progress, { current, total: survey.questions.length });
  }

  private finish(): void {
    this.phase = 'thanks';
    this.announcement = '';
    this.rounds.finish();
  }

  /** Stores the answers; the warm-up and whether help was shown are never part of them. */
  private async send(survey: Survey): Promise<boolean> {
    const answers = survey.questions.map((question, i) => ({
      questionId: question.id,
      value: this.answers[i] ?? null,
    }));
    if (!(await this.storeAnswer('emoji-survey', { surveyId: survey.id, answers }))) return false;
    // The answers are in the outbox now; the screen keeps none of them.
    this.answers = [];
    this.warmUpAnswer = undefined;
    return true;
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
