/** One person's answers as the survey holds them, and as the envelope carries them. */
import type { RespondentRole } from '../../schema/constants.js';
import { MEETING_FACE_SCORES } from '../../schema/meeting-constants.js';
import type { MeetingData } from '../../schema/meeting.js';

/** An item's score 0–10, `null` for "I don't want to answer", `undefined` for not chosen yet. */
export type Score = number | null | undefined;

/** Nothing chosen yet on any of `count` items. */
export const noScores = (count: number): readonly Score[] => Array.from({ length: count }, () => undefined);

/** A child or young person answers on faces; everyone else on 0–10. */
export const onFaces = (role: RespondentRole | undefined): boolean => role === 'child';

/** The face (1–5) a stored score stands for. */
export function faceOf(score: Score): number | null | undefined {
  return score == null ? score : (MEETING_FACE_SCORES as readonly number[]).indexOf(score) + 1;
}

/** What face `level` (1–5) is stored as; `null` stays "I don't want to answer". */
export function scoreOfFace(level: number | null): number | null {
  return level === null ? null : MEETING_FACE_SCORES[level - 1]!;
}

/** One person's envelope data; `items` are the item ids in order, `surveyId` a site's own survey's. */
export function meetingData(
  meetingId: string,
  role: RespondentRole,
  items: readonly string[],
  scores: readonly Score[],
  comment: string,
  surveyId?: string,
): MeetingData {
  return {
    meetingId,
    role,
    scale: onFaces(role) ? 'faces' : 'numbers',
    ...(surveyId ? { surveyId } : {}),
    items: Object.fromEntries(items.map((item, i) => [item, scores[i] ?? null])),
    ...(comment ? { comment } : {}),
  };
}
