/**
 * Reading results from palaute-collector: NPS totals per office and service with the same by
 * bucket for the trend, meeting items per office and service, and a live stream that says when
 * to read again. The bearer token goes in
 * a header, never in a URL, so the stream is read with fetch (EventSource cannot send headers).
 */
import type { MeetingResultsGroup, NpsResultsGroup, ResultBucket } from '../../schema/results.js';

/** The views `<palaute-results>` can show; each is also the name of its stream event. */
export type ResultsView = 'nps' | 'meeting';

export interface ResultsDocument<G> {
  readonly minGroup: number;
  readonly generatedAt: string;
  readonly groups: readonly G[];
}

export interface ResultsQuery {
  unit?: string | undefined;
  service?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only answers of this respondent role (the meeting view only). */
  role?: string | undefined;
}

/** A problem the person reading can act on: the status decides which message is shown. */
export class ResultsProblem extends Error {
  constructor(
    readonly kind: 'unauthorized' | 'unavailable' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

export interface NpsRow {
  total: NpsResultsGroup;
  /** The same office and service by bucket, oldest first, for the trend line. */
  trend: NpsResultsGroup[];
}

export function url(base: string, path: string, query: ResultsQuery & { bucket?: ResultBucket }): string {
  const target = new URL(path, new URL(base, document.baseURI));
  for (const [name, value] of Object.entries(query)) if (value) target.searchParams.set(name, value);
  return target.href;
}

function headers(token: string | undefined): HeadersInit {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export async function getJson<G>(
  href: string,
  token: string | undefined,
  signal: AbortSignal,
): Promise<ResultsDocument<G>> {
  let response: Response;
  try {
    response = await fetch(href, { headers: headers(token), credentials: 'omit', signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ResultsProblem('unavailable', `${href}: the collector could not be reached`);
  }
  if (response.status === 401 || response.status === 403) {
    throw new ResultsProblem(
      'unauthorized',
      `${href}: HTTP ${response.status}, the token has no results role`,
    );
  }
  if (!response.ok) throw new ResultsProblem('unavailable', `${href}: HTTP ${response.status}`);
  const document = (await response.json().catch(() => undefined)) as ResultsDocument<G> | undefined;
  if (!document || !Array.isArray(document.groups)) {
    throw new ResultsProblem('invalid', `${href}: the answer is not a results document`);
  }
  return document;
}

const key = (group: NpsResultsGroup) => `${group.unit ?? ''}\u0000${group.service ?? ''}`;

/** Totals and trend, one row per office and service. */
export async function loadNpsRows(
  base: string,
  token: string | undefined,
  query: ResultsQuery,
  bucket: ResultBucket,
  signal: AbortSignal,
): Promise<{ rows: NpsRow[]; minGroup: number; generatedAt: string }> {
  const [totals, byBucket] = await Promise.all([
    getJson<NpsResultsGroup>(url(base, 'v1/results/nps', query), token, signal),
    getJson<NpsResultsGroup>(url(base, 'v1/results/nps', { ...query, bucket }), token, signal),
  ]);
  const trends = new Map<string, NpsResultsGroup[]>();
  for (const group of byBucket.groups) trends.set(key(group), [...(trends.get(key(group)) ?? []), group]);
  const rows = totals.groups.map((total) => ({
    total,
    trend: [...(trends.get(key(total)) ?? [])].sort((a, b) => (a.bucket ?? '').localeCompare(b.bucket ?? '')),
  }));
  return { rows, minGroup: totals.minGroup, generatedAt: totals.generatedAt };
}

/** Meeting items per office and service, optionally of one respondent role. */
export async function loadMeetingGroups(
  base: string,
  token: string | undefined,
  query: ResultsQuery,
  signal: AbortSignal,
): Promise<ResultsDocument<MeetingResultsGroup>> {
  return getJson<MeetingResultsGroup>(url(base, 'v1/results/meeting', query), token, signal);
}

/**
 * Calls `onChange` each time the collector says the results of one of `views` changed, until
 * `signal` aborts. Reconnects after a dropped connection.
 */
export async function followChanges(
  views: readonly string[],
  base: string,
  token: string | undefined,
  query: ResultsQuery,
  onChange: () => void,
  signal: AbortSignal,
): Promise<void> {
  const href = url(base, 'v1/results/stream', query);
  while (!signal.aborted) {
    try {
      const response = await fetch(href, { headers: headers(token), credentials: 'omit', signal });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      let buffer = '';
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const events = buffer.split('\n\n');
        buffer = events.pop() ?? '';
        // The stream opens with every view, then sends one whenever an answer of its kind arrives.
        // Reading once more on the opening event also covers answers that came in meanwhile.
        const changed = (event: string) => views.some((view) => event.split('\n').includes(`event: ${view}`));
        if (events.some(changed)) onChange();
      }
    } catch {
      if (signal.aborted) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}
