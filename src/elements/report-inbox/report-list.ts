/**
 * The list of reports in the collector's order (due and overdue first, then newest): clear
 * metadata only, each report opened with its button, an overdue one marked in words.
 */
import { html, nothing } from 'lit';
import { heading } from '../../kit/heading.js';
import { REPORT_STATUSES, type ReportStatus, type ReportSummary } from './inbox-api.js';
import { deadlineRows, overdueBadge } from './deadlines.js';
import { age, CATEGORY_LABELS, dateTime, HARM_LABELS, label, STATUS_LABELS } from './labels.js';
import type { ReportInboxMessages } from './messages.js';

export interface ListState {
  level: number;
  locale: string;
  filter: ReportStatus | '';
  reports: ReportSummary[] | undefined;
  next: string | null;
  loading: boolean;
  problem: string | undefined;
}

export interface ListActions {
  filter: (event: Event) => void;
  open: (id: string) => void;
  more: () => void;
}

export function reportList(m: ReportInboxMessages, state: ListState, on: ListActions) {
  const { reports, locale } = state;
  return html`${heading(state.level, 'screen-title', m.navReports)}
    <label for="status-filter">${m.statusLabel}</label>
    <select id="status-filter" @change=${on.filter}>
      <option value="" ?selected=${state.filter === ''}>${m.statusAll}</option>
      ${REPORT_STATUSES.map(
        (status) =>
          html`<option value=${status} ?selected=${state.filter === status}>
            ${label(STATUS_LABELS, m, status)}
          </option>`,
      )}
    </select>
    <p class="notice" role="status">
      ${state.loading ? m.loading : reports?.length === 0 ? m.empty : nothing}
    </p>
    <p class="error" role="alert">${state.problem ?? nothing}</p>
    ${
      reports?.length
        ? html`<ol class="reports" part="list">
            ${reports.map(
              (report) =>
                html`<li>
                  <button type="button" class="link" @click=${() => on.open(report.id)}>
                    ${label(CATEGORY_LABELS, m, report.category)}
                  </button>
                  ${overdueBadge(m, report.overdue)}
                  <dl>
                    <div>
                      <dt>${m.statusLabel}</dt>
                      <dd>${label(STATUS_LABELS, m, report.status)}</dd>
                    </div>
                    <div>
                      <dt>${m.harmShort}</dt>
                      <dd>${label(HARM_LABELS, m, report.harm)}</dd>
                    </div>
                    <div>
                      <dt>${m.unitLabel}</dt>
                      <dd>${report.unit ?? m.notGiven}</dd>
                    </div>
                    <div>
                      <dt>${m.receivedLabel}</dt>
                      <dd>
                        <time datetime=${report.receivedAt} title=${dateTime(report.receivedAt, locale)}
                          >${age(report.receivedAt, locale)}</time
                        >
                      </dd>
                    </div>
                    ${deadlineRows(m, report, locale)}
                  </dl>
                </li>`,
            )}
          </ol>`
        : nothing
    }
    ${
      state.next && !state.loading
        ? html`<div class="actions"><button type="button" @click=${on.more}>${m.more}</button></div>`
        : nothing
    }`;
}
