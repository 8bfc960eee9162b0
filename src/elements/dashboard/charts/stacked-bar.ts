/**
 * A horizontal bar split into parts, each as wide as its share: the faces of a question, the
 * categories of a month. Decoration beside a table row that holds the numbers, so hidden from
 * assistive technology. Parts are told apart by `part-<i>` classes (colours in the styles).
 */
import { svg, type SVGTemplateResult } from 'lit';

const WIDTH = 160;
const HEIGHT = 14;

export function stackedBar(values: readonly number[]): SVGTemplateResult | string {
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total === 0) return '';
  let start = 0;
  return svg`<svg class="bar" viewBox="0 0 ${WIDTH} ${HEIGHT}" width=${WIDTH} height=${HEIGHT} aria-hidden="true" focusable="false">
    ${values.map((value, index) => {
      const width = (value / total) * WIDTH;
      const x = start;
      start += width;
      return value > 0
        ? svg`<rect class="part-${index}" x=${x.toFixed(1)} y="0" width=${width.toFixed(1)} height=${HEIGHT}></rect>`
        : '';
    })}
  </svg>`;
}

/** A bar as long as `value` of `max` (a mean on its scale). */
export function meterBar(value: number, max: number): SVGTemplateResult {
  const width = (Math.max(0, Math.min(max, value)) / max) * WIDTH;
  return svg`<svg class="bar" viewBox="0 0 ${WIDTH} ${HEIGHT}" width=${WIDTH} height=${HEIGHT} aria-hidden="true" focusable="false">
    <rect class="track" x="0" y="0" width=${WIDTH} height=${HEIGHT}></rect>
    <rect class="part-0" x="0" y="0" width=${width.toFixed(1)} height=${HEIGHT}></rect>
  </svg>`;
}
