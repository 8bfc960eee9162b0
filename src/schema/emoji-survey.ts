/** The data of an emoji survey: one value per question, `null` for "I don't want to answer". */
import * as z from 'zod/mini';

import { SURVEY_ID_PATTERN } from './constants.js';

export const emojiSurveyDataSchema = z.strictObject({
  surveyId: z.string().check(z.regex(SURVEY_ID_PATTERN)),
  answers: z
    .array(
      z.strictObject({
        questionId: z.string().check(z.regex(SURVEY_ID_PATTERN)),
        value: z.nullable(z.int().check(z.gte(1), z.lte(5))),
      }),
    )
    .check(z.minLength(1)),
});
export type EmojiSurveyData = z.infer<typeof emojiSurveyDataSchema>;
