/** Deviation reports per unit, service and bucket: how many of each category and of each harm answer. */
import { DEVIATION_CATEGORIES, HARM_ANSWERS, type DeviationCategory, type HarmAnswer } from 'palaute/schema';
import { groupBy } from '../group-by.js';
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

export interface DeviationNumbers {
  readonly n: number;
  readonly byCategory: Readonly<Record<DeviationCategory, number>>;
  readonly byHarm: Readonly<Record<HarmAnswer, number>>;
}

export type DeviationGroup = GroupKey & (DeviationNumbers | Suppressed);

const COUNTS_BY_GROUP = `
  SELECT unit, service, ${BUCKET_COLUMN},
    envelope #>> '{data,category}' AS category, envelope #>> '{data,harm}' AS harm,
    count(*) FILTER (WHERE shown)::int AS n
  ${FILTERED}
  GROUP BY unit, service, bucket, category, harm
  ORDER BY unit NULLS FIRST, service NULLS FIRST, bucket NULLS FIRST`;

interface CountRow {
  unit: string | null;
  service: string | null;
  bucket: string | null;
  category: DeviationCategory;
  harm: HarmAnswer;
  n: number;
}

const zeroFor = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

function deviationNumbers(rows: readonly CountRow[]): DeviationNumbers {
  const byCategory = zeroFor(DEVIATION_CATEGORIES);
  const byHarm = zeroFor(HARM_ANSWERS);
  for (const row of rows) {
    byCategory[row.category] += row.n;
    byHarm[row.harm] += row.n;
  }
  return { n: rows.reduce((sum, row) => sum + row.n, 0), byCategory, byHarm };
}

export async function deviationReportResults(
  db: Queryable,
  filter: ResultsFilter,
  timeZone: string,
  minGroup: number,
): Promise<DeviationGroup[]> {
  const rows = await db.query<CountRow>(
    COUNTS_BY_GROUP,
    filterParams('deviation-report', filter, timeZone, minGroup),
  );
  const groups = groupBy(rows, (row) => JSON.stringify([row.unit, row.service, row.bucket]));
  return [...groups.values()].map((group) => {
    const n = group.reduce((sum, row) => sum + row.n, 0);
    return { ...groupKey(group[0]!), ...unlessTooFew(n, minGroup, () => deviationNumbers(group)) };
  });
}
