/** The three results views behind one name each, as the HTTP endpoints and the stream use them. */
import type { Queryable } from '../storage/database.js';
import { deviationReportResults, type DeviationGroup } from './deviation-reports.js';
import { emojiSurveyResults, type EmojiSurveyGroup } from './emoji-survey.js';
import type { ResultsFilter } from './filters.js';
import { npsResults, type NpsGroup } from './nps.js';

export const RESULT_VIEWS = ['nps', 'emoji-survey', 'deviation-reports'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

export interface ResultsDocument<G> {
  readonly view: ResultView;
  readonly filter: ResultsFilter;
  readonly minGroup: number;
  readonly generatedAt: string;
  readonly groups: readonly G[];
}

export type AnyResults =
  ResultsDocument<NpsGroup> | ResultsDocument<EmojiSurveyGroup> | ResultsDocument<DeviationGroup>;

const COMPUTE = {
  nps: npsResults,
  'emoji-survey': emojiSurveyResults,
  'deviation-reports': deviationReportResults,
} as const;

/** Which view an answer of each kind changes. */
export const VIEW_OF_KIND = {
  nps: 'nps',
  'emoji-survey': 'emoji-survey',
  'deviation-report': 'deviation-reports',
} as const satisfies Record<string, ResultView>;

export class Results {
  constructor(
    private readonly db: Queryable,
    private readonly timeZone: string,
    private readonly minGroup: number,
  ) {}

  async compute(view: ResultView, filter: ResultsFilter): Promise<AnyResults> {
    const groups = await COMPUTE[view](this.db, filter, this.timeZone, this.minGroup);
    return {
      view,
      filter,
      minGroup: this.minGroup,
      generatedAt: new Date().toISOString(),
      groups,
    } as AnyResults;
  }
}
