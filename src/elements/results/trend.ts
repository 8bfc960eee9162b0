/** A small line of NPS over time. Decoration only: the table's numbers are what it shows. */
import { svg, type SVGTemplateResult } from 'lit';
import type { NpsResultsGroup } from '../../schema/results.js';

const WIDTH = 96;
const HEIGHT = 28;

export function trendLine(points: readonly NpsResultsGroup[]): SVGTemplateResult | string {
  const values = points.map((p) => ('nps' in p ? p.nps : null));
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return '';
  const step = WIDTH / Math.max(1, values.length - 1);
  // −100…100 drawn top to bottom, 100 at the top.
  const y = (nps: number) => ((100 - nps) / 200) * (HEIGHT - 4) + 2;
  const coordinates = values
    .map((v, i) => (v === null ? null : `${(i * step).toFixed(1)},${y(v).toFixed(1)}`))
    .filter(Boolean)
    .join(' ');
  return svg`<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" width=${WIDTH} height=${HEIGHT} aria-hidden="true" focusable="false">
    <line x1="0" x2=${WIDTH} y1=${y(0)} y2=${y(0)} class="zero"></line>
    <polyline points=${coordinates}></polyline>
  </svg>`;
}
