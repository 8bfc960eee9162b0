/**
 * Meeting surveys per unit, service and bucket: for each of the four items, how many answered,
 * the mean, how many chose each score 0–10, the share of scores 6 or below, how many declined,
 * and the gap between the family's mean and the municipal workers' over the meetings where both
 * answered. Faces are already stored on 0–10 (palaute/schema's MEETING_FACE_SCORES), so a child's
 * answer counts as the family's like a parent's.
 *
 * Every number stands on at least `minGroup` answers: an item with fewer, or a gap with fewer on
 * either side, is suppressed, as whole groups are.
 *
 * A site's own survey (`data.surveyId`) has its own items: each is counted by survey and item id,
 * never together with the ready survey's item of the same id or place. The ready survey's four come
 * first, then each own survey's items by survey id and item id (jsonb keeps no key order).
 *
 * With a `role` filter the gap is left out (`omitted`): it compares two sides, and the filter
 * keeps only one.
 */
import { MEETING_ITEMS, type RespondentRole } from 'palaute/schema';
import { groupBy } from '../group-by.js';
import type { Queryable } from '../storage/database.js';
import {
  BUCKET_COLUMN,
  FILTERED,
  filterParams,
  groupKey,
  type GroupKey,
  type MeetingFilter,
} from './filters.js';
import { unlessTooFew, type Suppressed } from './suppression.js';

/** Who counts as the family in the gap. */
const FAMILY: readonly RespondentRole[] = ['child', 'parent', 'relative'];

export interface ItemNumbers {
  readonly n: number;
  readonly mean: number;
  /** Score "0" … "10" → how many chose it. */
  readonly distribution: Readonly<Record<string, number>>;
  /** Share (0–1) of the scores that are 6 or below. */
  readonly lowShare: number;
  /** How many chose "I don't want to answer". */
  readonly declined: number;
}

export interface GapNumbers {
  /** Meetings where both the family and a municipal worker scored the item. */
  readonly meetings: number;
  readonly familyMean: number;
  readonly municipalMean: number;
  /** familyMean − municipalMean: below zero, the family saw the meeting worse. */
  readonly gap: number;
}

/** The gap under a role filter: one role has no other side to compare with. */
export interface GapOmitted {
  readonly omitted: true;
  readonly reason: 'role filter';
}
const GAP_OMITTED: GapOmitted = { omitted: true, reason: 'role filter' };

/** `survey` names a site's own survey; the ready survey's items have none. */
export type ItemResult = { readonly survey?: string; readonly item: string } & (ItemNumbers | Suppressed) & {
    readonly familyVsMunicipal: GapNumbers | Suppressed | GapOmitted;
  };

export type MeetingGroup = GroupKey &
  ({ readonly n: number; readonly meetings: number; readonly items: readonly ItemResult[] } | Suppressed);

const ANSWERS = `
  SELECT unit, service, ${BUCKET_COLUMN}, envelope #>> '{data,meetingId}' AS meeting_id,
    envelope #>> '{data,role}' AS role, envelope #>> '{data,surveyId}' AS survey_id,
    envelope #> '{data,items}' AS items, shown
  ${FILTERED}
    AND ($9::text IS NULL OR envelope #>> '{data,role}' = $9)
  ORDER BY unit NULLS FIRST, service NULLS FIRST, bucket NULLS FIRST`;

