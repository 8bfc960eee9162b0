/**
 * A site's own meeting survey: what a site gives `<palaute-meeting-survey>` as JSON instead of the
 * ready survey. Validated with zod in the browser, because it comes from outside. The role question
 * and "What should we do differently next time?" stay, their texts the site's if it gives them; the
 * free text can be left out (`"comment": false`). Adults answer every item on 0–10, a child on
 * faces, as in the ready survey; the envelope carries the survey's and the items' ids.
 *
 *   { "id": "family-meeting-2027",
 *     "items": [{ "id": "plan", "text": { "fi": "…", "sv": "…", "en": "…" }, "childText": { … } }] }
 */
import * as z from 'zod/mini';
import { MEETING_MAX_ITEMS, SURVEY_ID_PATTERN } from '../../schema/constants.js';
import { localizedTextSchema } from '../../schema/localized-text.js';

const identifier = z.string().check(z.regex(SURVEY_ID_PATTERN));

const itemSchema = z.strictObject({
  id: identifier,
  /** Asked of adults, answered 0–10. */
  text: localizedTextSchema,
  /** Asked of a child or young person, answered on faces; `text` when left out. */
  childText: z.optional(localizedTextSchema),
});

export const ownMeetingSurveySchema = z.strictObject({
  id: identifier,
  /** "Who is answering now?" in the site's words; the roles themselves are the envelope's. */
  roleQuestion: z.optional(localizedTextSchema),
  items: z.array(itemSchema).check(
    z.minLength(1),
    z.maxLength(MEETING_MAX_ITEMS),
    z.refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'item ids must differ'),
  ),
  /** The free text's label and hint in the site's words, or `false` to leave it out. */
  comment: z.optional(
    z.union([
      z.literal(false),
      z.strictObject({ label: localizedTextSchema, hint: z.optional(localizedTextSchema) }),
    ]),
  ),
});
export type OwnMeetingSurvey = z.infer<typeof ownMeetingSurveySchema>;
