/** Deviation reports per month: counts by category and by harm, never a report's text. */
import { html } from 'lit';
import { format } from '../../../kit/i18n.js';
import { DEVIATION_CATEGORIES, HARM_ANSWERS } from '../../../schema/constants.js';
import type { DeviationResultsGroup } from '../../../schema/results.js';
import { stackedBar } from '../charts/stacked-bar.js';
import type { DashboardMessages } from '../messages.js';
import { bucketsOf, groupName, periodLabel, suppressedCell, type ViewContext } from './view-context.js';

type Counted = 'byCategory' | 'byHarm';

const CATEGORY_LABELS: Record<(typeof DEVIATION_CATEGORIES)[number], keyof DashboardMessages> = {
  rights: 'categoryRights',
  'self-determination': 'categorySelfDetermination',
  safety: 'categorySafety',
  mistreatment: 'categoryMistreatment',
  'service-quality': 'categoryServiceQuality',
  other: 'categoryOther',
};
const HARM_LABELS: Record<(typeof HARM_ANSWERS)[number], keyof DashboardMessages> = {
  no: 'harmNo',
  yes: 'harmYes',
  unknown: 'harmUnknown',
};

function countsTable(
  context: ViewContext,
  groups: readonly DeviationResultsGroup[],
  field: Counted,
  id: string,
  caption: string,
) {
  const { m } = context;
  const keys: readonly string[] = field === 'byCategory' ? DEVIATION_CATEGORIES : HARM_ANSWERS;
  const labels = (field === 'byCategory' ? CATEGORY_LABELS : HARM_LABELS) as Record<
    string,
    keyof DashboardMessages
  >;
  return html`<div class="scroll" role="region" aria-labelledby=${id} tabindex="0">
    <table>
      <caption id=${id}>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${[m.unit, m.service, m.period, ...keys.map((key) => m[labels[key]!]), m.answers].map(
            (label) => html`<th scope="col">${label}</th>`,
          )}
          <td></td>
        </tr>
      </thead>
      <tbody>
        ${groups.map((group) => {
          const key = html`<td>${groupName(context, group.unit)}</td>
            <td>${groupName(context, group.service)}</td>
            <th scope="row">${periodLabel({ ...context, bucket: 'month' }, group.bucket)}</th>`;
          if (!('n' in group))
            return html`<tr>
              ${key}${suppressedCell(context, keys.length + 1)}
            </tr>`;
          const counts = keys.map((name) => group[field][name] ?? 0);
          return html`<tr>
            ${key} ${counts.map((count) => html`<td class="number">${count}</td>`)}
            <td class="number">${group.n}</td>
            <td>${stackedBar(counts)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

export function deviationSection(context: ViewContext, groups: readonly DeviationResultsGroup[]) {
  const { m } = context;
  const reports = groups.reduce((sum, group) => sum + ('n' in group ? group.n : 0), 0);
  return html`<section class="section" aria-labelledby="deviation-title" data-view="deviation-reports">
    <h2 id="deviation-title">${m.deviationTitle}</h2>
    ${
      groups.length
        ? html`<p class="summary">
              ${format(m.deviationSummary, { reports, periods: bucketsOf(groups).length })}
            </p>
            ${countsTable(context, groups, 'byCategory', 'deviation-category-caption', m.deviationCategoryCaption)}
            ${countsTable(context, groups, 'byHarm', 'deviation-harm-caption', m.deviationHarmCaption)}`
        : html`<p class="summary">${m.empty}</p>`
    }
  </section>`;
}
