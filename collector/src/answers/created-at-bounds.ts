/**
 * When an answer may say it was given. Results are grouped and filtered by `createdAt`, so a time
 * the widgets could not have written (year 0001, year 2999) would put an answer in a day, week or
 * month it was not given in. A widget keeps an unsent answer for 30 days, so older ones cannot
 * come from it; a week more is allowed for devices whose clocks are wrong, and a day ahead.
 */
import { DAY_MS } from '../time.js';

export interface CreatedAtBounds {
  /** How far `createdAt` may be behind the collector's clock. */
  readonly createdAtMaxAgeMs: number;
  /** How far `createdAt` may be ahead of it. */
  readonly createdAtMaxAheadMs: number;
}

export const CREATED_AT_DEFAULTS: CreatedAtBounds = {
  createdAtMaxAgeMs: 37 * DAY_MS,
  createdAtMaxAheadMs: DAY_MS,
};

/** "createdAt: …" problems, none when the time is within bounds of `now`. */
export function createdAtProblems(createdAt: string, bounds: CreatedAtBounds, now = Date.now()): string[] {
  const at = Date.parse(createdAt);
  if (at > now + bounds.createdAtMaxAheadMs) {
    return [`createdAt: is more than ${describe(bounds.createdAtMaxAheadMs)} ahead of the collector's clock`];
  }
  if (at < now - bounds.createdAtMaxAgeMs) {
    return [
      `createdAt: is more than ${describe(bounds.createdAtMaxAgeMs)} ago, older than any widget keeps an answer`,
    ];
  }
  return [];
}

const describe = (ms: number) => (ms % DAY_MS === 0 ? `${ms / DAY_MS} day(s)` : `${ms} ms`);
