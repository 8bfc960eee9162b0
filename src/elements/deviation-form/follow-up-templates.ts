/**
 * The follow-up views (issue 20): the code step and the report with its dates, conversation,
 * addition field and complaint information. Everything from the server is rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DeliveryStatus } from '../../kit/delivery-controller.js';
import { heading } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import { DESCRIPTION_MAX_LENGTH } from '../../schema/constants.js';
import type { CodeProblem, FollowUpController, ShownMessage } from './follow-up-controller.js';
import type { DeviationFormMessages } from './messages.js';

export interface FollowUpContext {
  m: DeviationFormMessages;
  level: number;
  locale: string;
  followUp: FollowUpController;
  /** What happened to the latest addition sent here. */
  additionStatus: DeliveryStatus | undefined;
  onLookUp: (event: SubmitEvent) => void;
  onAdd: (event: SubmitEvent) => void;
  onBack: () => void;
}

const problemText = (m: DeviationFormMessages, problem: CodeProblem): string =>
  problem.kind === 'limited'
    ? format(m.errorCodeLimited, { minutes: problem.minutes })
    : {
        malformed: m.errorCodeMalformed,
        'not-found': m.errorCodeNotFound,
        unreachable: m.errorUnreachable,
      }[problem.kind];

export function codeStep({ m, level, followUp, onLookUp, onBack }: FollowUpContext): TemplateResult {
  const problem = followUp.problem;
  return html`<form class="follow" part="follow-up" novalidate @submit=${onLookUp}>
    ${heading(level, 'follow-title', m.followTitle)}
    <div class="field" part="field">
      <label for="receipt-code">${m.codeLabel}</label>
      <p class="hint" id="receipt-code-hint">${m.followIntro}</p>
      <input
        id="receipt-code"
        name="receipt-code"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        aria-invalid=${problem ? 'true' : nothing}
        aria-describedby=${problem ? 'receipt-code-hint receipt-code-error' : 'receipt-code-hint'}
      />
      <p class="error" part="error" id="receipt-code-error" role="alert">
        ${problem ? problemText(m, problem) : ''}
      </p>
    </div>
    <div class="actions">
      <button type="submit" class="primary" part="button button-primary" ?disabled=${followUp.looking}>
        ${m.followLookUp}
      </button>
      <button type="button" part="button" @click=${onBack}>${m.followBack}</button>
    </div>
    <p role="status">${followUp.looking ? m.followLooking : ''}</p>
  </form>`;
}

const dateOnly = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(iso));
const dateTime = (locale: string, iso: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
const time = (text: string, iso: string) => html`<time datetime=${iso}>${text}</time>`;

function messageText(m: DeviationFormMessages, message: ShownMessage): string {
  if (message.type === 'acknowledgement') return m.acknowledgementText;
  if (message.unreadable || message.text === undefined) return m.unreadableMessage;
  return message.text;
}

function additionText(m: DeviationFormMessages, status: DeliveryStatus | undefined): string {
  if (!status || status === 'idle') return '';
  return {
    stored: m.additionStored,
    retrying: m.additionRetrying,
    delivered: m.additionDelivered,
    failed: m.additionFailed,
  }[status];
}

export function reportStep(context: FollowUpContext): TemplateResult {
  const { m, level, locale, followUp, additionStatus, onAdd, onBack } = context;
  const report = followUp.report!;
  const status = { new: m.statusNew, 'in-progress': m.statusInProgress, closed: m.statusClosed }[
    report.status
  ];
  const messages = followUp.messages;
  return html`<div class="follow" part="follow-up">
    ${heading(level, 'follow-report-title', m.followReportTitle)}
    <dl class="facts" part="facts">
      <div>
        <dt>${m.statusLabel}</dt>
        <dd class="report-status">${status}</dd>
      </div>
      <div>
        <dt>${m.receivedLabel}</dt>
        <dd>${time(dateTime(locale, report.receivedAt), report.receivedAt)}</dd>
      </div>
      <div>
        <dt>${m.acknowledgedLabel}</dt>
        <dd class="acknowledged">
          ${report.acknowledgedAt ? time(dateTime(locale, report.acknowledgedAt), report.acknowledgedAt) : m.notYet}
        </dd>
      </div>
      <div>
        <dt>${m.acknowledgementDueLabel}</dt>
        <dd class="acknowledgement-due">
          ${time(dateOnly(locale, report.acknowledgementDue), report.acknowledgementDue)}
        </dd>
      </div>
      <div>
        <dt>${m.feedbackDueLabel}</dt>
        <dd class="feedback-due">${time(dateOnly(locale, report.feedbackDue), report.feedbackDue)}</dd>
      </div>
      ${
        report.closedAt
          ? html`<div>
              <dt>${m.closedLabel}</dt>
              <dd>${time(dateTime(locale, report.closedAt), report.closedAt)}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${heading(level + 1 > 6 ? 6 : level + 1, 'conversation-title', m.conversationTitle)}
    ${
      messages.length
        ? html`<ol class="conversation" part="conversation">
            ${messages.map(
              (message) =>
                html`<li class="message ${message.type}">
                  <p class="message-meta">
                    <strong>${message.type === 'addition' ? m.fromYou : m.fromHandlers}</strong>,
                    ${time(dateTime(locale, message.createdAt), message.createdAt)}
                  </p>
                  <p class="message-text">${messageText(m, message)}</p>
                </li>`,
            )}
          </ol>`
        : html`<p>${m.noMessages}</p>`
    }
    ${
      followUp.canAdd
        ? html`<form class="addition" novalidate @submit=${onAdd}>
            <div class="field" part="field">
              <label for="addition">${m.additionLabel}</label>
              <p class="hint" id="addition-hint">${m.additionHint}</p>
              <textarea
                id="addition"
                name="addition"
                maxlength=${DESCRIPTION_MAX_LENGTH}
                aria-invalid=${followUp.additionEmpty ? 'true' : nothing}
                aria-describedby=${followUp.additionEmpty ? 'addition-hint addition-error' : 'addition-hint'}
              ></textarea>
              ${
                followUp.additionEmpty
                  ? html`<p class="error" part="error" id="addition-error">${m.errorAdditionEmpty}</p>`
                  : nothing
              }
            </div>
            <div class="actions">
              <button type="submit" class="primary" part="button button-primary">${m.additionSend}</button>
            </div>
          </form>`
        : html`<p>${m.additionUnavailable}</p>`
    }
    <p class="addition-status" role="status">${additionText(m, additionStatus)}</p>
    ${heading(level + 1 > 6 ? 6 : level + 1, 'complain-title', m.complainTitle)}
    <p>${m.receiptRights}</p>
    <p>${m.receiptComplain}</p>
    <div class="actions">
      <button type="button" part="button" @click=${onBack}>${m.followBack}</button>
    </div>
  </div>`;
}
