/**
 * A report's two deadlines (issue 20: acknowledge within 7 days, feedback within 3 months) as
 * `<dl>` rows, and the overdue badge: in words, so it does not rest on colour alone.
 */
import { html, nothing } from 'lit';
import type { Overdue } from './inbox-api.js';
import { dateTime } from './labels.js';
import type { ReportInboxMessages } from './messages.js';

export interface Deadlines {
  acknowledgedAt?: string | null;
  acknowledgementDue?: string;
  feedbackDue?: string;
  overdue?: Overdue;
}

const row = (name: string, iso: string | null | undefined, locale: string) =>
  iso
    ? html`<div>
        <dt>${name}</dt>
        <dd><time datetime=${iso}>${dateTime(iso, locale)}</time></dd>
      </div>`
    : nothing;

/** The rows; the acknowledgement's due date once it was sent is history, so it gives way. */
export function deadlineRows(m: ReportInboxMessages, report: Deadlines, locale: string) {
  return html`${
    report.acknowledgedAt
      ? row(m.acknowledgedLabel, report.acknowledgedAt, locale)
      : row(m.acknowledgementDueLabel, report.acknowledgementDue, locale)
  }
  ${row(m.feedbackDueLabel, report.feedbackDue, locale)}`;
}

export function overdueBadge(m: ReportInboxMessages, overdue: Overdue | undefined) {
  return overdue
    ? html`<strong class="overdue"
        >${overdue === 'acknowledgement' ? m.overdueAcknowledgement : m.overdueFeedback}</strong
      >`
    : nothing;
}
