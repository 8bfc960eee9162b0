import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getConfig } from '../../delivery/configure.js';
import { checkIdentifier } from '../../kit/common-attributes.js';
import { newId } from '../../delivery/ids.js';
import { faceChoicesStyles } from '../../kit/face-choices.styles.js';
import { format } from '../../kit/i18n.js';
import { DEFAULT_IDLE_AFTER_SECONDS, KioskController } from '../../kit/kiosk-controller.js';
import { listenButton } from '../../kit/listen-button.js';
import { deliveryStatusText } from '../../kit/delivery-status.js';
import { LocalizeController } from '../../kit/localize-controller.js';
import { numberScaleStyles } from '../../kit/number-scale.styles.js';
import { PalauteElement } from '../../kit/palaute-element.js';
import { ReadAloudController, type Speakable } from '../../kit/read-aloud-controller.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { textFieldStyles } from '../../kit/text-field.styles.js';
import type { RespondentRole } from '../../schema/constants.js';
import { MEETING_ITEMS } from '../../schema/meeting-constants.js';
import { meetingData, noScores, onFaces, type Score } from './meeting-answers.js';
import { meetingLink, readMeetingLink } from './meeting-link.js';
import { closedScreen, commentScreen, endScreen, itemScreen, roleScreen } from './meeting-screens.js';
import { MeetingSummary } from './meeting-summary.js';
import { meetingSurveyMessages, type MeetingSurveyMessages } from './messages.js';
import { OwnPhoneController } from './own-phone-controller.js';
import { OwnSurveyController } from './own-survey-controller.js';
import { meetingSurveyStyles } from './palaute-meeting-survey.styles.js';

/** Role, then the items one by one, then the comment; then the hand-over, or the meeting's end. */
type Step = 'role' | 'item' | 'comment' | 'handover' | 'done' | 'closed';

/**
 * @tag palaute-meeting-survey
 * @summary A one-minute anonymous survey at the end of a client-plan meeting, on one device passed
 * around: each person says who they are (child or young person, parent, relative, worker of the
 * organisation, municipal worker, someone else), answers the same four items (being heard, talking
 * about what matters, working together, the meeting as a whole; adults on 0–10, a child on faces
 * read aloud, "I don't want to answer" on every item) and an optional "What should we do
 * differently next time?", then hands the device on. Each person's answers are one envelope of
 * kind `meeting`; everyone in one meeting shares a random meeting id made on the device, which
 * "Everyone has answered" forgets. After the hand-over nothing of the previous person is on screen,
 * in the DOM or in the element.
 *
 * A site can give its own survey instead of the ready one (own-survey-schema.ts): the `survey`
 * property, a `src` URL or a `<script type="application/json">` child, as for the emoji survey.
 * Its items replace the four; the role question stays, and the free text unless `"comment": false`.
 * The envelope carries `surveyId` and the items by their ids. One that cannot be shown is reported
 * in the console naming the fields, and the element says politely that it cannot be shown.
 *
 * `respondent` is, as on every widget, what the page says and goes to `context.respondent`
 * (usually left out here); each person's own role is `data.role`.
 *
 * @event palaute-answer - One person's answers are stored in the outbox; `detail` is the envelope, `event.durable` says whether they are in IndexedDB.
 * @event palaute-delivered - The endpoint accepted the answers; `detail` is `{ id }`.
 * @slot - An optional `<script type="application/json">` holding a site's own survey.
 *
 * @event palaute-error - A configuration, survey or delivery problem; `detail` is `{ code, message, id?, field?, status? }`.
 *
 * @csspart base - The widget's frame.
 * @csspart question - The question (a heading in the legend).
 * @csspart progress - "Question 1 / 4" above an item.
 * @csspart roles - The role choices.
 * @csspart role-option - One role (a label around its radio).
 * @csspart scale - The row of the eleven numbers.
 * @csspart option - One number.
 * @csspart end-labels - The explanations of 0 and 10.
 * @csspart faces - The row of faces.
 * @csspart face-option - One face with its word.
 * @csspart skip-option - "I don't want to answer".
 * @csspart listen-button - The button that reads the question and the choices aloud.
 * @csspart speaker-button - A face's own read-aloud button.
 * @csspart error - The message shown when Next is pressed without a choice, or when a site's own survey cannot be shown.
 * @csspart comment-field - The comment textarea.
 * @csspart counter - The character counter under the comment.
 * @csspart button - Every button; `button-primary` is also on the main one.
 * @csspart thanks - The hand-over and the meeting's end.
 * @csspart summary - `show-summary`: the meeting's averages, or why they cannot be shown.
 * @csspart status - The line saying whether the answers are saved or sent.
 * @csspart idle-notice - Kiosk mode: "Are you still there?" before an unfinished answer is cleared.
 *
 * @cssproperty --palaute-scale-gap - Gap between the numbers. Default 0.375rem.
 * @cssproperty --palaute-face-fill - The faces' colour. Default #ffe9a8.
 * @cssproperty --palaute-face-size - Width of a face. Default 4.5rem.
 * @cssproperty --palaute-face-ink - Eyes, mouth and outline of the faces. Default #1b1b1b.
 */
