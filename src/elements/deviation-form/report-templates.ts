/** The error summary shown after a failed send, and the receipt shown after a stored report. */
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../kit/heading.js';
import type { DeliveryStatus } from '../../kit/delivery-controller.js';
import { format } from '../../kit/i18n.js';
import type { FieldErrors, FieldName } from './form-model.js';
import type { DeviationFormMessages } from './messages.js';

/** The label or legend of each field, so a summary link says which question it is about. */
const QUESTIONS: Readonly<Record<FieldName, keyof DeviationFormMessages | undefined>> = {
  reporterRole: 'roleLegend',
  category: 'categoryLegend',
  description: 'descriptionLabel',
  occurredAt: 'occurredAtLabel',
  location: 'locationLabel',
  harm: 'harmLegend',
  hopedOutcome: 'hopedOutcomeLabel',
  name: 'nameLabel',
  email: 'emailLabel',
  phone: 'phoneLabel',
  // The consent message quotes its checkbox itself.
  consent: undefined,
};

/** "Who are you? Choose one option." — the question without its "(optional)", then the error. */
export function summaryText(m: DeviationFormMessages, field: FieldName, message: string): string {
  const key = QUESTIONS[field];
  if (!key) return message;
  const question = m[key].replace(/\s*\([^)]*\)\s*$/, '');
  return /[?:.!]$/.test(question) ? `${question} ${message}` : `${question}: ${message}`;
}

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
          html`<li>
            <a href="#${field}" @click=${(e: Event) => follow(e, field)}>${summaryText(m, field, message)}</a>
          </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * What happened to the report, said honestly: saved until the endpoint accepted it. A report with
 * no delivery followed (the honeypot's) reads as saved.
 */
export function deliveryText(m: DeviationFormMessages, status: DeliveryStatus): string {
  return {
    idle: m.receiptStored,
    stored: m.receiptStored,
    retrying: m.receiptRetrying,
    delivered: m.receiptDelivered,
    failed: m.receiptFailed,
  }[status];
}

export interface Receipt {
  code: string;
  level: number;
  kiosk: boolean;
  startOver: () => void;
  /** The receipt code's part (receipt-code-template.ts), when one was made. */
  receiptCode?: TemplateResult;
}

/** The live delivery status is not here: it is the form's status region, present from the start. */
export function receiptTemplate(m: DeviationFormMessages, r: Receipt): TemplateResult {
  return html`<div class="receipt" part="receipt">
    ${heading(r.level, 'receipt-title', m.receiptTitle)}
    <p class="reference" part="reference">${format(m.receiptCode, { code: r.code })}</p>
    ${r.receiptCode ?? nothing}
    <p>${m.receiptNext}</p>
    <p>${m.receiptRights}</p>
    <p>${m.receiptComplain}</p>
    ${
      r.kiosk
        ? html`<p>${m.kioskNext}</p>`
        : html`<div class="actions">
            <button type="button" part="button" @click=${r.startOver}>${m.newReport}</button>
          </div>`
    }
  </div>`;
}
