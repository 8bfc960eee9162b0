/** Net Promoter Score per unit, service and bucket, with its 95 % margin of error. */
import type { Queryable } from '../storage/database.js';
import {
  BUCKET_COLUMN,
  FILTERED,
  filterParams,
  groupKey,
  type GroupKey,
  type ResultsFilter,
} from './filters.js';
import { unlessTooFew, type Suppressed } from './suppression.js';

// The shape <palaute-results> reads: one definition, in the library's schema module.
import type { NpsNumbers } from 'palaute/schema';

export type { NpsNumbers };

export type NpsGroup = GroupKey & (NpsNumbers | Suppressed);

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The standard NPS variance: each answer scores +1, 0 or −1, so the variance is
 * p(promoter) + p(detractor) − NPS², and the margin is 1.96 standard errors.
 */
export function npsNumbers(promoters: number, passives: number, detractors: number): NpsNumbers {
  const n = promoters + passives + detractors;
  const pPromoter = promoters / n;
  const pDetractor = detractors / n;
  const score = pPromoter - pDetractor;
  const variance = pPromoter + pDetractor - score * score;
  return {
    n,
    nps: round1(100 * score),
    promoters,
    passives,
    detractors,
    marginOfError: round1(100 * 1.96 * Math.sqrt(variance / n)),
  };
}

const NPS_BY_GROUP = `
  SELECT unit, service, ${BUCKET_COLUMN},
    count(*) FILTER (WHERE shown AND (envelope #>> '{data,score}')::int >= 9)::int AS promoters,
    count(*) FILTER (WHERE shown AND (envelope #>> '{data,score}')::int BETWEEN 7 AND 8)::int AS passives,
    count(*) FILTER (WHERE shown AND (envelope #>> '{data,score}')::int <= 6)::int AS detractors
  ${FILTERED}
  GROUP BY unit, service, bucket
  ORDER BY unit NULLS FIRST, service NULLS FIRST, bucket NULLS FIRST`;

interface NpsRow {
  unit: string | null;
  service: string | null;
  bucket: string | null;
  promoters: number;
  passives: number;
  detractors: number;
}

export async function npsResults(
  db: Queryable,
  filter: ResultsFilter,
  timeZone: string,
  minGroup: number,
): Promise<NpsGroup[]> {
  const rows = await db.query<NpsRow>(NPS_BY_GROUP, filterParams('nps', filter, timeZone, minGroup));
  return rows.map((row) => ({
    ...groupKey(row),
    ...unlessTooFew(row.promoters + row.passives + row.detractors, minGroup, () =>
      npsNumbers(row.promoters, row.passives, row.detractors),
    ),
  }));
}
