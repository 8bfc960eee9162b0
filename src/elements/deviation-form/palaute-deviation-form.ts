import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import {
  DEVIATION_CATEGORIES,
  DESCRIPTION_MAX_LENGTH,
  FREE_TEXT_MAX_LENGTH,
  HARM_ANSWERS,
  REPORTER_ROLES,
} from '../../core/constants.js';
import { FocusFollowsStepController } from '../../core/element/focus-follows-step-controller.js';
import { KioskResetController } from '../../core/element/kiosk-controller.js';
import { PalauteElement } from '../../core/element/palaute-element.js';
import { sharedStyles } from '../../core/element/shared.styles.js';
import { todayIso } from '../../core/dates.js';
import { checkHttpUrl } from '../../core/endpoint.js';
import { format } from '../../core/i18n.js';
import { newId, referenceCode } from '../../core/ids.js';
import { EMPTY_FORM, validate, type FieldErrors, type FieldName, type FormValues } from './form-model.js';
import { deviationFormMessages, type DeviationFormMessages } from './messages.js';
import { deviationFormStyles } from './palaute-deviation-form.styles.js';

type Choice = readonly [value: string, label: string];

/** Kiosk mode clears a filled form after this many seconds without input, and the receipt after as long. */
export const KIOSK_RESET_AFTER_SECONDS = 120;

/**
 * @tag palaute-deviation-form
 * @summary A deviation report (poikkeamailmoitus) that anyone can make safely, anonymously if they
 * wish: a child, a parent, staff or a municipal social worker.
 *
 * Always shows how to reach 112 and a short privacy notice. Validates with the core's zod schema
 * and shows errors beside each field and in a summary. After sending, a receipt with a reference
 * code. An unsent draft warns before the page is left; drafts are never stored.
 *
 * @event palaute-answer - The report is stored durably in the outbox; `detail` is the envelope.
 * @event palaute-delivered - The endpoint accepted the report; `detail` is `{ id }`.
 * @event palaute-error - A configuration or delivery problem; `detail` is `{ code, message, id?, field?, status? }`.
 *
 * @csspart base - The widget's frame.
 * @csspart emergency - The always visible "call 112" notice.
 * @csspart privacy - The privacy notice.
 * @csspart error-summary - The list of errors shown after a failed send.
 * @csspart field - Each field's wrapper.
 * @csspart error - A field's error message.
 * @csspart counter - The description's character counter.
 * @csspart button - Every button; `button-primary` is also on the main one.
 * @csspart receipt - The receipt shown after sending.
 * @csspart reference - The reference code in the receipt.
 *
 * @cssproperty --palaute-color-accent - Main button, checked choices. Default #005ea5.
 * @cssproperty --palaute-color-on-accent - Text on the accent colour. Default #fff.
 * @cssproperty --palaute-color-text - Text colour. Default: inherited from the page.
 * @cssproperty --palaute-color-surface - Backgrounds. Default: transparent frame, white inputs.
 * @cssproperty --palaute-color-border - Borders. Default #6b6b6b.
 * @cssproperty --palaute-color-focus - Focus ring. Default #1a73e8.
 * @cssproperty --palaute-color-error - Error text and borders. Default #b3261e.
 * @cssproperty --palaute-color-emergency - Background of the 112 notice. Default #fff4e5.
 * @cssproperty --palaute-color-on-emergency - Text of the 112 notice. Default #1b1b1b.
 * @cssproperty --palaute-radius - Corner radius. Default 0.5rem.
 * @cssproperty --palaute-spacing - Padding inside the frame. Default 1rem.
 */
export class PalauteDeviationForm extends PalauteElement {
  static override styles = [sharedStyles, deviationFormStyles];
  static override properties: PropertyDeclarations = {
    privacyUrl: { attribute: 'privacy-url' },
    values: { state: true, attribute: false },
    touched: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    round: { state: true, attribute: false },
  };

  /** Link to the full privacy notice, shown beside the short one. */
  privacyUrl?: string;

  override resetAfter = KIOSK_RESET_AFTER_SECONDS;

  private values: FormValues = { ...EMPTY_FORM };
  private touched = new Set<FieldName>();
  private submitted = false;
  /** The reference code once the report is stored. */
  private receipt: string | undefined;
  /** Bumped on reset so the form's DOM is rebuilt: no autofill, no undo history of the last person. */
  private round = 0;
  private readonly kioskReset = new KioskResetController(this, () => this.reset());
  private readonly focusFollowsStep = new FocusFollowsStepController(
    this,
    () => `${this.receipt ?? 'form'}:${this.round}`,
    () => this.renderRoot.querySelector<HTMLElement>(this.receipt ? '.receipt-title' : '.title'),
  );
  private readonly warnBeforeLeaving = (event: BeforeUnloadEvent) => {
    if (!this.isDirty || this.kiosk) return;
    event.preventDefault();
    // Older browsers show the dialog only when returnValue is set.
    event.returnValue = '';
  };

