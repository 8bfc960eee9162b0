/** Values shared by the zod schemas and the runtime; kept apart so that the runtime ships no zod. */
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

export const IDENTIFIER_MAX_LENGTH = 200;
export const NPS_COMMENT_MAX_LENGTH = 2000;
export const SCHEMA_VERSION = 1;
/** Emoji surveys use 3 or 5 faces; answers are 1 (most negative) … scale, or null for "skip". */
export const FACE_SCALES = [3, 5] as const;
export type FaceScale = (typeof FACE_SCALES)[number];
/** Deviation reports (poikkeamailmoitus). */
export const DEVIATION_CATEGORIES = [
  'rights',
  'self-determination',
  'safety',
  'mistreatment',
  'service-quality',
  'other',
] as const;
export const REPORTER_ROLES = ['child', 'parent-or-relative', 'staff', 'municipal-worker', 'other'] as const;
export const HARM_ANSWERS = ['no', 'yes', 'unknown'] as const;
export const DESCRIPTION_MIN_LENGTH = 20;
export const DESCRIPTION_MAX_LENGTH = 5000;
export const FREE_TEXT_MAX_LENGTH = 2000;
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,19}$/;

export const SURVEY_ID_PATTERN = /^[A-Za-z0-9][\w.-]{0,99}$/;
