import { Task } from '@lit/task';
import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { faceChoicesStyles } from '../../kit/face-choices.styles.js';
import { format } from '../../kit/i18n.js';
import { DEFAULT_IDLE_AFTER_SECONDS, KioskController } from '../../kit/kiosk-controller.js';
import { listenButton } from '../../kit/listen-button.js';
import { LocalizeController } from '../../kit/localize-controller.js';
import { PalauteElement } from '../../kit/palaute-element.js';
import { ReadAloudController, type Speakable } from '../../kit/read-aloud-controller.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { AutoAdvance } from './auto-advance.js';
import type { ClosingNote } from './closing-note.js';
import { emojiSurveyMessages, type EmojiSurveyMessages } from './messages.js';
import { emojiSurveyStyles } from './palaute-emoji-survey.styles.js';
import { helpScreen, loadProblemScreen, questionScreen, thanksScreen } from './survey-screens.js';
import type { Survey } from './survey-schema.js';
import { loadSurvey, SurveyProblem } from './survey-source.js';
import { SurveyVoice } from './survey-voice.js';
import {
  answersOf,
  backFrom,
  choiceIn,
  forwardFrom,
  isUnderway,
  NEW_WALK,
  onLastQuestion,
  pastHelp,
  questionIndex,
  withChoice,
  type SurveyWalk,
} from './survey-walk.js';

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
  static override styles = [sharedStyles, faceChoicesStyles, emojiSurveyStyles];
  static override properties: PropertyDeclarations = {
    survey: { attribute: false },
    src: {},
    idleAfter: { type: Number, attribute: 'idle-after' },
    audioOrigins: { attribute: 'audio-origins' },
    skipWarmUp: { type: Boolean, attribute: 'skip-warm-up' },
    showNotes: { type: Boolean, attribute: 'show-notes' },
    walk: { state: true, attribute: false },
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

  /** The thank-you screen shows the unit's latest "you said, we did" note, read from the endpoint's collector. */
  showNotes = false;

  override respondent = 'child';

  /** The screen the child is on and what they have chosen. */
  private walk: SurveyWalk = NEW_WALK;
  private choiceMissing = false;
  /** Said by screen readers when the survey moves on. */
  private announcement = '';
  /** The current choice came from a pointer: only that moves on by itself, keys never do. */
  private byPointer = false;
  /** `show-notes`: this round's note once loaded. */
  private note: ClosingNote | undefined;

  protected override readonly localize = new LocalizeController(this, emojiSurveyMessages);
  private readonly readAloud = new ReadAloudController(this);
  private readonly advance = new AutoAdvance(this);
  protected override readonly rounds = new KioskController(this, {
    clear: () => {
      this.readAloud.stop();
      this.advance.cancel();
      this.walk = NEW_WALK;
      this.choiceMissing = false;
      this.announcement = '';
      this.note = undefined;
    },
    step: () => `${this.walk.phase}:${this.walk.step}`,
    focusTarget: () =>
      this.renderRoot.querySelector<HTMLElement>(
        { question: '.question', help: '.help-title', thanks: '.thanks-title' }[this.walk.phase],
      ),
    // An error shown counts: the next child must not find the previous one's "choose a face".
    inUse: () => isUnderway(this.walk, this.hasWarmUp) || this.choiceMissing,
    idleAfter: DEFAULT_IDLE_AFTER_SECONDS,
  });
  /** The definition, loaded again whenever `survey` or `src` changes; a newer load aborts an older one. */
  private readonly surveyTask = new Task(this, {
    task: ([survey, src], { signal }) => loadSurvey(this, survey, src, signal),
    args: () => [this.survey, this.src] as const,
    onComplete: () => this.rounds.reset(),
    onError: (error) => this.reportLoadProblem(error),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The warm-up on or off numbers the screens anew: start over rather than jump to another question.
    if (changed.has('skipWarmUp') && this.hasUpdated) this.rounds.reset();
  }

  /** Whether the survey opens with its warm-up question. */
  private get hasWarmUp(): boolean {
    return Boolean(this.surveyTask.value?.warmUp) && !this.skipWarmUp;
  }

  protected override render() {
    const m = this.localize.messages;
    const loading = html`<p class="status" role="status">${m.loading}</p>`;
    const { idle } = this.rounds;
    const heard = idle ? this.spoken(idle.warningText(m), m.idleContinue) : [];
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.rounds.notice(m, listenButton(m.listen, this.readAloud, heard))}
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
    const listen = (items: Speakable[]) => listenButton(m.listen, this.readAloud, items);
    const ui = { m, locale: this.locale, voice, survey, listen };
    const { phase, step } = this.walk;
    if (phase === 'thanks') return thanksScreen(ui, this.kiosk, this.titleLevel, this.note);
    const qi = questionIndex(this.walk, this.hasWarmUp);
    if (phase === 'help') {
      const onContinue = () => this.continueAfterHelp(survey);
      return helpScreen(ui, survey.questions[qi]!, { headingLevel: this.titleLevel, onContinue });
    }
    return questionScreen(ui, {
      fresh: (template) => this.rounds.fresh(template),
      index: qi,
      last: onLastQuestion(this.walk, survey, this.hasWarmUp),
      chosen: choiceIn(this.walk, this.hasWarmUp),
      invalid: this.choiceMissing,
      movingOn: this.advance.pending,
      headingLevel: this.titleLevel,
      canHear: (item) => this.readAloud.canHear(item),
      onListen: (items) => this.readAloud.play(items),
      onChoose: (answer) => this.choose(survey, answer),
      onPointer: (byPointer) => (this.byPointer = byPointer),
      onStay: () => this.advance.cancel(),
      onBack: step > 0 ? () => this.back() : undefined,
      onSubmit: (event) => this.onSubmit(event, survey),
    });
  }

  /** The widget's own texts, heard in its language (no clips: they hold numbers). */
  private spoken(...texts: string[]): Speakable[] {
    return texts.map((text) => ({ text, lang: this.locale }));
  }

  private choose(survey: Survey, answer: number | null): void {
    this.walk = withChoice(this.walk, this.hasWarmUp, answer);
    this.choiceMissing = false;
    // The last question waits for Send: sending cannot be undone, so it is one deliberate tap.
    if (this.byPointer && !onLastQuestion(this.walk, survey, this.hasWarmUp))
      this.advance.start(() => this.forward(survey));
    else this.advance.cancel();
  }

  private back(): void {
    this.advance.cancel();
    this.readAloud.stop();
    this.choiceMissing = false;
    this.walk = backFrom(this.walk);
    this.rounds.rebuild();
  }

  private onSubmit(event: SubmitEvent, survey: Survey): void {
    event.preventDefault();
    void this.forward(survey);
  }

  /** Leaves the current question forward: help card, next question, or sending and the thank-you. */
  private async forward(survey: Survey): Promise<void> {
    this.advance.cancel();
    if (choiceIn(this.walk, this.hasWarmUp) === undefined) {
      this.choiceMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[name="answer"]')?.focus();
      return;
    }
    this.readAloud.stop();
    const next = forwardFrom(this.walk, survey, this.hasWarmUp);
    if (onLastQuestion(this.walk, survey, this.hasWarmUp)) {
      const data = { surveyId: survey.id, answers: answersOf(this.walk, survey) };
      if (!(await this.storeAnswer('emoji-survey', data))) return;
    }
    this.show(survey, next);
  }

  private continueAfterHelp(survey: Survey): void {
    this.readAloud.stop();
    this.show(survey, pastHelp(this.walk));
  }

  /** Moves to `next`: a new question is new DOM and is announced; the thank-you ends the round. */
  private show(survey: Survey, next: SurveyWalk): void {
    this.walk = next;
    if (next.phase === 'thanks') {
      this.announcement = '';
      this.rounds.finish();
      if (this.showNotes) this.showNote();
    } else if (next.phase === 'question') {
      this.rounds.rebuild();
      const m = this.localize.messages;
      const current = questionIndex(next, this.hasWarmUp) + 1;
      this.announcement = format(m.progress, { current, total: survey.questions.length });
    }
  }

  /** Loads the note's chunk and the note when the thank-you is reached; nothing waits for it. */
  private showNote(): void {
    const { walk } = this;
    const endpoint = this.resolveEndpoint();
    const unit = this.effectiveUnit;
    if (endpoint && unit)
      void import('./closing-note.js')
        .then(({ closingNote }) => closingNote(this.shadowRoot, endpoint.url, unit, this.locale))
        .then((note) => {
          // A kiosk round that started meanwhile is another child's: it never gets this one's note.
          if (this.walk !== walk) return;
          this.note = note;
          this.requestUpdate();
        });
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