export class PalauteMeetingSurvey extends PalauteElement {
  static override styles = [
    sharedStyles,
    textFieldStyles,
    faceChoicesStyles,
    numberScaleStyles,
    meetingSurveyStyles,
  ];
  static override properties: PropertyDeclarations = {
    survey: { attribute: false },
    src: {},
    idleAfter: { type: Number, attribute: 'idle-after' },
    showSummary: { type: Boolean, attribute: 'show-summary' },
    linkPage: { attribute: 'link-page' },
    fromLink: { type: Boolean, attribute: 'from-link' },
    step: { state: true, attribute: false },
    answerer: { state: true, attribute: false },
    item: { state: true, attribute: false },
    scores: { state: true, attribute: false },
    commentText: { state: true, attribute: false },
    missing: { state: true, attribute: false },
  };

  /** A site's own survey as an object (own-survey-schema.ts); validated like any other source. */
  survey?: unknown;

  /** URL of a site's own survey (JSON). Without it, `survey` or an inline JSON script: the ready survey. */
  src?: string;

  /** Kiosk mode: seconds without a touch before an unfinished answer is cleared (a notice comes first). */
  idleAfter = DEFAULT_IDLE_AFTER_SECONDS;

  /**
   * When everyone has answered, offers the meeting's averages per item to the room: only with at
   * least 3 people, and per item only where 3 gave a score, so no average is one person's answer.
   */
  showSummary = false;

  /**
   * The organisation's meeting page: the first screen then offers "Answer on your own phone", a QR
   * code of a link to it carrying the meeting id, unit and service (the QR code's library loads
   * only then). The worker does not see the phone's screen.
   */
  linkPage?: string;

  /**
   * On the meeting page: the survey for the one person holding the phone, for the meeting, unit
   * and service the link names; a link older than 24 hours shows "this meeting's survey has closed".
   */
  fromLink = false;

  /** `from-link` with a link too old: every start over shows the closing again. */
  private linkClosed = false;
  private step: Step = 'role';
  /** Who is answering now (not `role`: HTMLElement has one, the ARIA role). */
  private answerer: RespondentRole | undefined;
  /** Index of the item on screen. */
  private item = 0;
  private scores: readonly Score[] = noScores(MEETING_ITEMS.length);
  private commentText = '';
  /** Next was pressed with nothing chosen. */
  private missing = false;
  /** The meeting's: kept from one person to the next, forgotten when everyone has answered. */
  private meetingId: string | undefined;

