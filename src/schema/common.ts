/** What every envelope shares: its language and where the answer was given. */
import * as z from 'zod/mini';
import { IDENTIFIER_MAX_LENGTH, LOCALES, RESPONDENT_ROLES } from './constants.js';
import { storableString } from './storable-string.js';

export const localeSchema = z.enum(LOCALES);
export const respondentSchema = z.enum(RESPONDENT_ROLES);

const identifier = storableString().check(z.minLength(1), z.maxLength(IDENTIFIER_MAX_LENGTH));

/** Where the answer was given. Always present, `null` when the embedding page did not say. */
export const answerContextSchema = z.strictObject({
  unit: z.nullable(identifier),
  service: z.nullable(identifier),
  context: z.nullable(identifier),
  respondent: z.nullable(respondentSchema),
});
export type AnswerContext = z.infer<typeof answerContextSchema>;
