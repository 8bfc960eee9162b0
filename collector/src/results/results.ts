/** The results views behind one name each, as the HTTP endpoints and the stream use them. */
import type { AnswerKind } from 'palaute/schema';
import { KINDS } from '../kinds.js';
import type { Queryable } from '../storage/database.js';
import { wholeWeeks, type ResultsFilter } from './filters.js';
import { RESULTS_BY_KIND } from './results-by-kind.js';

type Registry = typeof RESULTS_BY_KIND;
export type ResultView = Registry[AnswerKind]['view'];

export const RESULT_VIEWS: readonly ResultView[] = KINDS.map((kind) => RESULTS_BY_KIND[kind].view);

/** Which view an answer of each kind changes. */
export const VIEW_OF_KIND = Object.fromEntries(KINDS.map((kind) => [kind, RESULTS_BY_KIND[kind].view])) as {
  readonly [K in AnswerKind]: Registry[K]['view'];
};

/** Each view's computation, by the view's name. */
const COMPUTE_OF_VIEW = new Map(
  KINDS.map((kind) => [RESULTS_BY_KIND[kind].view as ResultView, RESULTS_BY_KIND[kind].compute]),
);

export interface ResultsDocument<G> {
  readonly view: ResultView;
  readonly filter: ResultsFilter;
  readonly minGroup: number;
  readonly generatedAt: string;
  readonly groups: readonly G[];
}

type GroupOf<K extends AnswerKind> = Awaited<ReturnType<Registry[K]['compute']>>[number];
export type AnyResults = { [K in AnswerKind]: ResultsDocument<GroupOf<K>> }[AnswerKind];

export class Results {
  constructor(
    private readonly db: Queryable,
    private readonly timeZone: string,
    private readonly minGroup: number,
  ) {}

  /** The document's `filter` is the one counted: `from` and `to` widened to whole weeks. */
  async compute(view: ResultView, asked: ResultsFilter): Promise<AnyResults> {
    const filter = wholeWeeks(asked);
    const groups = await COMPUTE_OF_VIEW.get(view)!(this.db, filter, this.timeZone, this.minGroup);
    return {
      view,
      filter,
      minGroup: this.minGroup,
      generatedAt: new Date().toISOString(),
      groups,
    } as AnyResults;
  }
}