  protected override readonly localize = new LocalizeController(this, meetingSurveyMessages);
  private readonly readAloud = new ReadAloudController(this);
  private readonly ownPhone = new OwnPhoneController(this);
  private readonly summary = new MeetingSummary(this);
  private readonly own = new OwnSurveyController(this, () => this.rounds.reset());
  protected override readonly rounds = new KioskController(this, {
    clear: () => {
      // The meeting's averages go when the meeting has ended; between its people they stay.
      this.summary.hide();
      if (this.meetingId === undefined) this.summary.start();
      void this.ownPhone.close(false);
      this.forgetPerson();
    },
    step: () => `${this.step}:${this.item}`,
    focusTarget: () =>
      this.renderRoot.querySelector<HTMLElement>(
        {
          role: '.question',
          item: '.question',
          comment: 'textarea',
          handover: '.thanks-title',
          done: '.thanks-title',
          closed: '.closed-title',
        }[this.step],
      ),
    // An error shown counts: the next person must not find the previous one's "choose".
    inUse: () =>
      (this.step === 'role' || this.step === 'item' || this.step === 'comment') &&
      (this.answerer !== undefined || this.commentText !== '' || this.missing),
    idleAfter: DEFAULT_IDLE_AFTER_SECONDS,
  });

  protected override render() {
    const m = this.localize.messages;
    // The status line is rendered from the start, empty: a live region inserted with its message is not announced.
    const status = this.step === 'handover' ? deliveryStatusText(m, this.deliveryStatus) : '';
    const ended = this.step === 'handover' || this.step === 'done' || this.step === 'closed';
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.rounds.notice(m)}
      ${
        ended
          ? this.renderEnd(m)
          : this.own.state === 'loading'
            ? html`<p class="loading" role="status">${m.surveyLoading}</p>`
            : this.own.state === 'problem'
              ? html`<p class="error" part="error" role="status">${m.surveyProblem}</p>`
              : this.ownPhone.open
                ? this.ownPhone.panel(m, this.titleLevel)
                : html`${this.rounds.fresh(
                    html`<form novalidate @submit=${this.onSubmit}>
                      ${this.renderStep(m)}
                      <div class="actions">${this.renderActions(m)}</div>
                    </form>`,
                  )}${
                    this.linkPage && !this.fromLink && this.step === 'role'
                      ? this.ownPhone.button(m, () => void this.showQr())
                      : nothing
                  }`
      }
      <p class="status" part="status" role="status">${status}</p>
    </div>`;
  }

  private renderStep(ready: MeetingSurveyMessages) {
    const m = this.own.inOwnWords(ready, this.locale);
    const question = { m, headingLevel: this.titleLevel, invalid: this.missing };
    if (this.step === 'role') {
      return roleScreen({ ...question, role: this.answerer, onChoose: (role) => this.chooseRole(role) });
    }
    if (this.step === 'comment')
      return commentScreen(m, this.commentText, (text) => (this.commentText = text));
    const faces = onFaces(this.answerer);
    return itemScreen({
      ...question,
      ...this.own.itemText(m, this.item, faces, this.locale),
      progress: format(m.progress, { current: this.item + 1, total: this.own.itemCount }),
      faces,
      score: this.scores[this.item],
      listen: (items: Speakable[]) => listenButton(m.listen, this.readAloud, items),
      canHear: (item) => this.readAloud.canHear(item),
      onListen: (item) => this.readAloud.play([item]),
      onChoose: (score) => this.choose(score),
    });
  }

  /** A site's own survey can leave the free text out: the last item then sends. */
  private get lastStep(): boolean {
    return this.step === 'comment' || (!this.own.hasComment && this.item === this.own.itemCount - 1);
  }

  private renderActions(m: MeetingSurveyMessages) {
    const forward = this.lastStep ? m.send : m.next;
    return html`${
        this.step === 'role'
          ? nothing
          : html`<button type="button" part="button" @click=${() => this.back()}>${m.back}</button>`
      }<button type="submit" class="primary" part="button button-primary">${forward}</button>`;
  }

  private renderEnd(m: MeetingSurveyMessages) {
    if (this.step === 'closed') return closedScreen(m, this.titleLevel);
    if (this.fromLink) return endScreen(this.titleLevel, m.thanksOwn, []);
    if (this.step === 'done') {
      const buttons = [
        { label: m.newMeeting, primary: true, onClick: () => this.reset() },
        ...(this.showSummary ? this.summary.buttons(m) : []),
      ];
      const names = this.own.summaryNames(this.locale);
      const panel = this.summary.panel(m, this.locale, this.titleLevel, names);
      return endScreen(this.titleLevel, m.done, buttons, panel);
    }
    return endScreen(this.titleLevel, m.handover, [
      { label: m.nextPerson, primary: true, onClick: () => this.reset() },
      { label: m.everyoneAnswered, onClick: () => this.endMeeting() },
    ]);
  }

  private chooseRole(role: RespondentRole): void {
    // Faces and numbers are different scales: a score chosen on one is no answer on the other.
    if (onFaces(role) !== onFaces(this.answerer)) this.scores = noScores(this.own.itemCount);
    this.answerer = role;
    this.missing = false;
  }

  private choose(score: number | null): void {
    this.scores = this.scores.map((old, i) => (i === this.item ? score : old));
    this.missing = false;
  }

  private back(): void {
    this.readAloud.stop();
    this.missing = false;
    if (this.step === 'comment') this.step = 'item';
    else if (this.item > 0) this.item -= 1;
    else this.step = 'role';
    this.rounds.rebuild();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const chosen = this.step === 'role' ? this.answerer : this.step === 'item' ? this.scores[this.item] : '';
    if (chosen === undefined) {
      this.missing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
      return;
    }
    this.readAloud.stop();
    if (this.step === 'role') this.step = 'item';
    else if (this.step === 'item' && this.item < this.own.itemCount - 1) this.item += 1;
    else if (this.step === 'item' && this.own.hasComment) this.step = 'comment';
    else return this.send(this.answerer!);
    this.rounds.rebuild();
  }

  private async send(role: RespondentRole): Promise<void> {
    const { itemIds, survey } = this.own;
    const data = meetingData(this.meeting(), role, itemIds, this.scores, this.commentText.trim(), survey?.id);
    if (!(await this.storeAnswer('meeting', data))) return;
    this.summary.add(this.scores);
    // Nothing of this person stays in the element: the hand-over shows only the next step.
    this.forgetPerson();
    this.step = 'handover';
    this.rounds.finish();
  }

  private forgetPerson(): void {
    this.readAloud.stop();
    this.step = this.linkClosed ? 'closed' : 'role';
    this.answerer = undefined;
    this.item = 0;
    this.scores = noScores(this.own.itemCount);
    this.commentText = '';
    this.missing = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('fromLink') && this.fromLink) this.openLink();
    if (!this.hasUpdated || changed.has('survey') || changed.has('src')) this.own.load(this.survey, this.src);
    super.willUpdate(changed);
  }

  /** The meeting page: the meeting, unit and service from its link, or the survey closed. */
  private openLink(): void {
    const link = readMeetingLink(location.search);
    if (link === 'closed') {
      this.linkClosed = true;
      this.step = 'closed';
      return;
    }
    this.meetingId = link.meetingId;
    // The link names where the meeting was; the meeting page is the organisation's, for every unit.
    this.unit = link.unit ?? this.unit;
    this.service = link.service ?? this.service;
  }

  private async showQr(): Promise<void> {
    const link = meetingLink(this.linkPage!, {
      meetingId: this.meeting(),
      unit: this.effectiveUnit ?? undefined,
      service: checkIdentifier(this.service).value ?? getConfig().service,
    });
    await this.ownPhone.show(link, this.localize.messages.qrLabel);
  }

  /** The meeting's id, made when its first person answers or its QR code is shown. */
  private meeting(): string {
    if (this.meetingId === undefined) {
      this.meetingId = newId();
      this.summary.start();
    }
    return this.meetingId;
  }

  private endMeeting(): void {
    this.meetingId = undefined;
    this.rounds.cancelReset();
    this.step = 'done';
    this.rounds.finish();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-meeting-survey': PalauteMeetingSurvey;
  }
  interface PalauteMessagesByTag {
    'palaute-meeting-survey': MeetingSurveyMessages;
  }
}
