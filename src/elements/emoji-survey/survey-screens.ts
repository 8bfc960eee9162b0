/** The survey's screens as templates: a question, the help card, the thank-you. Behaviour stays in the element. */
import { heading } from '../../kit/heading.js';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../../kit/i18n.js';
import { onRadioGroupKeydown } from '../../kit/radio-group-keys.js';
import type { Speakable } from '../../kit/read-aloud-controller.js';
import type { FaceScale, Locale } from '../../schema/constants.js';
import { faceChoices } from '../../kit/face-choices.js';
import { helpCard } from './help-card.js';
import type { EmojiSurveyMessages } from './messages.js';
import { textIn, type Survey, type SurveyQuestion } from './survey-schema.js';
import { SurveyProblem } from './survey-source.js';
import type { SurveyVoice } from './survey-voice.js';
import type { ClosingNote } from './closing-note.js';

export interface ScreenKit {
  m: EmojiSurveyMessages;
  locale: Locale;
  voice: SurveyVoice;
  survey: Survey;
  /** A read-aloud button for `items`, or nothing when none of them can be heard. */
  listen(items: Speakable[]): TemplateResult | typeof nothing;
}

export interface QuestionScreen {
  /** The round's `fresh()`: each question's radios are new DOM, so no choice carries over. */
  fresh: (template: TemplateResult) => unknown;
  /** Index in `survey.questions`; -1 is the warm-up. */
  index: number;
  last: boolean;
  chosen: number | null | undefined;
  invalid: boolean;
  movingOn: boolean;
  headingLevel: number;
  canHear(item: Speakable): boolean;
  onListen(items: Speakable[]): void;
  onChoose(answer: number | null): void;
  onPointer(byPointer: boolean): void;
  /** Focus reached Back: the survey must not move on under it. */
  onStay(): void;
  onBack: (() => void) | undefined;
  onSubmit(event: SubmitEvent): void;
}

/** The words under the faces of `scale`, and the clip name of each. */
function faceWords(m: EmojiSurveyMessages, voice: SurveyVoice, scale: FaceScale): Speakable[] {
  return (scale === 3 ? m.faces3 : m.faces5)
    .split('|')
    .slice(0, scale)
    .map((word, i) => voice.message(`face${scale}.${i + 1}`, word));
}

export function questionScreen(ui: ScreenKit, q: QuestionScreen): TemplateResult {
  const { m, voice, survey } = ui;
  const question: Pick<SurveyQuestion, 'text' | 'picture' | 'scale'> =
    q.index < 0 ? survey.warmUp! : survey.questions[q.index]!;
  const scale = question.scale ?? survey.scale;
  const words = faceWords(m, voice, scale);
  const skip = voice.message('skip', m.skip);
  const back = voice.message('back', m.back);
  const forward = q.last ? voice.message('send', m.send) : voice.message('next', m.next);
  const title = survey.title ? voice.text('title', survey.title) : undefined;
  const spoken =
    q.index < 0
      ? voice.text('warm-up', question.text)
      : voice.text(`question.${survey.questions[q.index]!.id}`, question.text);
  // Everything on the screen, in reading order, so that a child who cannot read hears all of it.
  const screen = [
    title,
    q.index < 0 ? voice.message('warm-up-label', m.warmUp) : undefined,
    spoken,
    ...words,
    skip,
    q.invalid ? voice.message('choice-required', m.choiceRequired) : undefined,
    q.onBack ? back : undefined,
    forward,
  ].filter((item): item is Speakable => item !== undefined);
  return html`${title ? html`<p class="title" part="title" lang=${title.lang}>${title.text}</p>` : nothing}
    ${progress(m, survey, q.index)}
    <form novalidate @submit=${q.onSubmit}>
      ${q.fresh(
        html`<fieldset
          aria-describedby=${q.invalid ? 'choice-error' : nothing}
          @pointerdown=${() => q.onPointer(true)}
          @keydown=${(event: KeyboardEvent) => {
            q.onPointer(false);
            onRadioGroupKeydown(event);
          }}
        >
          <legend>
            ${q.index < 0 ? html`<span class="warm-up">${m.warmUp}</span>` : nothing}
            <span
              class="question"
              part="question"
              role="heading"
              aria-level=${q.headingLevel}
              tabindex="-1"
              lang=${spoken.lang}
              >${spoken.text}</span
            >
          </legend>
          ${ui.listen(screen)}
          ${
            question.picture
              ? html`<img
                  class="picture"
                  part="picture"
                  src=${question.picture.src}
                  alt=${textIn(question.picture.alt, ui.locale)}
                />`
              : nothing
          }
          ${faceChoices({
            scale,
            words: words.map((word) => word.text),
            chosen: q.chosen,
            invalid: q.invalid,
            skipLabel: m.skip,
            listenLabel: (word, level) =>
              q.canHear(level === null ? skip : words[level - 1]!) ? format(m.listenTo, { word }) : undefined,
            onChoose: q.onChoose,
            onListen: (level) => q.onListen([level === null ? skip : words[level - 1]!]),
          })}
          ${q.invalid ? html`<p id="choice-error" class="error" part="error">${m.choiceRequired}</p>` : nothing}
        </fieldset>`,
      )}
      ${
        q.movingOn
          ? html`<p class="moving-on" part="moving-on"><span class="moving-bar"></span>${m.movingOn}</p>`
          : nothing
      }
      <div class="actions">
        ${
          q.onBack
            ? html`<button type="button" part="button" @click=${q.onBack} @focus=${q.onStay}>
                ${m.back}
              </button>`
            : nothing
        }
        <button type="submit" class="primary" part="button button-primary">${forward.text}</button>
      </div>
    </form>`;
}

