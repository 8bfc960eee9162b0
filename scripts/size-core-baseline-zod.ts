/** The core baseline plus zod/mini as the survey schema uses it: the zod share the widgets pay once. */
import './size-core-baseline.js';
import { surveySchema } from '../src/elements/emoji-survey/survey-schema.js';

console.log(surveySchema.safeParse(undefined).success);
