/**
 * Under an opened report: the conversation with its reporter, oldest first with who wrote each,
 * the one-click acknowledgement and the reply form. Every text is rendered as text. A report
 * without a receipt code says why its reporter cannot be answered here; it can still be marked
 * acknowledged, as its deadline runs all the same.
 */
import { html, nothing } from 'lit';
import { DESCRIPTION_MAX_LENGTH } from '../../schema/constants.js';
import { heading } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import type { OpenedMessage } from './conversation.js';
import { dateTime } from './labels.js';
import type { ReportInboxMessages } from './messages.js';
import type { OpenedReport } from './open-report.js';

export interface ConversationState {
  level: number;
  locale: string;
  report: OpenedReport;
  busy: boolean;
  /** A reply is on its way (busy may be another action's). */
  sending: boolean;
  problem: string | undefined;
  notice: string | undefined;
}

export interface ConversationActions {
  acknowledge: () => void;
  reply: (event: SubmitEvent) => void;
}

function messageItem(m: ReportInboxMessages, message: OpenedMessage, locale: string) {
  const who = message.type === 'addition' ? m.fromReporter : m.fromHandlers;
  const body =
    message.type === 'acknowledgement'
      ? html`<p class="muted">${m.acknowledgementSent}</p>`
      : message.altered
        ? html`<p class="error">${m.messageAltered}</p>`
        : html`<p class="note-text">${message.text}</p>`;
  return html`<li class=${message.type}>
    <p class="from">${format(m.messageFrom, { who, time: dateTime(message.createdAt, locale) })}</p>
    ${body}
  </li>`;
}

export function conversationView(m: ReportInboxMessages, state: ConversationState, on: ConversationActions) {
  const { report, locale, busy } = state;
  const { detail } = report;
  const messages = report.messages;
  const answerable = Boolean(detail.receipt);
  // Focus lands on the title after acknowledging, as the button pressed is gone.
  return html`${heading(state.level + 1, 'subheading conversation-title', m.conversationTitle)}
    ${
      !answerable
        ? html`<p class="no-receipt">${m.noReceipt} ${report.contact ? m.noReceiptContact : nothing}</p>`
        : messages.length
          ? html`<ol class="notes messages">
              ${messages.map((message) => messageItem(m, message, locale))}
            </ol>`
          : html`<p>${m.noMessages}</p>`
    }
    ${
      detail.acknowledgedAt
        ? nothing
        : html`<p>${answerable ? m.acknowledgeIntro : m.acknowledgeIntroNoReceipt}</p>
            <div class="actions">
              <button
                type="button"
                class="acknowledge"
                aria-disabled=${busy ? 'true' : 'false'}
                @click=${on.acknowledge}
              >
                ${m.acknowledge}
              </button>
            </div>`
    }
    ${
      answerable
        ? html`<form class="reply-form" @submit=${on.reply} novalidate>
            <label for="reply">${m.replyLabel}</label>
            <p class="hint" id="reply-hint">${m.replyHint}</p>
            <textarea
              id="reply"
              name="reply"
              maxlength=${DESCRIPTION_MAX_LENGTH}
              aria-describedby="reply-hint"
            ></textarea>
            <div class="actions">
              <button class="send" aria-disabled=${busy ? 'true' : 'false'}>
                ${state.sending ? m.sending : m.sendReply}
              </button>
            </div>
          </form>`
        : nothing
    }
    <p class="notice" role="status">${state.notice ?? nothing}</p>
    <p class="error" role="alert">${state.problem ?? nothing}</p>`;
}
