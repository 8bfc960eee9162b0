/** The data of an NPS answer: a 0–10 score and an optional comment. */
import * as z from 'zod/mini';
import { storableString } from './storable-string.js';
import { NPS_COMMENT_MAX_LENGTH } from './constants.js';

export const npsDataSchema = z.strictObject({
  score: z.int().check(z.gte(0), z.lte(10)),
  comment: z.optional(storableString().check(z.maxLength(NPS_COMMENT_MAX_LENGTH))),
});
export type NpsData = z.infer<typeof npsDataSchema>;
