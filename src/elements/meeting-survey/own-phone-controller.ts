import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { heading } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import { LINK_HOURS } from './meeting-link.js';
import type { MeetingSurveyMessages } from './messages.js';

interface OwnPhoneHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
}

/**
 * "Answer on your own phone": the button, and the QR code of the meeting's link in place of the
 * survey until Close. The QR code's module (and its library) is imported at the first request.
 */
export class OwnPhoneController implements ReactiveController {
  private qr: { link: string; code: TemplateResult } | undefined;

  constructor(private readonly host: OwnPhoneHost) {
    host.addController(this);
  }

  /** Taken off the page, the element shows the survey again when it comes back. */
  hostDisconnected(): void {
    this.qr = undefined;
  }

  get open(): boolean {
    return this.qr !== undefined;
  }

  async show(link: string, label: string): Promise<void> {
    const { qrCode } = await import('./qr-code.js');
    this.qr = { link, code: qrCode(link, label) };
    await this.settled();
    this.host.renderRoot.querySelector<HTMLElement>('.qr-title')?.focus();
  }

  async close(focus = true): Promise<void> {
    if (!this.qr) return;
    this.qr = undefined;
    await this.settled();
    if (focus) this.host.renderRoot.querySelector<HTMLElement>('.own-phone button')?.focus();
  }

  button(m: MeetingSurveyMessages, onClick: () => void) {
    return html`<div class="actions own-phone">
      <button type="button" part="button own-phone-button" @click=${onClick}>${m.ownPhone}</button>
    </div>`;
  }

  panel(m: MeetingSurveyMessages, headingLevel: number) {
    if (!this.qr) return nothing;
    return html`<div class="own-phone" part="own-phone">
      ${heading(headingLevel, 'qr-title', m.ownPhone)}
      <p>${format(m.qrHelp, { hours: LINK_HOURS })}</p>
      ${this.qr.code}
      <p class="qr-link">${this.qr.link}</p>
      <div class="actions">
        <button type="button" part="button" @click=${() => void this.close()}>${m.close}</button>
      </div>
    </div>`;
  }

  private settled(): Promise<boolean> {
    this.host.requestUpdate();
    return this.host.updateComplete;
  }
}
