/** The label of every value the inbox shows, by value: a new value without a label does not compile. */
import type { DeviationCategory, HarmAnswer, ReporterRole } from '../../schema/constants.js';
import type { ReportStatus } from './inbox-api.js';
import type { ReportInboxMessages } from './messages.js';

type Labels<V extends string> = Readonly<Record<V, keyof ReportInboxMessages>>;

export const STATUS_LABELS: Labels<ReportStatus> = {
  new: 'statusNew',
  'in-progress': 'statusInProgress',
  closed: 'statusClosed',
};

export const ROLE_LABELS: Labels<ReporterRole> = {
  child: 'roleChild',
  'parent-or-relative': 'roleParentOrRelative',
  staff: 'roleStaff',
  'municipal-worker': 'roleMunicipalWorker',
  other: 'roleOther',
};

export const CATEGORY_LABELS: Labels<DeviationCategory> = {
  rights: 'categoryRights',
  'self-determination': 'categorySelfDetermination',
  safety: 'categorySafety',
  mistreatment: 'categoryMistreatment',
  'service-quality': 'categoryServiceQuality',
  other: 'categoryOther',
};

export const HARM_LABELS: Labels<HarmAnswer> = { no: 'harmNo', yes: 'harmYes', unknown: 'harmUnknown' };

/** The label of `value`, or the value itself when the server sent one the inbox does not know. */
export function label<V extends string>(labels: Labels<V>, m: ReportInboxMessages, value: V): string {
  const key = labels[value];
  return key ? m[key] : String(value);
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", in the inbox's language. */
export function age(iso: string, locale: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/** A date and time, in the inbox's language. */
export function dateTime(iso: string, locale: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
