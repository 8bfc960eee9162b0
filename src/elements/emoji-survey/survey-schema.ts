/**
 * The survey definition: what a site gives `<palaute-emoji-survey>` as JSON. Validated with zod in
 * the browser, because it comes from outside; the JSON Schema in dist/schema is generated from it.
 */
import * as z from 'zod/mini';
import { FACE_SCALES, LOCALES, SURVEY_ID_PATTERN } from '../../schema/constants.js';
import { localizedTextSchema } from '../../schema/localized-text.js';
import { CLIP_KEY_PATTERN, isClipUrl, isHelpHref } from './survey-rules.js';

// Shared with the meeting survey's own surveys; exported here too, where the emoji survey's users find them.
export {
  localizedTextSchema,
  textIn,
  textWithLang,
  type LocalizedText,
} from '../../schema/localized-text.js';

const identifier = z.string().check(z.regex(SURVEY_ID_PATTERN));
const faceScale = z.literal(FACE_SCALES);
const picture = z.strictObject({ src: z.string().check(z.minLength(1)), alt: localizedTextSchema });

/** Where a child who answers with the most negative face can find help; nothing about it is recorded. */
const helpSchema = z.strictObject({
  text: localizedTextSchema,
  actions: z.optional(
    z
      .array(
        z.strictObject({
          label: localizedTextSchema,
          href: z.string().check(z.refine(isHelpHref, 'should be a tel: link or an https:// page')),
        }),
      )
      .check(z.maxLength(2)),
  ),
});
export type SurveyHelp = z.infer<typeof helpSchema>;

export const surveyQuestionSchema = z.strictObject({
  id: identifier,
  text: localizedTextSchema,
  picture: z.optional(picture),
  /** Overrides the survey's scale for this question. */
  scale: z.optional(faceScale),
  /** "I don't want to answer" is always offered: a child's right not to answer is not a setting. */
  allowSkip: z.optional(
    z
      .boolean()
      .check(
        z.refine(
          (allow) => allow,
          'cannot be false: "I don\'t want to answer" is always offered, a child may always choose not to answer',
        ),
      ),
  ),
  help: z.optional(helpSchema),
});
export type SurveyQuestion = z.infer<typeof surveyQuestionSchema>;

/** Recorded clips per language: `{ "fi": { "question.safe": "clips/fi/safe.mp3" } }`. */
const clipsSchema = z.partialRecord(
  z.enum(LOCALES),
  z.record(
    z.string().check(z.regex(CLIP_KEY_PATTERN)),
    z.string().check(z.refine(isClipUrl, 'should be an https:// URL or a path')),
  ),
);
export type SurveyClips = z.infer<typeof clipsSchema>;

export const surveySchema = z
  .strictObject({
    id: identifier,
    title: z.optional(localizedTextSchema),
    scale: faceScale,
    /** A practice question before the real ones, so a young child learns the faces; never recorded. */
    warmUp: z.optional(z.strictObject({ text: localizedTextSchema, picture: z.optional(picture) })),
    questions: z.array(surveyQuestionSchema).check(
      z.minLength(1),
      z.maxLength(30),
      z.refine(
        (questions) => new Set(questions.map((q) => q.id)).size === questions.length,
        'question ids must differ',
      ),
    ),
    closing: z.optional(localizedTextSchema),
    audio: z.optional(clipsSchema),
  })
  .check(
    z.refine(
      (survey) =>
        Object.values(survey.audio ?? {}).every((clips) =>
          Object.keys(clips ?? {}).every((key) => {
            const id = /^(?:question|help)\.(.+?)(?:\.\d)?$/.exec(key)?.[1];
            return id === undefined || survey.questions.some((q) => q.id === id);
          }),
        ),
      { message: 'audio names a question that the survey does not have', path: ['audio'] },
    ),
  );
export type Survey = z.infer<typeof surveySchema>;
