/** The form's field templates: a label, the control, its hint and its error, tied together for screen readers. */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldErrors, FieldName, FormValues } from './form-model.js';

/** What every field template reads: the values, the errors to show, and kiosk mode. */
export interface FieldContext {
  values: FormValues;
  errors: FieldErrors;
  kiosk: boolean;
}

export interface TextInputOptions {
  type?: string;
  autocomplete?: string;
  maxlength?: number;
  max?: string;
  /** Id of a hint shared by several fields. */
  hint?: string;
}

export function radioGroup(
  { values, errors }: FieldContext,
  field: FieldName,
  legend: string,
  choices: ReadonlyArray<readonly [string, string]>,
  required = false,
): TemplateResult {
  const error = errors[field];
  return html`<fieldset
    class="field"
    part="field"
    id=${field}
    tabindex="-1"
    aria-describedby=${error ? `${field}-error` : nothing}
  >
    <legend>${legend}</legend>
    ${choices.map(
      ([value, label]) =>
        html`<label class="choice">
          <input
            type="radio"
            name=${field}
            .value=${value}
            .checked=${values[field] === value}
            ?required=${required}
            aria-invalid=${error ? 'true' : nothing}
          /><span>${label}</span>
        </label>`,
    )}
    ${errorMessage(field, errors)}
  </fieldset>`;
}

export function textInput(
  { values, errors, kiosk }: FieldContext,
  field: FieldName,
  label: string,
  options: TextInputOptions,
): TemplateResult {
  const describedBy = idList(options.hint, errors[field] && `${field}-error`);
  return html`<div class="field" part="field">
    <label for=${field}>${label}</label>
    <input
      id=${field}
      name=${field}
      type=${options.type ?? 'text'}
      autocomplete=${kiosk ? 'off' : (options.autocomplete ?? 'off')}
      maxlength=${options.maxlength ?? nothing}
      max=${options.max ?? nothing}
      .value=${String(values[field])}
      aria-invalid=${errors[field] ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
    />
    ${errorMessage(field, errors)}
  </div>`;
}

export function textArea(
  { values, errors }: FieldContext,
  field: FieldName,
  label: string,
  /** In UTF-16 units, as the browser counts it (see schema/text-length.ts for characters). */
  maxlength: number,
  hint?: string,
  counter?: string,
  required = false,
): TemplateResult {
  const describedBy = idList(
    hint && `${field}-hint`,
    counter && `${field}-counter`,
    errors[field] && `${field}-error`,
  );
  return html`<div class="field" part="field">
    <label for=${field}>${label}</label>
    ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
    <textarea
      id=${field}
      name=${field}
      maxlength=${maxlength}
      ?required=${required}
      .value=${String(values[field])}
      aria-invalid=${errors[field] ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
    ></textarea>
    ${counter ? html`<p class="counter" part="counter" id="${field}-counter">${counter}</p>` : nothing}
    ${errorMessage(field, errors)}
  </div>`;
}

export function errorMessage(field: FieldName, errors: FieldErrors): TemplateResult | typeof nothing {
  const message = errors[field];
  return message ? html`<p class="error" part="error" id="${field}-error">${message}</p>` : nothing;
}

function idList(...ids: Array<string | false | undefined>): string {
  return ids.filter(Boolean).join(' ');
}
