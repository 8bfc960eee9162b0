/**
 * The meeting survey's vocabulary as plain values (see constants.ts for why no zod), in a module of
 * its own: the shared constants go to every widget's page, these only to the meeting survey's.
 */
/** The meeting survey's four items, in the order they are asked; every role answers all four. */
export const MEETING_ITEMS = ['heard', 'mattered', 'together', 'overall'] as const;
export type MeetingItem = (typeof MEETING_ITEMS)[number];
/**
 * What a child's five faces (1 = most negative … 5) are stored as on the adults' 0–10 scale:
 * evenly placed and symmetric about 5, so the middle face is the middle of the scale, the end
 * faces are its ends, and a face counts as "6 or below" exactly when it is not one of the two happy
 * ones. Integers, so every role's answers are one kind of number.
 */
export const MEETING_FACE_SCORES = [0, 3, 5, 7, 10] as const;
export const MEETING_COMMENT_MAX_LENGTH = 1000;
