import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { getConfig } from '../../delivery/configure.js';
import { reportError } from '../../delivery/log.js';
import { checkHttpUrl } from '../../delivery/http-url.js';
import { newId, referenceCode } from '../../delivery/ids.js';
import { reportAttribute } from '../../kit/events.js';
import { heading } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import { KioskController } from '../../kit/kiosk-controller.js';
import { LocalizeController } from '../../kit/localize-controller.js';
import { PalauteElement } from '../../kit/palaute-element.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { textFieldStyles } from '../../kit/text-field.styles.js';
import { DESCRIPTION_MAX_LENGTH, FREE_TEXT_MAX_LENGTH, todayIso } from '../../schema/constants.js';
import type { PlaintextDeviationData } from '../../schema/sealed-deviation-report.js';
import type { ReportReceiptData } from '../../schema/report-receipt.js';
import { codePointLength, maxlengthFor } from '../../schema/text-length.js';
import { CATEGORY_LABELS, choicesIn, HARM_LABELS, ROLE_LABELS } from './choices.js';
import { contactFields } from './contact-fields.js';
import { radioGroup, textArea, textInput, type FieldContext } from './field-templates.js';
import { LeaveWarningController } from './leave-warning-controller.js';
import { deliveryText, errorSummary, receiptTemplate } from './report-templates.js';
import { FollowUpController } from './follow-up-controller.js';
import type { FollowUpContext } from './follow-up-templates.js';
import { receiptCodeTemplate, type CopyOutcome } from './receipt-code-template.js';
import { EMPTY_FORM, validate, type FieldErrors, type FieldName, type FormValues } from './form-model.js';
import { deviationFormMessages, type DeviationFormMessages } from './messages.js';
import { deviationFormStyles } from './palaute-deviation-form.styles.js';

/** Kiosk mode clears a filled form after this many seconds without input, and the receipt after as long. */
export const KIOSK_RESET_AFTER_SECONDS = 120;

/**
 * @tag palaute-deviation-form
 * @summary A deviation report (poikkeamailmoitus) that anyone can make safely, anonymously if they
 * wish: a child, a parent, staff or a municipal social worker.
 *
 * Always shows how to reach 112 and a short privacy notice. Validates with the core's zod schema
 * and shows errors beside each field and in a summary. After sending, a receipt with a reference
 * code and a live line saying whether it is saved, sent or could not be sent, and a receipt code
 * (issue 20) shown once: with it, "Follow your report with its code" shows the report's status,
 * due dates and the handlers' replies, and takes an addition sealed like the report. An unsent draft warns before the page is left; drafts are never stored.
 *
 * With `configure({ reportKey })` (or `"reportKey"` in the `data-palaute-config` block), what the
 * person wrote (the text, date, place, hope and contact details) is sealed in the browser to the
 * organisation's key before the report is stored or sent; the crypto is loaded when it is sent.
 *
 * @event palaute-answer - The report is stored in the outbox; `detail` is the envelope, `event.durable` says whether it is in IndexedDB (false: kept in memory for this page only).
 * @event palaute-delivered - The endpoint accepted the report; `detail` is `{ id }`.
 * @event palaute-error - A configuration or delivery problem; `detail` is `{ code, message, id?, field?, status? }`.
 *
 * @csspart base - The widget's frame.
 * @csspart emergency - The always visible "call 112" notice.
 * @csspart emergency-call - The "call 112" link, a button-sized target.
 * @csspart privacy - The privacy notice.
 * @csspart error-summary - The list of errors shown after a failed send.
 * @csspart field - Each field's wrapper.
 * @csspart error - A field's error message.
 * @csspart counter - The description's character counter.
 * @csspart button - Every button; `button-primary` is also on the main one.
 * @csspart receipt - The receipt shown after sending.
 * @csspart reference - The reference code in the receipt.
 * @csspart idle-notice - Kiosk mode: "Are you still there?" before a filled form is cleared for inactivity.
 * @csspart status - The receipt's live line saying whether the report is saved, sent or could not be sent.
 * @csspart receipt-code - The receipt code's box on the receipt: the code, "write this down", copy.
 * @csspart code - The receipt code itself, in groups of four digits.
 * @csspart follow-up - The views of a report followed with its receipt code.
 * @csspart facts - The followed report's status, dates and due dates.
 * @csspart conversation - The followed report's messages: acknowledgement, replies, the reporter's additions.
 *
 * @cssproperty --palaute-color-emergency - Background of the 112 notice. Default #fff4e5 / #3d2a0f.
 * @cssproperty --palaute-color-on-emergency - Text of the 112 notice. Default #1b1b1b / #fff4e5.
 */
