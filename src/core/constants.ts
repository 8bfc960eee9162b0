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
export const SURVEY_ID_PATTERN = /^[A-Za-z0-9][\w.-]{0,99}$/;
