/**
 * A report's audit trail as the collector keeps it (GET /v1/reports/:id/audit): every read and
 * every action, oldest first, with the fingerprint of the token that acted. Read-only.
 */
import { html, nothing } from 'lit';
import { heading } from '../../kit/heading.js';
import type { AuditRow } from './inbox-api.js';
import { dateTime, label, STATUS_LABELS } from './labels.js';
import type { ReportInboxMessages } from './messages.js';
import type { ReportStatus } from './inbox-api.js';

/** The words for an action; one the inbox does not know shows as the collector wrote it. */
function actionText(m: ReportInboxMessages, action: string): string {
  if (action.startsWith('status:'))
    return `${m.statusLabel}: ${label(STATUS_LABELS, m, action.slice(7) as ReportStatus)}`;
  const known: Record<string, string> = {
    read: m.auditRead,
    acknowledge: m.auditAcknowledged,
    reply: m.auditReplied,
  };
  return known[action] ?? action;
}

export function auditView(
  m: ReportInboxMessages,
  audit: AuditRow[] | undefined,
  locale: string,
  level: number,
) {
  if (!audit?.length) return nothing;
  return html`${heading(level + 1, 'subheading', m.auditTitle)}
    <ol class="notes audit">
      ${audit.map(
        (row) =>
          html`<li>
            <span>${dateTime(row.at, locale)}</span> <span>${actionText(m, row.action)}</span>
            <span class="muted">${m.auditBy} ${row.actor}</span>
          </li>`,
      )}
    </ol>`;
}
