/**
 * One report, opened in this browser: every field as text, the contact details unless erased, the
 * notes, and the status form. An altered report shows the one sentence and nothing of its text.
 */
import { html, nothing } from 'lit';
import { heading } from '../../kit/heading.js';
import { format } from '../../kit/i18n.js';
import { deadlineRows, overdueBadge } from './deadlines.js';
import { REPORT_STATUSES, type ReportStatus } from './inbox-api.js';
import { CATEGORY_LABELS, dateTime, HARM_LABELS, label, ROLE_LABELS, STATUS_LABELS } from './labels.js';
import type { ReportInboxMessages } from './messages.js';
import type { OpenedNote, OpenedReport } from './open-report.js';

export interface ReportState {
  level: number;
  locale: string;
  report: OpenedReport | undefined;
  /** The status chosen in the form, before it is saved. */
  chosen: ReportStatus | undefined;
  busy: boolean;
  problem: string | undefined;
  notice: string | undefined;
  /** The conversation with the reporter, and the audit trail: their own views. */
  conversation: unknown;
  audit: unknown;
}

export interface ReportActions {
  back: () => void;
  choose: (event: Event) => void;
  save: (event: SubmitEvent) => void;
}

const field = (name: string, value: string | undefined) =>
  value
    ? html`<div>
        <dt>${name}</dt>
        <dd>${value}</dd>
      </div>`
    : nothing;

export function reportView(m: ReportInboxMessages, state: ReportState, on: ReportActions) {
  const { report, locale } = state;
  const back = html`<div class="actions"><button type="button" @click=${on.back}>${m.back}</button></div>`;
  if (!report) {
    return html`${back}
      <p class="notice" role="status">${state.problem ? nothing : m.loading}</p>
      <p class="error" role="alert">${state.problem ?? nothing}</p>`;
  }
  const { detail } = report;
  const context = detail.envelope.context ?? {};
  return html`${back} ${heading(state.level, 'screen-title', label(CATEGORY_LABELS, m, report.category))}
    ${overdueBadge(m, detail.overdue)}
    ${report.state === 'legacy' ? html`<p class="legacy" part="legacy-notice">${m.legacy}</p>` : nothing}
    <dl class="fields">
      ${field(m.statusLabel, label(STATUS_LABELS, m, detail.status))}
      ${field(m.receivedLabel, dateTime(detail.receivedAt, locale))} ${deadlineRows(m, detail, locale)}
      ${field(m.unitLabel, context.unit ?? m.notGiven)}
      ${field(m.serviceLabel, context.service ?? m.notGiven)}
      ${field(m.roleLabel, label(ROLE_LABELS, m, report.reporterRole))}
      ${field(m.harmShort, label(HARM_LABELS, m, report.harm))}
    </dl>
    ${
      report.state === 'altered'
        ? html`<p class="error altered" role="alert">${m.altered}</p>`
        : html`<dl class="fields written">
              ${field(m.descriptionLabel, report.text?.description)}
              ${field(m.occurredAtLabel, report.text?.occurredAt)}
              ${field(m.locationLabel, report.text?.location)}
              ${field(m.hopedOutcomeLabel, report.text?.hopedOutcome)}
            </dl>
            ${contactDetails(m, report, state.level)}`
    }
    ${state.conversation} ${notes(m, report, locale, state.level)} ${statusForm(m, state, on)} ${state.audit}`;
}

function contactDetails(m: ReportInboxMessages, report: OpenedReport, level: number) {
  const title = heading(level + 1, 'subheading', m.contactTitle);
  if (report.contact) {
    const { name, email, phone } = report.contact;
    return html`${title}
      <dl class="fields contact">
        ${field(m.contactName, name)} ${field(m.contactEmail, email)} ${field(m.contactPhone, phone)}
      </dl>`;
  }
  const why = report.detail.contactErasedAt ? m.contactErased : report.anonymous ? m.anonymous : undefined;
  return why
    ? html`${title}
        <p>${why}</p>`
    : nothing;
}

function noteItem(m: ReportInboxMessages, note: OpenedNote, locale: string) {
  const when = format(m.noteWritten, { time: dateTime(note.createdAt, locale) });
  return html`<li>
    ${'text' in note ? html`<p class="note-text">${note.text}</p>` : html`<p class="error">${m.noteAltered}</p>`}
    <p class="muted">${when}</p>
  </li>`;
}

function notes(m: ReportInboxMessages, report: OpenedReport, locale: string, level: number) {
  const legacy = report.detail.note;
  if (!report.notes.length && !legacy) return nothing;
  return html`${heading(level + 1, 'subheading', m.notesTitle)}
    <ul class="notes">
      ${
        legacy
          ? html`<li>
              <p class="note-text">${legacy}</p>
              <p class="muted">${m.legacyNote}</p>
            </li>`
          : nothing
      }
      ${report.notes.map((note) => noteItem(m, note, locale))}
    </ul>`;
}

function statusForm(m: ReportInboxMessages, state: ReportState, on: ReportActions) {
  const current = state.report!.detail.status;
  const chosen = state.chosen ?? current;
  const closing = chosen === 'closed' && current !== 'closed' && Boolean(state.report!.contact);
  return html`<form class="status-form" @submit=${on.save} novalidate>
    <fieldset>
      <legend class="subheading">${m.changeTitle}</legend>
      <div class="choices">
        ${REPORT_STATUSES.map(
          (status) =>
            html`<label class="check">
              <input
                type="radio"
                name="status"
                value=${status}
                .checked=${status === chosen}
                @change=${on.choose}
              />
              ${label(STATUS_LABELS, m, status)}
            </label>`,
        )}
      </div>
    </fieldset>
    <label for="note">${m.noteLabel}</label>
    <textarea id="note" name="note" maxlength="2000"></textarea>
    <p class="warning" id="close-warning">${closing ? m.closeWarning : nothing}</p>
    <div class="actions">
      <button class="primary" part="button button-primary" aria-disabled=${state.busy ? 'true' : 'false'}>
        ${state.busy ? m.saving : m.save}
      </button>
    </div>
    <p class="notice" role="status">${state.notice ?? nothing}</p>
    <p class="error" role="alert">${state.problem ?? nothing}</p>
  </form>`;
}
