/** NPS per office and service over time: a chart with its band, the same numbers as a table, a summary. */
import { html, nothing } from 'lit';
import { format } from '../../../kit/i18n.js';
import type { NpsNumbers, NpsResultsGroup } from '../../../schema/results.js';
import { npsChart } from '../charts/nps-chart.js';
import {
  bucketsOf,
  bySeries,
  number,
  periodLabel,
  seriesName,
  suppressedCell,
  type ViewContext,
} from './view-context.js';

const numbersOf = (group: NpsResultsGroup | undefined): NpsNumbers | undefined =>
  group && 'nps' in group ? group : undefined;

function summary(context: ViewContext, series: NpsResultsGroup[][], periods: number): string {
  const { m } = context;
  const latest = series
    .map(
      (groups) =>
        groups
          .map(numbersOf)
          .filter((numbers) => numbers !== undefined)
          .at(-1)?.nps,
    )
    .filter((score): score is number => score !== undefined);
  if (!latest.length) return format(m.npsSummaryHidden, { lines: series.length });
  return format(m.npsSummary, {
    lines: series.length,
    periods,
    min: number(context, Math.min(...latest), 'exceptZero'),
    max: number(context, Math.max(...latest), 'exceptZero'),
  });
}

export function npsSection(context: ViewContext, groups: readonly NpsResultsGroup[]) {
  const { m } = context;
  const buckets = bucketsOf(groups);
  const series = bySeries(groups);
  return html`<section class="section" aria-labelledby="nps-title" data-view="nps">
    <h2 id="nps-title">${m.npsTitle}</h2>
    ${
      series.length
        ? html`<p class="summary">${summary(context, series, buckets.length)}</p>
            <p class="legend">${m.npsLegend}</p>`
        : html`<p class="summary">${m.empty}</p>`
    }
    ${series.map((groups, index) => {
      const at = new Map(groups.map((group) => [group.bucket ?? '', group]));
      const points = buckets.map((bucket) => ({
        label: periodLabel(context, bucket),
        numbers: numbersOf(at.get(bucket)),
      }));
      const caption = `${m.npsTitle}: ${seriesName(context, groups[0]!)}`;
      return html`<figure
        class="series"
        data-unit=${groups[0]!.unit ?? nothing}
        data-service=${groups[0]!.service ?? nothing}
      >
        <figcaption><h3>${seriesName(context, groups[0]!)}</h3></figcaption>
        ${npsChart(points)}
        <div class="scroll" role="region" aria-labelledby=${`nps-caption-${index}`} tabindex="0">
          <table>
            <caption id=${`nps-caption-${index}`}>
              ${caption}
            </caption>
            <thead>
              <tr>
                ${[m.period, m.nps, m.interval, m.answers].map((label) => html`<th scope="col">${label}</th>`)}
              </tr>
            </thead>
            <tbody>
              ${buckets.map((bucket) => {
                const group = at.get(bucket);
                const numbers = numbersOf(group);
                const period = html`<th scope="row">${periodLabel(context, bucket)}</th>`;
                if (!group)
                  return html`<tr>
                    ${period}
                    <td colspan="3" class="muted">–</td>
                  </tr>`;
                if (!numbers)
                  return html`<tr>
                    ${period}${suppressedCell(context, 3)}
                  </tr>`;
                const low = Math.max(-100, numbers.nps - numbers.marginOfError);
                const high = Math.min(100, numbers.nps + numbers.marginOfError);
                return html`<tr>
                  ${period}
                  <td class="number">${number(context, numbers.nps, 'exceptZero')}</td>
                  <td class="number">
                    ${number(context, low, 'exceptZero')} … ${number(context, high, 'exceptZero')}
                  </td>
                  <td class="number">${numbers.n}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </figure>`;
    })}
  </section>`;
}
