/** Where the NPS chart puts a period and a score: exported so tests can check what is drawn. */
export const NPS_CHART = { width: 480, height: 190, left: 40, right: 16, top: 22, bottom: 26 } as const;

const plotWidth = NPS_CHART.width - NPS_CHART.left - NPS_CHART.right;
const plotHeight = NPS_CHART.height - NPS_CHART.top - NPS_CHART.bottom;

/** The x of period `index` of `count`; one period sits in the middle. */
export const periodX = (index: number, count: number): number =>
  count <= 1 ? NPS_CHART.left + plotWidth / 2 : NPS_CHART.left + (index * plotWidth) / (count - 1);

/** The y of an NPS score, −100 at the bottom and 100 at the top; outside values are clamped. */
export const npsY = (score: number): number =>
  NPS_CHART.top + ((100 - Math.max(-100, Math.min(100, score))) / 200) * plotHeight;

/** One decimal, as SVG coordinates are written. */
export const coordinate = (value: number): string => value.toFixed(1);
