/** The meeting survey's screens as templates. State and behaviour stay in the element. */
import { html, nothing, type TemplateResult } from 'lit';
import { faceChoices } from '../../kit/face-choices.js';
import { heading } from '../../kit/heading.js';
import { numberScale, SCALE_NAME } from '../../kit/number-scale.js';
import { format } from '../../kit/i18n.js';
import { onRadioGroupKeydown } from '../../kit/radio-group-keys.js';
import type { Speakable } from '../../kit/read-aloud-controller.js';
import { RESPONDENT_ROLES, type Locale, type RespondentRole } from '../../schema/constants.js';
import { MEETING_COMMENT_MAX_LENGTH } from '../../schema/meeting-constants.js';
import { faceOf, scoreOfFace, type Score } from './meeting-answers.js';
import { LINK_HOURS } from './meeting-link.js';
import { averages, SUMMARY_MIN_PEOPLE, type Tally } from './meeting-tally.js';
import type { MeetingSurveyMessages } from './messages.js';

const ROLE_KEYS = {
  child: 'roleChild',
  parent: 'roleParent',
  relative: 'roleRelative',
  staff: 'roleStaff',
  'municipal-worker': 'roleMunicipalWorker',
  other: 'roleOther',
} as const satisfies Record<RespondentRole, keyof MeetingSurveyMessages>;

/** What a question screen shares: its legend as a heading, the error, and the invalid mark. */
interface Question {
  m: MeetingSurveyMessages;
  headingLevel: number;
  invalid: boolean;
}

function legend(q: Question, text: string, progress = '') {
  return html`<legend>
    ${progress ? html`<span class="progress" part="progress">${progress}</span>` : nothing}
    <span class="question" part="question" role="heading" aria-level=${q.headingLevel} tabindex="-1"
      >${text}</span
    >
  </legend>`;
}

const error = (text: string) => html`<p id="choice-error" class="error" part="error">${text}</p>`;

export function roleScreen(
  q: Question & { role: RespondentRole | undefined; onChoose(role: RespondentRole): void },
): TemplateResult {
  const { m } = q;
  return html`<fieldset
    aria-describedby=${q.invalid ? 'choice-error' : nothing}
    @keydown=${onRadioGroupKeydown}
  >
    ${legend(q, m.roleQuestion)}
    <div class="roles" part="roles">
      ${RESPONDENT_ROLES.map(
        (role) =>
          html`<label class="role-option" part="role-option">
            <input
              type="radio"
              name="role"
              .value=${role}
              .checked=${q.role === role}
              aria-invalid=${q.invalid ? 'true' : nothing}
              @change=${() => q.onChoose(role)}
            /><span>${m[ROLE_KEYS[role]]}</span>
          </label>`,
      )}
    </div>
    ${q.invalid ? error(m.roleRequired) : nothing}
  </fieldset>`;
}

export interface ItemScreen extends Question {
  text: string;
  /** The language the texts are in, for the voice that reads them. */
  lang: Locale;
  progress: string;
  faces: boolean;
  score: Score;
  /** The read-aloud button for the whole screen, where it can be heard. */
  listen(items: Speakable[]): unknown;
  canHear(item: Speakable): boolean;
  onListen(item: Speakable): void;
  onChoose(score: number | null): void;
}

export function itemScreen(q: ItemScreen): TemplateResult {
  return html`<fieldset
    aria-describedby=${q.invalid ? 'choice-error' : q.faces ? nothing : 'ends'}
    @keydown=${onRadioGroupKeydown}
  >
    ${legend(q, q.text, q.progress)} ${q.faces ? faceScale(q) : scoreScale(q)}
    ${q.invalid ? error(q.m.scoreRequired) : nothing}
  </fieldset>`;
}

/** 0–10 as a native radio group with its ends explained, like the NPS, and "I don't want to answer". */
function scoreScale(q: ItemScreen) {
  return html`${numberScale({ chosen: q.score, invalid: q.invalid, m: q.m, onChoose: q.onChoose })}
    <label class="skip-option" part="skip-option">
      <input
        type="radio"
        name=${SCALE_NAME}
        value="skip"
        .checked=${q.score === null}
        aria-invalid=${q.invalid ? 'true' : nothing}
        @change=${() => q.onChoose(null)}
      /><span>${q.m.skip}</span>
    </label>`;
}

