/**
 * The link a QR code carries to the organisation's meeting page (`link-page`), and reading it back
 * there: the meeting id, unit and service, and when the link was made. A link is good for 24 hours,
 * which is also all it says about the date.
 */
export const LINK_HOURS = 24;
const LINK_MAX_AGE_MS = LINK_HOURS * 3_600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface MeetingLink {
  meetingId: string;
  unit: string | undefined;
  service: string | undefined;
}

export function meetingLink(
  page: string,
  { meetingId, unit, service }: MeetingLink,
  now = Date.now(),
): string {
  const url = new URL(page, document.baseURI);
  url.searchParams.set('meeting', meetingId);
  if (unit) url.searchParams.set('unit', unit);
  if (service) url.searchParams.set('service', service);
  url.searchParams.set('made', String(now));
  return url.href;
}

/** The meeting a page's query names, or `closed` when the link is older than a day (or not one). */
export function readMeetingLink(search: string, now = Date.now()): MeetingLink | 'closed' {
  const params = new URLSearchParams(search);
  const meetingId = params.get('meeting') ?? '';
  const age = now - Number(params.get('made'));
  // A clock a little ahead on the phone is not a reason to refuse; a day ahead is no real link.
  if (!UUID.test(meetingId) || !(age < LINK_MAX_AGE_MS && age > -LINK_MAX_AGE_MS)) return 'closed';
  return {
    meetingId,
    unit: params.get('unit') ?? undefined,
    service: params.get('service') ?? undefined,
  };
}
