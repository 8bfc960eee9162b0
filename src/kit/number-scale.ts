/**
 * 0–10 as a native radio group (the NPS, the meeting survey's adults): eleven numbers and, under
 * them, what the ends mean (`id="ends"`, for the fieldset's aria-describedby). Styles in
 * number-scale.styles.ts; arrow keys as radio-group-keys.ts gives every group.
 */
import { html, nothing, type TemplateResult } from 'lit';

const SCORES = Array.from({ length: 11 }, (_, score) => score);

export interface NumberScale {
  chosen: number | null | undefined;
  invalid: boolean;
  /** The widget's messages: what 0 and 10 mean. */
  m: { lowLabel: string; highLabel: string };
  onChoose(score: number): void;
}

/** The radios' name: one group with whatever else the fieldset holds ("I don't want to answer"). */
export const SCALE_NAME = 'answer';

export function numberScale(scale: NumberScale): TemplateResult {
  const invalid = scale.invalid ? 'true' : nothing;
  return html`<div class="scale" part="scale">
      ${SCORES.map(
        (score) =>
          html`<label class="option" part="option">
            <input
              type="radio"
              name=${SCALE_NAME}
              .value=${String(score)}
              .checked=${scale.chosen === score}
              aria-invalid=${invalid}
              @change=${() => scale.onChoose(score)}
            /><span>${score}</span>
          </label>`,
      )}
    </div>
    <div class="ends" id="ends" part="end-labels">
      <span>${scale.m.lowLabel}</span><span>${scale.m.highLabel}</span>
    </div>`;
}