/** Five drawn faces with their words, each readable aloud, and "I don't want to answer". */
function faceScale(q: ItemScreen) {
  const { m } = q;
  const words = m.faces.split('|').slice(0, 5);
  const spoken = (text: string): Speakable => ({ text, lang: q.lang });
  const heard = (level: number | null) => spoken(level === null ? m.skip : words[level - 1]!);
  return html`${q.listen([spoken(q.text), ...words.map(spoken), spoken(m.skip)])}
  ${faceChoices({
    scale: 5,
    words,
    chosen: faceOf(q.score),
    invalid: q.invalid,
    skipLabel: m.skip,
    listenLabel: (word, level) => (q.canHear(heard(level)) ? format(m.listenTo, { word }) : undefined),
    onChoose: (level) => q.onChoose(scoreOfFace(level)),
    onListen: (level) => q.onListen(heard(level)),
  })}`;
}

export function commentScreen(m: MeetingSurveyMessages, text: string, onInput: (text: string) => void) {
  return html`<label class="comment-label" for="comment">${m.commentLabel}</label>
    <p class="hint" id="comment-hint">${m.commentHint}</p>
    <textarea
      id="comment"
      part="comment-field"
      maxlength=${MEETING_COMMENT_MAX_LENGTH}
      aria-describedby="comment-hint comment-counter"
      .value=${text}
      @input=${(e: InputEvent) => onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="counter" id="comment-counter" part="counter">
      ${format(m.commentCounter, { count: text.length, max: MEETING_COMMENT_MAX_LENGTH })}
    </p>`;
}

/** The hand-over and the end of the meeting: a heading, what else there is, and the buttons that go on. */
export function endScreen(
  headingLevel: number,
  title: string,
  buttons: { label: string; primary?: boolean; onClick(): void }[],
  body: unknown = nothing,
): TemplateResult {
  return html`<div class="thanks" part="thanks">
    ${heading(headingLevel, 'thanks-title', title)} ${body}
    <div class="actions">
      ${buttons.map(
        (b) =>
          html`<button
            type="button"
            class=${b.primary ? 'primary' : ''}
            part=${b.primary ? 'button button-primary' : 'button'}
            @click=${b.onClick}
          >
            ${b.label}
          </button>`,
      )}
    </div>
  </div>`;
}

/** `from-link` with a link older than a day. */
export function closedScreen(m: MeetingSurveyMessages, headingLevel: number): TemplateResult {
  return html`<div class="closed" part="closed">
    ${heading(headingLevel, 'closed-title', m.linkClosedTitle)}
    <p>${format(m.linkClosedText, { hours: LINK_HOURS })}</p>
  </div>`;
}

/** `show-summary`: the meeting's averages per item, or why they cannot be shown yet. */
export function summaryPanel(
  m: MeetingSurveyMessages,
  locale: Locale,
  tally: Tally,
  headingLevel: number,
  names: readonly string[] = [m.summaryHeard, m.summaryMattered, m.summaryTogether, m.summaryOverall],
) {
  if (tally.people < SUMMARY_MIN_PEOPLE) {
    const text = format(m.summaryTooFew, { min: SUMMARY_MIN_PEOPLE, count: tally.people });
    return html`<p class="meeting-summary" part="summary" tabindex="-1">${text}</p>`;
  }
  const means = averages(tally);
  return html`<div class="meeting-summary" part="summary">
    ${heading(Math.min(headingLevel + 1, 6), 'summary-title', format(m.summaryTitle, { count: tally.people }))}
    <dl>
      ${names.map(
        (name, i) =>
          html`<dt>${name}</dt>
            <dd>
              ${
                means[i] === undefined
                  ? m.summaryItemTooFew
                  : format(m.summaryOutOf, { mean: means[i].toLocaleString(locale) })
              }
            </dd>`,
      )}
    </dl>
  </div>`;
}
