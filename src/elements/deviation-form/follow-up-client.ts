/**
 * The collector's answer to a receipt code's lookup key (docs/receipt-codes.md), checked with
 * followUpSchema. In the form's own chunk, not the follow-up's lazy one: the schemas it uses are
 * the form's, and a lazy chunk importing them from the form's chunk costs every page of every
 * widget a bundler helper file (158 B, one more request).
 */
import { followUpSchema, type FollowUp } from '../../schema/report-follow-up-answer.js';

export type FetchedFollowUp =
  | { outcome: 'found'; followUp: FollowUp }
  | { outcome: 'not-found' }
  | { outcome: 'limited'; retryAfterSeconds: number | undefined }
  | { outcome: 'unreachable' };

export type FetchFollowUp = (endpoint: string, lookupKey: string) => Promise<FetchedFollowUp>;

/** POST `{ lookupKey }` to `receipts` beside the ingest endpoint; the code never leaves the page. */
export const fetchFollowUp: FetchFollowUp = async (endpoint, lookupKey) => {
  let response: Response;
  try {
    response = await fetch(new URL('receipts', endpoint), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ lookupKey }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { outcome: 'unreachable' };
  }
  if (response.status === 404) return { outcome: 'not-found' };
  if (response.status === 429) {
    const seconds = Number(response.headers.get('Retry-After'));
    return { outcome: 'limited', retryAfterSeconds: seconds > 0 ? seconds : undefined };
  }
  if (!response.ok) return { outcome: 'unreachable' };
  const parsed = followUpSchema.safeParse(await response.json().catch(() => undefined));
  return parsed.success ? { outcome: 'found', followUp: parsed.data } : { outcome: 'unreachable' };
};