function progress(m: EmojiSurveyMessages, survey: Survey, index: number) {
  const total = survey.questions.length;
  if (index < 0) return html`<div class="progress" part="progress"></div>`;
  return html`<div class="progress" part="progress">
    <span class="sr-only">${format(m.progress, { current: index + 1, total })}</span>
    <ol aria-hidden="true">
      ${survey.questions.map(
        (_, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''}></li>`,
      )}
    </ol>
  </div>`;
}

export function helpScreen(
  ui: ScreenKit,
  question: SurveyQuestion,
  c: { headingLevel: number; onContinue(): void },
): TemplateResult {
  const { m, voice } = ui;
  const help = question.help!;
  const text = voice.text(`help.${question.id}`, help.text);
  const actions = (help.actions ?? []).map((action, i) => ({
    href: action.href,
    ...voice.text(`help.${question.id}.${i + 1}`, action.label),
  }));
  const title = voice.message('help-title', m.helpTitle);
  const emergency = voice.message('help-emergency', m.helpEmergency);
  const go = voice.message('help-continue', m.helpContinue);
  return helpCard({
    headingLevel: c.headingLevel,
    title: m.helpTitle,
    text: text.text,
    actions: actions.map((a) => ({ label: a.text, href: a.href })),
    emergency: m.helpEmergency,
    emergencyCall: m.helpEmergencyCall,
    continueLabel: m.helpContinue,
    listen: ui.listen([title, text, ...actions, emergency, go]),
    onContinue: c.onContinue,
  });
}

export function thanksScreen(
  ui: ScreenKit,
  kiosk: boolean,
  headingLevel: number,
  note?: ClosingNote,
): TemplateResult {
  const { m, voice, survey } = ui;
  const closing = survey.closing ? voice.text('closing', survey.closing) : undefined;
  const items = [
    voice.message('thanks', m.thanks),
    closing,
    ...(note?.heard ?? []),
    kiosk ? voice.message('kiosk-next', m.kioskNext) : undefined,
  ];
  return html`<div class="thanks" part="thanks">
    ${heading(headingLevel, 'thanks-title', m.thanks)}
    ${ui.listen(items.filter((item): item is Speakable => item !== undefined))}
    ${closing ? html`<p lang=${closing.lang}>${closing.text}</p>` : nothing} ${note?.view ?? nothing}
    ${kiosk ? html`<p>${m.kioskNext}</p>` : nothing}
  </div>`;
}

export function loadProblemScreen(m: EmojiSurveyMessages, error: unknown): TemplateResult {
  const problems = error instanceof SurveyProblem ? error.problems : [String(error)];
  return html`<div role="alert" part="error" class="error">
    <p>${m.loadFailed}</p>
    <ul class="problems">
      ${problems.map((problem) => html`<li>${problem}</li>`)}
    </ul>
  </div>`;
}
