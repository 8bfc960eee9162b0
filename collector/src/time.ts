/** Milliseconds in a day: retention, purge and the createdAt bounds count in days. */
export const DAY_MS = 24 * 60 * 60 * 1000;
