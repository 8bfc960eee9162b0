/**
 * The vocabulary of answers as plain values, with no zod: widgets import these, and importing any
 * zod module would put zod in every widget's bundle (its modules have side effects).
 */

export const SCHEMA_VERSION = 1;

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const RESPONDENT_ROLES = [
  'child',
  'parent',
  'relative',
  'staff',
  'municipal-worker',
  'other',
] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** Longest `unit`, `service` or `context` identifier. */
export const IDENTIFIER_MAX_LENGTH = 200;

export const NPS_COMMENT_MAX_LENGTH = 2000;

/** Emoji surveys use 3 or 5 faces; answers are 1 (most negative) … scale. */
export const FACE_SCALES = [3, 5] as const;
export type FaceScale = (typeof FACE_SCALES)[number];
/** Survey and question ids: safe in a URL, a file name and a CSV column. */
export const SURVEY_ID_PATTERN = /^[A-Za-z0-9][\w.-]{0,99}$/;

export const DEVIATION_CATEGORIES = [
  'rights',
  'self-determination',
  'safety',
  'mistreatment',
  'service-quality',
  'other',
] as const;
export type DeviationCategory = (typeof DEVIATION_CATEGORIES)[number];
export const REPORTER_ROLES = ['child', 'parent-or-relative', 'staff', 'municipal-worker', 'other'] as const;
export type ReporterRole = (typeof REPORTER_ROLES)[number];
export const HARM_ANSWERS = ['no', 'yes', 'unknown'] as const;
export type HarmAnswer = (typeof HARM_ANSWERS)[number];
export const DESCRIPTION_MIN_LENGTH = 20;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const FREE_TEXT_MAX_LENGTH = 2000;
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,19}$/;

/** Today as YYYY-MM-DD in the local time zone: what a date input shows and what "not in the future" means. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The one HPKE suite reports are sealed with (RFC 9180 names); part of every sealed value. */
export const REPORT_SUITE = 'DHKEM(P-256,HKDF-SHA256)/HKDF-SHA256/AES-256-GCM';

/**
 * A site's own meeting survey: at most this many items, so it still takes about a minute. Here, not
 * in meeting-constants.ts: the meeting survey's own-survey chunk sharing that module with the
 * widget's chunk made the bundler wrap the widget's chunk in a namespace (+300 B gzip measured).
 */
export const MEETING_MAX_ITEMS = 8;
