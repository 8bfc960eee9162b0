/**
 * What the device keeps of a meeting for `show-summary`: running sums and counts per item, never
 * anyone's answers. Averages are shown only where at least SUMMARY_MIN_PEOPLE stand behind them,
 * so no average is one person's answer.
 */
import type { Score } from './meeting-answers.js';

export const SUMMARY_MIN_PEOPLE = 3;

export interface Tally {
  /** People who answered. */
  readonly people: number;
  readonly sums: readonly number[];
  /** Per item, how many gave a score (not "I don't want to answer"). */
  readonly counts: readonly number[];
}

export const NO_TALLY: Tally = { people: 0, sums: [], counts: [] };

/** Adds one person's scores, as many as the survey has items (the ready one or a site's own). */
export function withAnswers(tally: Tally, scores: readonly Score[]): Tally {
  return {
    people: tally.people + 1,
    sums: scores.map((score, i) => (tally.sums[i] ?? 0) + (score ?? 0)),
    counts: scores.map((score, i) => (tally.counts[i] ?? 0) + (score == null ? 0 : 1)),
  };
}

/** Per item the mean to one decimal, or undefined where fewer than the minimum scored it. */
export function averages(tally: Tally): (number | undefined)[] {
  return tally.sums.map((sum, i) => {
    const count = tally.counts[i]!;
    return count >= SUMMARY_MIN_PEOPLE ? Math.round((sum / count) * 10) / 10 : undefined;
  });
}
