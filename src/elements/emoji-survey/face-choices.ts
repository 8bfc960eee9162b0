/** The faces of one question as one radio group, with "I don't want to answer" in the same group. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FaceScale } from '../../schema/constants.js';
import { face } from './faces.js';

export interface FaceChoices {
  scale: FaceScale;
  /** The word under each face, most negative first. */
  words: readonly string[];
  /** The chosen level, `null` for "skip", `undefined` for nothing yet. */
  chosen: number | null | undefined;
  invalid: boolean;
  /** The skip option's label; no skip option when undefined. */
  skipLabel: string | undefined;
  onChoose(answer: number | null): void;
  onFocusWord(word: string): void;
  onPressStart(word: string): void;
  onPressEnd(): void;
}

export function faceChoices(c: FaceChoices): TemplateResult {
  const invalid = c.invalid ? 'true' : nothing;
  return html`<div class="faces faces-${c.scale}" part="faces">
      ${c.words.slice(0, c.scale).map((word, i) => {
        const level = i + 1;
        return html`<label
          class="face-option"
          part="face-option"
          @pointerdown=${() => c.onPressStart(word)}
          @pointerup=${c.onPressEnd}
          @pointerleave=${c.onPressEnd}
        >
          <input
            type="radio"
            name="answer"
            .value=${String(level)}
            .checked=${c.chosen === level}
            aria-invalid=${invalid}
            @change=${() => c.onChoose(level)}
            @focus=${() => c.onFocusWord(word)}
          />${face(level, c.scale)}<span class="face-word">${word}</span>
        </label>`;
      })}
    </div>
    ${
      c.skipLabel === undefined
        ? nothing
        : html`<label class="skip-option" part="skip-option">
            <input
              type="radio"
              name="answer"
              value="skip"
              .checked=${c.chosen === null}
              aria-invalid=${invalid}
              @change=${() => c.onChoose(null)}
            /><span>${c.skipLabel}</span>
          </label>`
    }`;
}
