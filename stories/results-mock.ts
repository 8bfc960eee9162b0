/** palaute-collector's NPS results for Storybook: fixed, made-up numbers in the collector's shape. */
import type { NpsResultsDocument, NpsResultsGroup } from '../src/schema/results.js';

const OFFICES: Array<[string, string, number[]]> = [
  ['espoo-leppavaara', 'family-work', [20, 28, 35, 41]],
  ['vantaa-tikkurila', 'foster-care', [5, -4, 12, 18]],
  ['helsinki-kallio', 'family-work', []],
];
const WEEKS = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];

function group(unit: string, service: string, nps: number, bucket?: string): NpsResultsGroup {
  const n = 24;
  const promoters = Math.round((n * (nps + 100)) / 300) + 4;
  const detractors = promoters - Math.round((nps / 100) * n);
  return {
    unit,
    service,
    ...(bucket ? { bucket } : {}),
    n,
    nps,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    marginOfError: 22.4,
  };
}

export function mockNpsResults(url: URL): Response {
  if (url.pathname.endsWith('/stream')) return new Response(new ReadableStream(), { status: 200 });
  const byBucket = url.searchParams.has('bucket');
  const groups = OFFICES.flatMap(([unit, service, trend]): NpsResultsGroup[] => {
    if (trend.length === 0) return [{ unit, service, suppressed: true, reason: 'too few answers' }];
    return byBucket
      ? trend.map((nps, i) => group(unit, service, nps, WEEKS[i]))
      : [group(unit, service, trend.at(-1)!)];
  });
  const document: NpsResultsDocument = {
    view: 'nps',
    minGroup: 5,
    generatedAt: new Date().toISOString(),
    groups,
  };
  return new Response(JSON.stringify(document), { headers: { 'Content-Type': 'application/json' } });
}
