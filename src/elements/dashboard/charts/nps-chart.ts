/**
 * NPS of one office and service over time: the 95 % interval as a band, the score as a line and
 * n above every point. Drawn with Lit's `svg`; hidden from assistive technology, because the
 * table beside it holds the same numbers in a form a screen reader can move through.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { NpsNumbers } from '../../../schema/results.js';
import { coordinate, NPS_CHART, npsY, periodX } from './nps-scale.js';

/** One period: its axis label and, unless suppressed, its numbers. */
export interface NpsPoint {
  readonly label: string;
  readonly numbers: NpsNumbers | undefined;
}

const GRID = [-100, -50, 0, 50, 100];

/** Consecutive periods with numbers: a suppressed period breaks the band and the line. */
function runs(points: readonly NpsPoint[]): { index: number; numbers: NpsNumbers }[][] {
  const found: { index: number; numbers: NpsNumbers }[][] = [[]];
  points.forEach(({ numbers }, index) => {
    if (numbers) found[found.length - 1]!.push({ index, numbers });
    else if (found[found.length - 1]!.length) found.push([]);
  });
  return found.filter((run) => run.length > 0);
}

export function npsChart(points: readonly NpsPoint[]): SVGTemplateResult {
  const count = points.length;
  const x = (index: number) => coordinate(periodX(index, count));
  const band = (run: { index: number; numbers: NpsNumbers }[]) => {
    const upper = run.map(
      ({ index, numbers }) => `${x(index)},${coordinate(npsY(numbers.nps + numbers.marginOfError))}`,
    );
    const lower = run
      .map(({ index, numbers }) => `${x(index)},${coordinate(npsY(numbers.nps - numbers.marginOfError))}`)
      .reverse();
    // A lone period gets a narrow band of its own, so its interval still shows.
    if (run.length === 1) {
      const [{ index, numbers }] = run as [{ index: number; numbers: NpsNumbers }];
      const left = coordinate(periodX(index, count) - 4);
      const right = coordinate(periodX(index, count) + 4);
      const high = coordinate(npsY(numbers.nps + numbers.marginOfError));
      const low = coordinate(npsY(numbers.nps - numbers.marginOfError));
      return svg`<polygon class="band" points="${left},${high} ${right},${high} ${right},${low} ${left},${low}"></polygon>`;
    }
    return svg`<polygon class="band" points=${[...upper, ...lower].join(' ')}></polygon>`;
  };
  const line = (run: { index: number; numbers: NpsNumbers }[]) =>
    svg`<polyline class="line" points=${run.map(({ index, numbers }) => `${x(index)},${coordinate(npsY(numbers.nps))}`).join(' ')}></polyline>`;
  return svg`<svg class="chart nps-chart" viewBox="0 0 ${NPS_CHART.width} ${NPS_CHART.height}" aria-hidden="true" focusable="false">
    ${GRID.map(
      (
        score,
      ) => svg`<line class=${score === 0 ? 'grid zero' : 'grid'} x1=${NPS_CHART.left} x2=${NPS_CHART.width - NPS_CHART.right} y1=${coordinate(npsY(score))} y2=${coordinate(npsY(score))}></line>
        <text class="axis" x=${NPS_CHART.left - 6} y=${coordinate(npsY(score) + 4)} text-anchor="end">${score}</text>`,
    )}
    ${runs(points).map(band)}
    ${runs(points).map(line)}
    ${points.map(({ label, numbers }, index) => {
      const labelText = svg`<text class="axis" x=${x(index)} y=${NPS_CHART.height - 8} text-anchor="middle">${label}</text>`;
      if (!numbers) {
        // Suppressed: a hollow mark on the axis, not a zero.
        return svg`${labelText}<text class="suppressed-mark" x=${x(index)} y=${coordinate(npsY(0) + 4)} text-anchor="middle">–</text>`;
      }
      const y = npsY(numbers.nps);
      return svg`${labelText}<circle class="point" cx=${x(index)} cy=${coordinate(y)} r="3.5"></circle>
        <text class="n" x=${x(index)} y=${coordinate(Math.max(NPS_CHART.top - 6, npsY(numbers.nps + numbers.marginOfError) - 5))} text-anchor="middle">${numbers.n}</text>`;
    })}
  </svg>`;
}
