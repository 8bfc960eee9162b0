/**
 * Everything the dashboard shows, read from the collector's results API in one go: each view by
 * the chosen bucket (deviation reports always by month), the meeting survey per respondent role,
 * and the offices and services there are, for the filter's choices.
 */
import { RESPONDENT_ROLES, type RespondentRole } from '../../schema/constants.js';
import type {
  DeviationResultsGroup,
  EmojiSurveyResultsGroup,
  MeetingResultsGroup,
  NpsResultsGroup,
  ResultsGroupKey,
} from '../../schema/results.js';
import { getJson, url, type ResultsQuery } from '../results/results-source.js';
import type { DashboardFilters } from './dashboard-filters.js';

/** The stream events that change what the dashboard shows. */
export const DASHBOARD_VIEWS = ['nps', 'emoji-survey', 'deviation-reports', 'meeting'] as const;

export interface MeetingByRole {
  readonly role: RespondentRole;
  readonly groups: readonly MeetingResultsGroup[];
}

export interface DashboardData {
  readonly minGroup: number;
  readonly generatedAt: string;
  readonly nps: readonly NpsResultsGroup[];
  readonly emoji: readonly EmojiSurveyResultsGroup[];
  readonly deviations: readonly DeviationResultsGroup[];
  /** Only the roles that answered. */
  readonly meeting: readonly MeetingByRole[];
  readonly units: readonly string[];
  readonly services: readonly string[];
}

const namesOf = (groups: readonly ResultsGroupKey[], field: 'unit' | 'service') =>
  groups.map((group) => group[field]).filter((name): name is string => name !== null);

const sorted = (names: Iterable<string>) => [...new Set(names)].sort((a, b) => a.localeCompare(b));

export async function loadDashboard(
  base: string,
  token: string,
  filters: DashboardFilters,
  signal: AbortSignal,
): Promise<DashboardData> {
  const { bucket, ...query } = filters;
  const read = <G>(view: string, extra: ResultsQuery & { bucket?: typeof bucket } = {}) =>
    getJson<G>(url(base, `v1/results/${view}`, { ...query, ...extra }), token, signal);
  // The choices come from every office and service in the period, whatever is chosen now.
  const everyone = { unit: undefined, service: undefined };
  const [nps, emoji, deviations, meeting, ...choices] = await Promise.all([
    read<NpsResultsGroup>('nps', { bucket }),
    read<EmojiSurveyResultsGroup>('emoji-survey', { bucket }),
    read<DeviationResultsGroup>('deviation-reports', { bucket: 'month' }),
    Promise.all(RESPONDENT_ROLES.map((role) => read<MeetingResultsGroup>('meeting', { role }))),
    ...DASHBOARD_VIEWS.map((view) => read<ResultsGroupKey>(view, everyone)),
  ]);
  const known = choices.flatMap((document) => document.groups);
  return {
    minGroup: nps.minGroup,
    generatedAt: nps.generatedAt,
    nps: nps.groups,
    emoji: emoji.groups,
    deviations: deviations.groups,
    meeting: meeting
      .map((document, index) => ({ role: RESPONDENT_ROLES[index]!, groups: document.groups }))
      .filter(({ groups }) => groups.length > 0),
    units: sorted(namesOf(known, 'unit')),
    services: sorted(namesOf(known, 'service')),
  };
}
