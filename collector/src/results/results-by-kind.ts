/**
 * The collector's one list of answer kinds: each kind's results view (served at
 * `/v1/results/<view>` and sent as a stream event) and the function that computes it. Typed by
 * the schema's kinds, so a kind added to `palaute/schema` does not compile until its results
 * file is registered here; the kinds for configuration, retention and export come from this too.
 */
import type { AnswerKind } from 'palaute/schema';
import type { Queryable } from '../storage/database.js';
import { deviationReportResults } from './deviation-reports.js';
import { emojiSurveyResults } from './emoji-survey.js';
import { meetingFilterSchema, resultsFilterSchema, type ResultsFilter } from './filters.js';
import { meetingResults } from './meeting.js';
import { npsResults } from './nps.js';

export interface KindResults {
  readonly view: string;
  /** The view's query: the shared filter, or a strict extension of it for a view with more. */
  readonly query: typeof resultsFilterSchema | typeof meetingFilterSchema;
  compute(
    db: Queryable,
    filter: ResultsFilter,
    timeZone: string,
    minGroup: number,
  ): Promise<readonly unknown[]>;
}

export const RESULTS_BY_KIND = {
  nps: { view: 'nps', query: resultsFilterSchema, compute: npsResults },
  'emoji-survey': { view: 'emoji-survey', query: resultsFilterSchema, compute: emojiSurveyResults },
  'deviation-report': {
    view: 'deviation-reports',
    query: resultsFilterSchema,
    compute: deviationReportResults,
  },
  meeting: { view: 'meeting', query: meetingFilterSchema, compute: meetingResults },
} as const satisfies { readonly [K in AnswerKind]: KindResults };