export class PalauteDeviationForm extends PalauteElement {
  static override styles = [sharedStyles, textFieldStyles, deviationFormStyles];
  static override properties: PropertyDeclarations = {
    privacyUrl: { attribute: 'privacy-url' },
    values: { state: true, attribute: false },
    touched: { state: true, attribute: false },
    submitted: { state: true, attribute: false },
    receipt: { state: true, attribute: false },
    receiptCode: { state: true, attribute: false },
    copied: { state: true, attribute: false },
    followUpUnavailable: { state: true, attribute: false },
  };

  /** Link to the full privacy notice, shown beside the short one. */
  privacyUrl?: string;

  override resetAfter = KIOSK_RESET_AFTER_SECONDS;

  private values: FormValues = { ...EMPTY_FORM };
  private touched = new Set<FieldName>();
  private submitted = false;
  /** The reference code once the report is stored. */
  private receipt: string | undefined;
  /** The receipt code (issue 20) while the receipt shows it: in memory only, gone with the reset. */
  private receiptCode: string | undefined;
  private copied: CopyOutcome;
  /** Started at the first input, so that Send does not wait for its slow derivation. */
  private pendingReceipt: Promise<{ code: string; receipt: ReportReceiptData } | Error> | undefined;
  /** Set when "back to the form" left the follow-up: focus returns to the button that opened it. */
  private backFromFollowUp = false;
  /**
   * The follow-up's views, a chunk of their own loaded when asked for: most people only report,
   * and the form's first paint should not carry what only a returning reporter sees.
   */
  private followUpViews: typeof import('./follow-up-templates.js') | undefined;
  /** Its chunk could not be loaded (offline before it ever was): said beside the button. */
  private followUpUnavailable = false;
  private sending = false;
  /** Following a report by its receipt code. */
  private readonly followUp = new FollowUpController({
    requestUpdate: () => this.requestUpdate(),
    endpointUrl: () => this.resolveEndpoint()?.url,
    storeAddition: (seal) =>
      // The envelope's data is made by `seal`, which knows the envelope's id (the message id).
      this.storeAnswer('report-addition', undefined as never, seal),
  });
  protected override readonly localize = new LocalizeController(this, deviationFormMessages);
  protected override readonly rounds = new KioskController(this, {
    clear: () => {
      this.values = { ...EMPTY_FORM };
      this.touched = new Set();
      this.submitted = false;
      this.receipt = undefined;
      this.receiptCode = undefined;
      this.copied = undefined;
      this.pendingReceipt = undefined;
      this.backFromFollowUp = false;
      this.followUpUnavailable = false;
      this.followUp.clear();
    },
    step: () => this.receipt ?? this.followUp.step,
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>(this.focusSelector),
    // Kiosk mode: a filled form, or one showing the errors of a failed send, or a report followed
    // by its code, left alone is cleared after reset-after seconds (it has no idle-after).
    inUse: () => this.isDirty || this.submitted || this.followUp.step !== 'closed',
    resetAfter: KIOSK_RESET_AFTER_SECONDS,
  });
  /** An unsent draft warns before the page is left; a kiosk's next person should not be asked. */
  private readonly leaveWarning = new LeaveWarningController(this, () => this.isDirty && !this.kiosk);
  /** Between pointerdown in the form and pointerup. */
  private pressing = false;

