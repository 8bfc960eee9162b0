/**
 * The dashboard's filters and the page URL's query: the URL is where they live, so a view can be
 * bookmarked and shared. Values that are not valid are dropped with a console message naming
 * the parameter, and the rest still apply.
 */
import { RESULT_BUCKETS, type ResultBucket } from '../../schema/results.js';

export interface DashboardFilters {
  unit?: string | undefined;
  service?: string | undefined;
  /** First day, YYYY-MM-DD. */
  from?: string | undefined;
  /** Last day, YYYY-MM-DD. */
  to?: string | undefined;
  bucket: ResultBucket;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_FIELDS = ['unit', 'service'] as const;
const DAY_FIELDS = ['from', 'to'] as const;

/** The filters the query names; `warn` hears of each value that was dropped. */
export function filtersFromQuery(
  search: string,
  warn: (message: string) => void = console.warn,
): DashboardFilters {
  const query = new URLSearchParams(search);
  const filters: DashboardFilters = { bucket: 'week' };
  for (const field of TEXT_FIELDS) {
    const value = query.get(field);
    if (value) filters[field] = value;
  }
  for (const field of DAY_FIELDS) {
    const value = query.get(field);
    if (!value) continue;
    if (DAY.test(value) && !Number.isNaN(Date.parse(value))) filters[field] = value;
    else warn(`<palaute-dashboard> URL parameter "${field}": "${value}" is not a day (YYYY-MM-DD); ignored`);
  }
  const bucket = query.get('bucket');
  if (bucket && (RESULT_BUCKETS as readonly string[]).includes(bucket))
    filters.bucket = bucket as ResultBucket;
  else if (bucket) {
    warn(
      `<palaute-dashboard> URL parameter "bucket": "${bucket}" is not one of ${RESULT_BUCKETS.join(', ')}; ignored`,
    );
  }
  return filters;
}

/**
 * `search` with the filters in place of any there before; other parameters of the page stay.
 * The default bucket is left out, so the plain address is the default view.
 */
export function queryWithFilters(search: string, filters: DashboardFilters): string {
  const query = new URLSearchParams(search);
  for (const field of [...TEXT_FIELDS, ...DAY_FIELDS]) {
    const value = filters[field];
    if (value) query.set(field, value);
    else query.delete(field);
  }
  if (filters.bucket === 'week') query.delete('bucket');
  else query.set('bucket', filters.bucket);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export const sameFilters = (a: DashboardFilters, b: DashboardFilters) =>
  (['unit', 'service', 'from', 'to', 'bucket'] as const).every(
    (field) => (a[field] ?? '') === (b[field] ?? ''),
  );