interface AnswerRow {
  unit: string | null;
  service: string | null;
  bucket: string | null;
  meeting_id: string;
  role: RespondentRole;
  /** null for the ready survey. */
  survey_id: string | null;
  items: Record<string, number | null> | string;
  /** In a whole batch (suppression.ts): only these are counted. */
  shown: boolean;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const keyOf = (row: AnswerRow) => JSON.stringify([row.unit, row.service, row.bucket]);
/** PGlite and node-postgres both parse jsonb; a driver that does not gives text. */
const itemsOf = (row: AnswerRow) =>
  (typeof row.items === 'string' ? JSON.parse(row.items) : row.items) as Record<string, number | null>;

/** One item of one survey; `survey` null is the ready survey. */
interface SurveyItem {
  readonly survey: string | null;
  readonly item: string;
}

/** The ready survey's items in their order, then each own survey's, by survey id and item id. */
function itemsAnswered(rows: readonly AnswerRow[]): SurveyItem[] {
  const ready = rows.some((row) => row.survey_id === null);
  const own = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.survey_id === null) continue;
    const ids = own.get(row.survey_id) ?? new Set<string>();
    Object.keys(itemsOf(row)).forEach((id) => ids.add(id));
    own.set(row.survey_id, ids);
  }
  const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [
    ...(ready ? MEETING_ITEMS.map((item): SurveyItem => ({ survey: null, item })) : []),
    ...[...own.keys()]
      .sort(byId)
      .flatMap((survey) => [...own.get(survey)!].sort(byId).map((item) => ({ survey, item }))),
  ];
}

function itemNumbers(scores: readonly (number | null)[]): ItemNumbers {
  const given = scores.filter((score): score is number => score !== null);
  const distribution: Record<string, number> = {};
  for (let score = 0; score <= 10; score++) distribution[score] = 0;
  for (const score of given) distribution[score]! += 1;
  return {
    n: given.length,
    mean: given.length ? round2(mean(given)) : 0,
    distribution,
    lowShare: given.length ? round2(given.filter((score) => score <= 6).length / given.length) : 0,
    declined: scores.length - given.length,
  };
}

/** Per meeting, the family's and the municipal workers' mean of `item`; meetings with both. */
function gapNumbers(rows: readonly AnswerRow[], item: string, minGroup: number): GapNumbers | Suppressed {
  const family: number[] = [];
  const municipal: number[] = [];
  let familyAnswers = 0;
  let municipalAnswers = 0;
  for (const meeting of groupBy(rows, (row) => row.meeting_id).values()) {
    const scored = (roles: (role: RespondentRole) => boolean) =>
      meeting
        .filter((row) => roles(row.role))
        .map((row) => itemsOf(row)[item])
        .filter((score): score is number => typeof score === 'number');
    const ofFamily = scored((role) => FAMILY.includes(role));
    const ofMunicipal = scored((role) => role === 'municipal-worker');
    if (!ofFamily.length || !ofMunicipal.length) continue;
    family.push(mean(ofFamily));
    municipal.push(mean(ofMunicipal));
    familyAnswers += ofFamily.length;
    municipalAnswers += ofMunicipal.length;
  }
  return unlessTooFew(Math.min(familyAnswers, municipalAnswers), minGroup, () => ({
    meetings: family.length,
    familyMean: round2(mean(family)),
    municipalMean: round2(mean(municipal)),
    gap: round2(mean(family) - mean(municipal)),
  }));
}

export async function meetingResults(
  db: Queryable,
  filter: MeetingFilter,
  timeZone: string,
  minGroup: number,
): Promise<MeetingGroup[]> {
  const rows = await db.query<AnswerRow>(ANSWERS, [
    ...filterParams('meeting', filter, timeZone, minGroup),
    filter.role ?? null,
  ]);
  return [...groupBy(rows, keyOf).values()].map((received) => {
    const group = received.filter((row) => row.shown);
    const items = () =>
      itemsAnswered(group).map(({ survey, item }): ItemResult => {
        // A survey changed under the same id: who was not asked an item did not decline it.
        const answered = group.filter((row) => row.survey_id === survey && item in itemsOf(row));
        const scores = answered.map((row) => itemsOf(row)[item]!);
        const numbers = itemNumbers(scores);
        return {
          ...(survey === null ? {} : { survey }),
          item,
          ...unlessTooFew(numbers.n, minGroup, () => numbers),
          familyVsMunicipal: filter.role ? GAP_OMITTED : gapNumbers(answered, item, minGroup),
        };
      });
    const meetings = new Set(group.map((row) => row.meeting_id)).size;
    return {
      ...groupKey(received[0]!),
      ...unlessTooFew(group.length, minGroup, () => ({ n: group.length, meetings, items: items() })),
    };
  });
}