  /** Where focus goes when the view changes: the new view's heading, or the field to type in. */
  private get focusSelector(): string {
    if (this.receipt) return '.receipt-title';
    if (this.followUp.step === 'code') return '#receipt-code';
    if (this.followUp.step === 'report') return '.follow-report-title';
    return this.backFromFollowUp ? '.follow-open' : '.title';
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
      if (!check.ok) reportAttribute(this, 'privacy-url', `${check.reason}; no link is shown`);
    }
  }

  protected override render() {
    const m = this.localize.messages;
    const receipt = this.receipt
      ? receiptTemplate(m, {
          code: this.receipt,
          level: this.titleLevel,
          kiosk: this.kiosk,
          startOver: () => this.reset(),
          receiptCode: this.receiptCode
            ? receiptCodeTemplate(m, this.receiptCode, !this.kiosk, this.copied, () => this.copyCode())
            : undefined,
        })
      : undefined;
    // The status region is there, empty, before the receipt: one inserted with its text is not announced.
    const status = this.receipt ? deliveryText(m, this.deliveryStatus) : '';
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.rounds.notice(m)}
      <p class="emergency" part="emergency">
        <strong>${m.emergency}</strong>
        <a class="emergency-call" part="emergency-call" href="tel:112">${m.emergencyCall}</a>
      </p>
      ${receipt ?? this.rounds.fresh(this.followUp.step === 'closed' || !this.followUpViews ? this.renderForm(m) : this.renderFollowUp(this.followUpViews, m))}
      <p class="status" part="status" role="status">${status}</p>
    </div>`;
  }

  private renderForm(m: DeviationFormMessages) {
    const { errors } = validate(this.values, m);
    const shown = this.submitted ? errors : pick(errors, this.touched);
    const privacy = this.privacyUrl ? checkHttpUrl(this.privacyUrl) : undefined;
    const fields: FieldContext = { values: this.values, errors: shown, kiosk: this.kiosk };
    return html`<form
      data-round=${this.rounds.round}
      novalidate
      @submit=${this.onSubmit}
      @input=${this.onInput}
      @change=${this.onInput}
      @focusout=${this.onFocusOut}
      @pointerdown=${this.onPointerDown}
      @keydown=${this.onActivity}
    >
      ${heading(this.titleLevel, 'title', m.title)}
      <p>${m.intro}</p>
      <p class="privacy" part="privacy">
        ${m.privacy}
        ${privacy?.ok ? html`<a href=${privacy.url} target="_blank" rel="noopener">${m.privacyLink}</a>` : nothing}
      </p>
      <div class="actions">
        <button type="button" class="follow-open" part="button" @click=${this.openFollowUp}>
          ${m.followOpen}
        </button>
      </div>
      <p
        class=${
          // A live region from the start, so that its message is announced; an error only with one.
          this.followUpUnavailable ? 'error' : 'follow-up-status'
        }
        role="status"
      >
        ${this.followUpUnavailable ? m.errorUnreachable : ''}
      </p>
      ${this.submitted && Object.keys(errors).length > 0 ? errorSummary(m, errors, (field) => this.focusField(field)) : nothing}
      ${radioGroup(fields, 'reporterRole', m.roleLegend, choicesIn(ROLE_LABELS, m), true)}
      ${radioGroup(fields, 'category', m.categoryLegend, choicesIn(CATEGORY_LABELS, m), true)}
      ${textArea(fields, 'description', m.descriptionLabel, maxlengthFor(this.values.description, DESCRIPTION_MAX_LENGTH), m.descriptionHint, format(m.counter, { count: codePointLength(this.values.description), max: DESCRIPTION_MAX_LENGTH }), true)}
      ${textInput(fields, 'occurredAt', m.occurredAtLabel, { type: 'date', max: todayIso() })}
      ${this.effectiveUnit ? nothing : textInput(fields, 'location', m.locationLabel, { maxlength: 200 })}
      ${radioGroup(fields, 'harm', m.harmLegend, choicesIn(HARM_LABELS, m), true)}
      ${textArea(fields, 'hopedOutcome', m.hopedOutcomeLabel, FREE_TEXT_MAX_LENGTH)}
      ${contactFields(fields, m)}
      <div class="honeypot" aria-hidden="true">
        <label for="website">Website</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" .value=${this.values.website} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" part="button button-primary">${m.send}</button>
      </div>
    </form>`;
  }

  private renderFollowUp(
    { codeStep, reportStep }: typeof import('./follow-up-templates.js'),
    m: DeviationFormMessages,
  ) {
    const context: FollowUpContext = {
      m,
      level: this.titleLevel,
      locale: this.locale,
      followUp: this.followUp,
      additionStatus: this.followUp.messages.some((message) => message.sentHere)
        ? this.deliveryStatus
        : undefined,
      onLookUp: (event) => this.onLookUp(event),
      onAdd: (event) => this.onAdd(event),
      onBack: () => this.closeFollowUp(),
    };
    return html`<div
      data-round=${this.rounds.round}
      @keydown=${this.onActivity}
      @pointerdown=${this.onActivity}
    >
      ${this.followUp.step === 'code' ? codeStep(context) : reportStep(context)}
    </div>`;
  }

  private async openFollowUp(): Promise<void> {
    this.backFromFollowUp = false;
    try {
      this.followUpViews ??= await import('./follow-up-templates.js');
    } catch {
      this.followUpUnavailable = true;
      return;
    }
    this.followUpUnavailable = false;
    this.followUp.open();
  }

  private closeFollowUp(): void {
    this.backFromFollowUp = true;
    this.followUp.clear();
  }

  private onLookUp(event: SubmitEvent): void {
    event.preventDefault();
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem(
      'receipt-code',
    ) as HTMLInputElement;
    void this.followUp.lookUp(field.value).then(async () => {
      await this.updateComplete;
      // Still on the code step: the error is read from the field, where the person fixes it.
      if (this.followUp.step === 'code') this.renderRoot.querySelector<HTMLElement>('#receipt-code')?.focus();
    });
  }

  private async onAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const field = form.elements.namedItem('addition') as HTMLTextAreaElement;
    if (await this.followUp.add(field.value)) field.value = '';
    else if (this.followUp.additionEmpty) field.focus();
  }

  /** Kiosk mode has no copy button: the clipboard would keep the code on the shared device. */
  private async copyCode(): Promise<void> {
    const code = this.receiptCode;
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      this.copied = 'copied';
    } catch {
      this.copied = 'failed';
    }
  }

  /**
   * The receipt (issue 20) is made while the person writes: its derivation takes 0.3–2 s. What it
   * could not make (no WebCrypto, the chunk not loaded) is an Error, said in the console at Send.
   */
  private startReceipt(): void {
    this.pendingReceipt ??= import('./receipt-maker.js')
      .then(({ makeReceipt }) => makeReceipt())
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  }

  private focusField(field: FieldName): void {
    this.renderRoot
      .querySelector<HTMLElement>(
        `#${field} input:checked, #${field} input, input#${field}, textarea#${field}`,
      )
      ?.focus();
  }

  /**
   * Events from the form of an earlier round are stale: removing a focused, edited textarea on reset
   * fires `change`, which would otherwise write the last person's text back into the new form.
   */
  private isStale(event: Event): boolean {
    return (event.currentTarget as HTMLFormElement).dataset.round !== String(this.rounds.round);
  }

  private onInput(event: Event): void {
    if (this.isStale(event)) return;
    // Fetched at the first input, not at Send: a tablet that is offline by then still seals.
    if (getConfig().reportKey) import('./report-seal.js').catch(() => {});
    this.startReceipt();
    const control = event.target as HTMLInputElement;
    const name = control.name as keyof FormValues;
    if (!(name in EMPTY_FORM)) return;
    const value = control.type === 'checkbox' ? control.checked : control.value;
    this.values = { ...this.values, [name]: value };
  }

  /**
   * A field is touched once the person has put something in it and left it: tabbing past is not
   * touching. Left by pressing a pointer anywhere in the form, it is touched after the click, in a
   * task after pointerup: an error shown between press and release would push what is below it
   * down, and the click on a checkbox, a choice, a field or a button there would be lost.
   */
  private onFocusOut(event: FocusEvent): void {
    if (this.isStale(event)) return;
    const name = (event.target as HTMLInputElement).name as FieldName;
    const touch = () => {
      if (name in EMPTY_FORM && !this.touched.has(name) && this.values[name] !== EMPTY_FORM[name]) {
        this.touched = new Set(this.touched).add(name);
      }
    };
    if (this.pressing) window.addEventListener('pointerup', () => setTimeout(touch), { once: true });
    else touch();
  }

  private onPointerDown(): void {
    this.pressing = true;
    window.addEventListener('pointerup', () => (this.pressing = false), { once: true, capture: true });
    this.onActivity();
  }

  /** Kiosk mode: a filled form left alone is cleared, so the next person never sees it. */
  private onActivity(): void {
    this.rounds.idle?.activity();
  }

  /**
   * What the person wrote, sealed to the organisation's key before the outbox sees it; the crypto
   * is loaded at the first input, not with the page. A key this browser cannot seal to (malformed, private, no
   * WebCrypto) is the site's to fix, not the reporter's: the report goes as from a page without a
   * key, which the collector seals on arrival, and the console says why.
   */
  private async seal(key: JsonWebKey, id: string, data: PlaintextDeviationData) {
    try {
      return await (await import('./report-seal.js')).sealReport(key, id, data);
    } catch (error) {
      this.reportProblem('unsealed', `reportKey: ${error}; the report is sent unsealed`, 'reportKey', id);
      return data;
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.onActivity();
    if (this.sending) return;
    this.sending = true;
    try {
      await this.send();
    } finally {
      this.sending = false;
    }
  }

  private async send(): Promise<void> {
    const m = this.localize.messages;
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
    const round = this.rounds.round;
    this.startReceipt();
    const made = await this.pendingReceipt!;
    if (round !== this.rounds.round) return;
    if (made instanceof Error) {
      reportError(
        `<${this.localName}> could not make a receipt code (${made}); the report is sent without one`,
      );
    }
    const report: PlaintextDeviationData = made instanceof Error ? data : { ...data, receipt: made.receipt };
    const key = getConfig().reportKey;
    const envelope = await this.storeAnswer(
      'deviation-report',
      report,
      key && ((id) => this.seal(key, id, report)),
    );
    if (!envelope) return;
    this.values = { ...EMPTY_FORM };
    this.pendingReceipt = undefined;
    this.receipt = referenceCode(envelope.id);
    this.receiptCode = made instanceof Error ? undefined : made.code;
    this.rounds.finish();
  }
}

function pick(errors: FieldErrors, fields: ReadonlySet<FieldName>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => fields.has(field as FieldName)));
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-deviation-form': PalauteDeviationForm;
  }
  interface PalauteMessagesByTag {
    'palaute-deviation-form': DeviationFormMessages;
  }
}
