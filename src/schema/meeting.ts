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
 * - `items`: every item on one 0–10 scale, whatever the scale asked, so that roles compare directly;
 *   faces are stored as MEETING_FACE_SCORES (0, 3, 5, 7, 10), and only those values are valid with
 *   `faces`. `null` is "I don't want to answer".
 * - `comment`: "What should we do differently next time?", optional.
 */
import * as z from 'zod/mini';
import { MEETING_COMMENT_MAX_LENGTH, MEETING_FACE_SCORES } from './meeting-constants.js';
import { respondentSchema } from './common.js';
import { storableString } from './storable-string.js';

const itemScore = z.nullable(z.int().check(z.gte(0), z.lte(10)));
const FACE_SCORES: readonly number[] = MEETING_FACE_SCORES;

export const meetingDataSchema = z
  .strictObject({
    meetingId: z.uuid().check(z.refine((id) => id === id.toLowerCase(), { error: 'should be in lowercase' })),
    role: respondentSchema,
    scale: z.enum(['numbers', 'faces']),
    items: z.strictObject({ heard: itemScore, mattered: itemScore, together: itemScore, overall: itemScore }),
    comment: z.optional(storableString().check(z.minLength(1), z.maxLength(MEETING_COMMENT_MAX_LENGTH))),
  })
  .check(
    z.refine(
      ({ scale, items }) =>
        scale === 'numbers' ||
        Object.values(items).every((score) => score === null || FACE_SCORES.includes(score)),
      { error: `faces are stored as ${MEETING_FACE_SCORES.join(', ')}`, path: ['items'] },
    ),
  );
export type MeetingData = z.infer<typeof meetingDataSchema>;
