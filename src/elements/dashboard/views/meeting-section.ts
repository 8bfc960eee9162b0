/** The meeting survey per item and respondent role: the mean (0–10) and n, each role on its own. */
import { html } from 'lit';
import { format } from '../../../kit/i18n.js';
import type { RespondentRole } from '../../../schema/constants.js';
import type { MeetingItemResult, MeetingResultsGroup } from '../../../schema/results.js';
import { meterBar } from '../charts/stacked-bar.js';
import type { MeetingByRole } from '../dashboard-data.js';
import type { DashboardMessages } from '../messages.js';
import { groupName, number, suppressedCell, type ViewContext } from './view-context.js';

const ROLE_LABELS: Record<RespondentRole, keyof DashboardMessages> = {
  child: 'roleChild',
  parent: 'roleParent',
  relative: 'roleRelative',
  staff: 'roleStaff',
  'municipal-worker': 'roleMunicipalWorker',
  other: 'roleOther',
};
const ITEM_LABELS: Record<string, keyof DashboardMessages> = {
  heard: 'itemHeard',
  mattered: 'itemMattered',
  together: 'itemTogether',
  overall: 'itemOverall',
};

/** A site's own survey has only ids at the collector: those show as they are. */
const itemLabel = (m: DashboardMessages, { survey, item }: MeetingItemResult) =>
  survey ? `${survey}: ${item}` : ITEM_LABELS[item] ? m[ITEM_LABELS[item]] : item;

interface MeetingRow {
  readonly role: RespondentRole;
  readonly group: MeetingResultsGroup;
  /** Undefined when the whole group is suppressed. */
  readonly item: MeetingItemResult | undefined;
}

export function meetingSection(context: ViewContext, byRole: readonly MeetingByRole[]) {
  const { m } = context;
  const rows = byRole.flatMap(({ role, groups }) =>
    groups.flatMap((group): MeetingRow[] =>
      'items' in group
        ? group.items.map((item) => ({ role, group, item }))
        : [{ role, group, item: undefined }],
    ),
  );
  return html`<section class="section" aria-labelledby="meeting-title" data-view="meeting">
    <h2 id="meeting-title">${m.meetingTitle}</h2>
    ${
      rows.length
        ? html`<p class="summary">
              ${format(m.meetingSummary, { items: rows.length, roles: byRole.length })}
            </p>
            <div class="scroll" role="region" aria-labelledby="meeting-caption" tabindex="0">
              <table>
                <caption id="meeting-caption">
                  ${m.meetingCaption}
                </caption>
                <thead>
                  <tr>
                    ${[m.role, m.unit, m.service, m.item, m.mean, m.answers].map((label) => html`<th scope="col">${label}</th>`)}
                    <td></td>
                  </tr>
                </thead>
                <tbody>
                  ${rows.map(({ role, group, item }) => {
                    const key = html`<td>${m[ROLE_LABELS[role]]}</td>
                      <td>${groupName(context, group.unit)}</td>
                      <td>${groupName(context, group.service)}</td>
                      <th scope="row">${item ? itemLabel(m, item) : '–'}</th>`;
                    if (!item || !('mean' in item))
                      return html`<tr>
                        ${key}${suppressedCell(context, 3)}
                      </tr>`;
                    return html`<tr>
                      ${key}
                      <td class="number">${number(context, item.mean)}</td>
                      <td class="number">${item.n}</td>
                      <td>${meterBar(item.mean, 10)}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
        : html`<p class="summary">${m.empty}</p>`
    }
  </section>`;
}
