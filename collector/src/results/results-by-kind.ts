/**
 * The collector's one list of answer kinds: each kind's results view (served at
 * `/v1/results/<view>` and sent as a stream event) and the function that computes it. Typed by
 * the schema's kinds, so a kind added to `palaute/schema` does not compile until its results
 * file is registered here; the kinds for configuration, retention and export come from this too.
 */
import type { EnvelopeKind } from 'palaute/schema';
import type { Queryable } from '../storage/database.js';
import { deviationReportResults } from './deviation-reports.js';
import { emojiSurveyResults } from './emoji-survey.js';
import type { ResultsFilter } from './filters.js';
import { meetingResults } from './meeting.js';
import { npsResults } from './nps.js';

export interface KindResults {
  readonly view: string;
  compute(
    db: Queryable,
    filter: ResultsFilter,
    timeZone: string,
    minGroup: number,
  ): Promise<readonly unknown[]>;
}

export const RESULTS_BY_KIND = {
  nps: { view: 'nps', compute: npsResults },
  'emoji-survey': { view: 'emoji-survey', compute: emojiSurveyResults },
  'deviation-report': { view: 'deviation-reports', compute: deviationReportResults },
  meeting: { view: 'meeting', compute: meetingResults },
} as const satisfies { readonly [K in EnvelopeKind]: KindResults };