  /** Clears every field and starts over. Kiosk mode calls it after the receipt and after inactivity. */
  reset(): void {
    this.kioskReset.cancel();
    this.delivery.forget();
    this.values = { ...EMPTY_FORM };
    this.touched = new Set();
    this.submitted = false;
    this.receipt = undefined;
    this.round += 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.warnBeforeLeaving);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.warnBeforeLeaving);
  }

  private get isDirty(): boolean {
    return (
      !this.receipt &&
      (Object.keys(EMPTY_FORM) as Array<keyof FormValues>).some((key) => this.values[key] !== EMPTY_FORM[key])
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('privacyUrl') && this.privacyUrl) {
      const check = checkHttpUrl(this.privacyUrl);
      if (!check.ok)
        this.reportProblem('invalid-attribute', 'privacy-url', `${check.reason}; no link is shown`);
    }
  }

  protected override render() {
    const m = this.messagesFrom(deviationFormMessages);
    return html`<div part="base" class="base">
      <p class="emergency" part="emergency">
        <strong>${m.emergency}</strong> <a href="tel:112">${m.emergencyCall}</a>
      </p>
      ${this.receipt ? this.renderReceipt(m, this.receipt) : keyed(this.round, this.renderForm(m))}
    </div>`;
  }

  private renderForm(m: DeviationFormMessages) {
    const { errors } = validate(this.values, m);
    const shown = this.submitted ? errors : pick(errors, this.touched);
    const privacy = this.privacyUrl ? checkHttpUrl(this.privacyUrl) : undefined;
    const options = (values: readonly string[], labels: string[]): Choice[] =>
      values.map((v, i) => [v, labels[i]!]);
    return html`<form
      data-round=${this.round}
      novalidate
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @change=${this.onInput}
      @focusout=${this.onFocusOut}
      @pointerdown=${this.onActivity}
      @keydown=${this.onActivity}
    >
      <p class="title" tabindex="-1">${m.title}</p>
      <p>${m.intro}</p>
      <p class="privacy" part="privacy">
        ${m.privacy}
        ${privacy?.ok ? html`<a href=${privacy.url} target="_blank" rel="noopener">${m.privacyLink}</a>` : nothing}
      </p>
      ${this.submitted && Object.keys(errors).length > 0 ? this.renderSummary(m, errors) : nothing}
      ${this.radioGroup('reporterRole', m.roleLegend, shown, options(REPORTER_ROLES, [m.roleChild, m.roleParentOrRelative, m.roleStaff, m.roleMunicipalWorker, m.roleOther]))}
      ${this.radioGroup('category', m.categoryLegend, shown, options(DEVIATION_CATEGORIES, [m.categoryRights, m.categorySelfDetermination, m.categorySafety, m.categoryMistreatment, m.categoryServiceQuality, m.categoryOther]))}
      ${this.textArea('description', m.descriptionLabel, shown, DESCRIPTION_MAX_LENGTH, m.descriptionHint, format(m.counter, { count: this.values.description.length, max: DESCRIPTION_MAX_LENGTH }))}
      ${this.textInput('occurredAt', m.occurredAtLabel, shown, { type: 'date', max: todayIso() })}
      ${this.unit ? nothing : this.textInput('location', m.locationLabel, shown, { maxlength: 200 })}
      ${this.radioGroup('harm', m.harmLegend, shown, options(HARM_ANSWERS, [m.harmNo, m.harmYes, m.harmUnknown]))}
      ${this.textArea('hopedOutcome', m.hopedOutcomeLabel, shown, FREE_TEXT_MAX_LENGTH)}
      <fieldset class="field" part="field">
        <legend>${m.contactLegend}</legend>
        <p class="hint">${m.anonymousNote}</p>
        <label class="check"
          ><input type="checkbox" name="giveContact" .checked=${this.values.giveContact} />
          ${m.giveContact}</label
        >
        ${
          this.values.giveContact
            ? html`<div class="contact">
                <p class="hint" id="contact-hint">${m.contactHint}</p>
                ${this.textInput('name', m.nameLabel, shown, { autocomplete: 'name', maxlength: 200 })}
                ${this.textInput('email', m.emailLabel, shown, { type: 'email', autocomplete: 'email', hint: 'contact-hint' })}
                ${this.textInput('phone', m.phoneLabel, shown, { type: 'tel', autocomplete: 'tel', hint: 'contact-hint' })}
                <div class="field" part="field">
                  <label class="check">
                    <input
                      type="checkbox"
                      id="consent"
                      name="consent"
                      .checked=${this.values.consent}
                      aria-invalid=${shown.consent ? 'true' : nothing}
                      aria-describedby=${shown.consent ? 'consent-error' : nothing}
                    />
                    ${m.consent}
                  </label>
                  ${errorMessage('consent', shown)}
                </div>
              </div>`
            : nothing
        }
      </fieldset>
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" .value=${this.values.website} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" part="button button-primary">${m.send}</button>
      </div>
    </form>`;
  }

  private renderSummary(m: DeviationFormMessages, errors: FieldErrors) {
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
              <a href="#${field}" @click=${(e: Event) => this.focusField(e, field)}>${message}</a>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderReceipt(m: DeviationFormMessages, code: string) {
    return html`<div class="receipt" part="receipt">
      <p class="receipt-title" tabindex="-1">${m.receiptTitle}</p>
      <p class="reference" part="reference">${format(m.receiptCode, { code })}</p>
      <p>${m.receiptNext}</p>
      <p>${m.receiptRights}</p>
      <p>${m.receiptComplain}</p>
      ${
        this.kiosk
          ? html`<p>${m.kioskNext}</p>`
          : html`<div class="actions">
              <button type="button" part="button" @click=${() => this.reset()}>${m.newReport}</button>
            </div>`
      }
    </div>`;
  }

  private radioGroup(field: FieldName, legend: string, errors: FieldErrors, choices: Choice[]) {
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
              .checked=${this.values[field] === value}
              aria-invalid=${error ? 'true' : nothing}
            /><span>${label}</span>
          </label>`,
      )}
      ${errorMessage(field, errors)}
    </fieldset>`;
  }

  private textInput(
    field: FieldName,
    label: string,
    errors: FieldErrors,
    options: { type?: string; autocomplete?: string; maxlength?: number; max?: string; hint?: string },
  ) {
    const describedBy = [options.hint, errors[field] ? `${field}-error` : undefined]
      .filter(Boolean)
      .join(' ');
    return html`<div class="field" part="field">
      <label for=${field}>${label}</label>
      <input
        id=${field}
        name=${field}
        type=${options.type ?? 'text'}
        autocomplete=${this.kiosk ? 'off' : (options.autocomplete ?? 'off')}
        maxlength=${options.maxlength ?? nothing}
        max=${options.max ?? nothing}
        .value=${String(this.values[field])}
        aria-invalid=${errors[field] ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
      />
      ${errorMessage(field, errors)}
    </div>`;
  }

  private textArea(
    field: FieldName,
    label: string,
    errors: FieldErrors,
    max: number,
    hint?: string,
    counter?: string,
  ) {
    const describedBy = [
      hint ? `${field}-hint` : '',
      counter ? `${field}-counter` : '',
      errors[field] ? `${field}-error` : '',
    ]
      .filter(Boolean)
      .join(' ');
    return html`<div class="field" part="field">
      <label for=${field}>${label}</label>
      ${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
      <textarea
        id=${field}
        name=${field}
        maxlength=${max}
        .value=${String(this.values[field])}
        aria-invalid=${errors[field] ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
      ></textarea>
      ${counter ? html`<p class="counter" part="counter" id="${field}-counter">${counter}</p>` : nothing}
      ${errorMessage(field, errors)}
    </div>`;
  }

  /**
   * Events from the form of an earlier round are stale: removing a focused, edited textarea on reset
   * fires `change`, which would otherwise write the last person's text back into the new form.
   */
  private isStale(event: Event): boolean {
    return (event.currentTarget as HTMLFormElement).dataset.round !== String(this.round);
  }

  private onInput(event: Event): void {
    if (this.isStale(event)) return;
    const control = event.target as HTMLInputElement;
    const name = control.name as keyof FormValues;
    if (!(name in EMPTY_FORM)) return;
    const value = control.type === 'checkbox' ? control.checked : control.value;
    this.values = { ...this.values, [name]: value };
  }

  /** A field is touched once the person has put something in it and left it: tabbing past is not touching. */
  private onFocusOut(event: FocusEvent): void {
    if (this.isStale(event)) return;
    const name = (event.target as HTMLInputElement).name as FieldName;
    if (!(name in EMPTY_FORM) || this.touched.has(name) || this.values[name] === EMPTY_FORM[name]) return;
    this.touched = new Set(this.touched).add(name);
  }

  /** Kiosk mode: a filled form left alone is cleared, so the next person never sees it. */
  private onActivity(): void {
    if (this.kiosk && this.isDirty) this.kioskReset.schedule(this.resetAfterSeconds());
  }

  private focusField(event: Event, field: FieldName): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(
      `#${field} input:checked, #${field} input, input#${field}, textarea#${field}`,
    );
    target?.focus();
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.onActivity();
    const m = this.messagesFrom(deviationFormMessages);
    if (this.values.website) {
      // A bot filled the honeypot: look as if it worked, store nothing.
      this.receipt = referenceCode(newId());
      return;
    }
    const { data } = validate(this.values, m);
    if (!data) {
      this.submitted = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
      return;
    }
    const envelope = await this.storeAnswer('deviation-report', data);
    if (!envelope) return;
    this.values = { ...EMPTY_FORM };
    this.receipt = referenceCode(envelope.id);
    if (this.kiosk) this.kioskReset.schedule(this.resetAfterSeconds());
  }
}

function pick(errors: FieldErrors, fields: ReadonlySet<FieldName>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => fields.has(field as FieldName)));
}

function errorMessage(field: FieldName, errors: FieldErrors): TemplateResult | typeof nothing {
  const message = errors[field];
  return message ? html`<p class="error" part="error" id="${field}-error">${message}</p>` : nothing;
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-deviation-form': PalauteDeviationForm;
  }
}
