/**
 * Small groups are shown without numbers: with two answers from one office, a staff member could
 * tell who said what. The threshold is the operator's, never below MIN_GROUP_FLOOR.
 */
export interface Suppressed {
  readonly suppressed: true;
  readonly reason: 'too few answers';
}

export const SUPPRESSED: Suppressed = { suppressed: true, reason: 'too few answers' };

/** The numbers when at least `minGroup` answers stand behind them, otherwise only the fact. */
export function unlessTooFew<T extends object>(
  n: number,
  minGroup: number,
  numbers: () => T,
): T | Suppressed {
  return n < minGroup ? SUPPRESSED : numbers();
}
