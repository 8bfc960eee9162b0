/**
 * What the device keeps of a meeting for `show-summary`: running sums and counts per item, never
 * anyone's answers. Averages are shown only where at least SUMMARY_MIN_PEOPLE stand behind them,
 * so no average is one person's answer.
 */
import { MEETING_ITEMS } from '../../schema/meeting-constants.js';
import type { Score } from './meeting-answers.js';

export const SUMMARY_MIN_PEOPLE = 3;

export interface Tally {
  /** People who answered. */
  readonly people: number;
  readonly sums: readonly number[];
  /** Per item, how many gave a score (not "I don't want to answer"). */
  readonly counts: readonly number[];
}

export const NO_TALLY: Tally = {
  people: 0,
  sums: MEETING_ITEMS.map(() => 0),
  counts: MEETING_ITEMS.map(() => 0),
};

export function withAnswers(tally: Tally, scores: readonly Score[]): Tally {
  return {
    people: tally.people + 1,
    sums: tally.sums.map((sum, i) => sum + (scores[i] ?? 0)),
    counts: tally.counts.map((count, i) => count + (scores[i] == null ? 0 : 1)),
  };
}

/** Per item the mean to one decimal, or undefined where fewer than the minimum scored it. */
export function averages(tally: Tally): (number | undefined)[] {
  return tally.sums.map((sum, i) => {
    const count = tally.counts[i]!;
    return count >= SUMMARY_MIN_PEOPLE ? Math.round((sum / count) * 10) / 10 : undefined;
  });
}
