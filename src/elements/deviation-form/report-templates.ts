/** The error summary shown after a failed send, and the receipt shown after a stored report. */
import { html, type TemplateResult } from 'lit';
import { format } from '../../kit/i18n.js';
import type { FieldErrors, FieldName } from './form-model.js';
import type { DeviationFormMessages } from './messages.js';

/** Every error as a link to its field; focus goes to the summary so it is read first. */
export function errorSummary(
  m: DeviationFormMessages,
  errors: FieldErrors,
  focusField: (field: FieldName) => void,
): TemplateResult {
  const follow = (event: Event, field: FieldName) => {
    event.preventDefault();
    focusField(field);
  };
  return html`<div
    class="summary"
    part="error-summary"
    tabindex="-1"
    role="group"
    aria-labelledby="summary-title"
  >
    <p id="summary-title" class="summary-title">${m.summaryTitle}</p>
    <ul>
      ${(Object.entries(errors) as Array<[FieldName, string]>).map(
        ([field, message]) =>
          html`<li><a href="#${field}" @click=${(e: Event) => follow(e, field)}>${message}</a></li>`,
      )}
    </ul>
  </div>`;
}

export function receiptTemplate(
  m: DeviationFormMessages,
  code: string,
  kiosk: boolean,
  startOver: () => void,
): TemplateResult {
  return html`<div class="receipt" part="receipt">
    <p class="receipt-title" tabindex="-1">${m.receiptTitle}</p>
    <p class="reference" part="reference">${format(m.receiptCode, { code })}</p>
    <p>${m.receiptNext}</p>
    <p>${m.receiptRights}</p>
    <p>${m.receiptComplain}</p>
    ${
      kiosk
        ? html`<p>${m.kioskNext}</p>`
        : html`<div class="actions">
            <button type="button" part="button" @click=${startOver}>${m.newReport}</button>
          </div>`
    }
  </div>`;
}
