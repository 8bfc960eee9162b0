/** The faces of one question as one radio group, with "I don't want to answer" in the same group. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FaceScale } from '../schema/constants.js';
import { face } from './faces.js';
import { speakerIcon } from './icons.js';

export interface FaceChoices {
  scale: FaceScale;
  /** The word under each face, most negative first. */
  words: readonly string[];
  /** The chosen level, `null` for "skip", `undefined` for nothing yet. */
  chosen: number | null | undefined;
  invalid: boolean;
  skipLabel: string;
  /** The name of a face's speaker button ("Listen: Bad"), or undefined where the word cannot be heard. */
  listenLabel(word: string, level: number | null): string | undefined;
  onChoose(answer: number | null): void;
  /** `level` is the face's, `null` for the skip option. */
  onListen(level: number | null): void;
}

/**
 * Hearing a face is its own button beside the face, never a press on the face: a 5-year-old cannot
 * tell a long press from a tap (and a slipped long press is a tap that answers), touch browsers
 * give long presses to their own menus, and a button works the same with a keyboard, a switch and
 * a screen reader.
 */
export function faceChoices(c: FaceChoices): TemplateResult {
  const invalid = c.invalid ? 'true' : nothing;
  const speaker = (word: string, level: number | null) => {
    const label = c.listenLabel(word, level);
    // One line: the template ships as written, and this one is on every picture survey's page.
    // prettier-ignore
    return label ? html`<button type="button" class="speaker" part="button speaker-button" aria-label=${label} @click=${() => c.onListen(level)}>${speakerIcon}</button>` : nothing;
  };
  return html`<div class="faces faces-${c.scale}" part="faces">
      ${c.words.slice(0, c.scale).map((word, i) => {
        const level = i + 1;
        return html`<div class="face-cell">
          <label class="face-option" part="face-option">
            <input
              type="radio"
              name="answer"
              .value=${String(level)}
              .checked=${c.chosen === level}
              aria-invalid=${invalid}
              @change=${() => c.onChoose(level)}
            />${face(level, c.scale)}<span class="face-word">${word}</span>
          </label>
          ${speaker(word, level)}
        </div>`;
      })}
    </div>
    <div class="skip-cell">
      <label class="skip-option" part="skip-option">
        <input
          type="radio"
          name="answer"
          value="skip"
          .checked=${c.chosen === null}
          aria-invalid=${invalid}
          @change=${() => c.onChoose(null)}
        /><span>${c.skipLabel}</span>
      </label>
      ${speaker(c.skipLabel, null)}
    </div>`;
}
