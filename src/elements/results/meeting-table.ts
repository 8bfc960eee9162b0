/** The meeting view of `<palaute-results>`: per office, service and item, the mean, n and gap. */
import { html, type TemplateResult } from 'lit';
import { format } from '../../kit/i18n.js';
import type { MeetingItemResult, MeetingResultsGroup } from '../../schema/results.js';
import type { ResultsMessages } from './messages.js';

/**
 * Item labels by the collector's item names; an item this version does not know, or one of a
 * site's own survey (the collector has only its ids), shows its name.
 */
const itemLabel = (m: ResultsMessages, { survey, item }: MeetingItemResult): string => {
  if (survey) return `${survey}: ${item}`;
  const labels: Record<string, string> = {
    heard: m.itemHeard,
    mattered: m.itemMattered,
    together: m.itemTogether,
    overall: m.itemOverall,
  };
  return labels[item] ?? item;
};

export function meetingTable(
  m: ResultsMessages,
  groups: readonly MeetingResultsGroup[],
  minGroup: number,
  locale: string,
): TemplateResult {
  const number = (value: number, signDisplay: 'auto' | 'exceptZero' = 'auto') =>
    value.toLocaleString(locale, { maximumFractionDigits: 2, signDisplay });
  const tooFew = (colspan: number) =>
    html`<td colspan=${colspan}><span class="muted">${format(m.tooFew, { min: minGroup })}</span></td>`;
  const name = (value: string | null) => value ?? html`<span class="muted">${m.notSet}</span>`;
  const itemRow = (group: MeetingResultsGroup, result: MeetingItemResult) => {
    const gap = result.familyVsMunicipal;
    return html`<tr>
      <td>${name(group.unit)}</td>
      <td>${name(group.service)}</td>
      <th scope="row">${itemLabel(m, result)}</th>
      ${
        'mean' in result
          ? html`<td class="number"><strong>${number(result.mean)}</strong></td>
              <td class="number">${result.n}</td>`
          : tooFew(2)
      }
      ${
        'gap' in gap
          ? html`<td class="number">
              ${number(gap.gap, 'exceptZero')}
              <span class="gap-detail"
                >${format(m.gapDetail, {
                  family: number(gap.familyMean),
                  municipal: number(gap.municipalMean),
                  meetings: gap.meetings,
                })}</span
              >
            </td>`
          : 'omitted' in gap
            ? html`<td><span class="muted">${m.gapNotWithRole}</span></td>`
            : tooFew(1)
      }
    </tr>`;
  };
  const groupRows = (group: MeetingResultsGroup) =>
    'items' in group
      ? group.items.map((result) => itemRow(group, result))
      : // A suppressed group has no items: one row says why.
        html`<tr>
          <td>${name(group.unit)}</td>
          <td>${name(group.service)}</td>
          <th scope="row">${m.allItems}</th>
          ${tooFew(3)}
        </tr>`;
  return html`<table part="table">
    <caption id="caption">
      ${m.meetingCaption}
    </caption>
    <thead>
      <tr>
        ${[m.unit, m.service, m.item, m.mean, m.answers, m.gap].map(
          (label) => html`<th scope="col">${label}</th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${groups.map(groupRows)}
    </tbody>
  </table>`;
}
