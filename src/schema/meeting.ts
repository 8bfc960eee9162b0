/**
 * The data of one person's answers to `<palaute-meeting-survey>` at the end of a client-plan meeting.
 *
 * - `meetingId`: made at random on the device when the meeting's first person starts; everyone who
 *   answers on that device (or from its QR link) until "Everyone has answered" shares it. It says
 *   nothing of the client: it only lets the family's and the workers' answers to the same meeting
 *   be compared.
 * - `role`: who answered, chosen on the device from the envelope's respondent roles. The
 *   envelope's `context.respondent` stays what the page said (usually null for this widget), as
 *   for every widget; `role` is the person's own.
 * - `scale`: how the items were asked: `numbers` (0–10, adults) or `faces` (five faces, a child or
 *   young person).
 * - `surveyId`: a site's own survey (given as JSON); absent for the ready survey.
 * - `items`: item id → score, every item on one 0–10 scale, whatever the scale asked, so that roles
 *   compare directly; faces are stored as MEETING_FACE_SCORES (0, 3, 5, 7, 10), and only those
 *   values are valid with `faces`. `null` is "I don't want to answer". The ready survey's items are
 *   exactly MEETING_ITEMS; a site's own survey names its own (1 to MEETING_MAX_ITEMS), which
 *   results count apart from the ready survey's even where an id is the same.
 * - `comment`: "What should we do differently next time?", optional.
 */
import * as z from 'zod/mini';
import { MEETING_MAX_ITEMS, SURVEY_ID_PATTERN } from './constants.js';
import { MEETING_COMMENT_MAX_LENGTH, MEETING_FACE_SCORES, MEETING_ITEMS } from './meeting-constants.js';
import { respondentSchema } from './common.js';
import { storableString } from './storable-string.js';

const itemScore = z.nullable(z.int().check(z.gte(0), z.lte(10)));
const FACE_SCORES: readonly number[] = MEETING_FACE_SCORES;
const identifier = () => z.string().check(z.regex(SURVEY_ID_PATTERN));
const READY_ITEMS = [...MEETING_ITEMS].sort().join();

export const meetingDataSchema = z
  .strictObject({
    meetingId: z.uuid().check(z.refine((id) => id === id.toLowerCase(), { error: 'should be in lowercase' })),
    role: respondentSchema,
    scale: z.enum(['numbers', 'faces']),
    surveyId: z.optional(identifier()),
    items: z.record(identifier(), itemScore).check(
      z.refine((items) => Object.keys(items).length >= 1, 'should have at least 1 item(s)'),
      z.refine(
        (items) => Object.keys(items).length <= MEETING_MAX_ITEMS,
        `should have at most ${MEETING_MAX_ITEMS} item(s)`,
      ),
    ),
    comment: z.optional(storableString().check(z.minLength(1), z.maxLength(MEETING_COMMENT_MAX_LENGTH))),
  })
  .check(
    z.refine(
      ({ surveyId, items }) => surveyId !== undefined || Object.keys(items).sort().join() === READY_ITEMS,
      {
        error: `without surveyId, the ready survey's items: ${MEETING_ITEMS.join(', ')}`,
        path: ['items'],
      },
    ),
    z.refine(
      ({ scale, items }) =>
        scale === 'numbers' ||
        Object.values(items).every((score) => score === null || FACE_SCORES.includes(score)),
      { error: `faces are stored as ${MEETING_FACE_SCORES.join(', ')}`, path: ['items'] },
    ),
  );
export type MeetingData = z.infer<typeof meetingDataSchema>;
