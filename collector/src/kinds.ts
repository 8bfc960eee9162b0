import type { AnswerKind } from 'palaute/schema';
import { RESULTS_BY_KIND } from './results/results-by-kind.js';

/** Every kind of answer as a value, in the order of the results registry (which has them all). */
export const KINDS = Object.keys(RESULTS_BY_KIND) as [AnswerKind, ...AnswerKind[]];

/** `deviation-report` → `DEVIATION_REPORT`, as in `PALAUTE_WEBHOOK_DEVIATION_REPORT`. */
export function kindEnvName(kind: AnswerKind): string {
  return kind.toUpperCase().replaceAll('-', '_');
}
