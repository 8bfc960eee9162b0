/**
 * The optional contact details: anonymous unless the person ticks the box, and then only with
 * consent to be contacted.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage, textInput, type FieldContext } from './field-templates.js';
import type { DeviationFormMessages } from './messages.js';

export function contactFields(fields: FieldContext, m: DeviationFormMessages): TemplateResult {
  const { values, errors } = fields;
  return html`<fieldset class="field" part="field">
    <legend>${m.contactLegend}</legend>
    <p class="hint">${m.anonymousNote}</p>
    <label class="check"
      ><input type="checkbox" name="giveContact" .checked=${values.giveContact} /> ${m.giveContact}</label
    >
    ${
      values.giveContact
        ? html`<div class="contact">
            <p class="hint" id="contact-hint">${m.contactHint}</p>
            ${textInput(fields, 'name', m.nameLabel, { autocomplete: 'name', maxlength: 200 })}
            ${textInput(fields, 'email', m.emailLabel, { type: 'email', autocomplete: 'email', hint: 'contact-hint' })}
            ${textInput(fields, 'phone', m.phoneLabel, { type: 'tel', autocomplete: 'tel', hint: 'contact-hint' })}
            <div class="field" part="field">
              <label class="check">
                <input
                  type="checkbox"
                  id="consent"
                  name="consent"
                  .checked=${values.consent}
                  aria-invalid=${errors.consent ? 'true' : nothing}
                  aria-describedby=${errors.consent ? 'consent-error' : nothing}
                />
                ${m.consent}
              </label>
              ${errorMessage('consent', errors)}
            </div>
          </div>`
        : nothing
    }
  </fieldset>`;
}
