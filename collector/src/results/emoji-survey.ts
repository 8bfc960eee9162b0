/**
 * Emoji surveys per unit, service, bucket and survey: for each question, how many chose each face
 * and how many chose "I don't want to answer".
 */
import { FACE_SCALES } from 'palaute/schema';
import { groupBy } from '../group-by.js';
import type { Queryable } from '../storage/database.js';
import {
  BUCKET_COLUMN,
  FILTERED,
  filterParams,
  groupKey,
  type GroupKey,
  type ResultsFilter,
} from './filters.js';
import { unlessTooFew, type Suppressed } from './suppression.js';

export interface QuestionNumbers {
  readonly n: number;
  /** Face 1 (most negative) … N → how many chose it. N is the smallest scale that holds every answer. */
  readonly faces: Readonly<Record<string, number>>;
  /** How many chose "I don't want to answer". */
  readonly declined: number;
}

export type QuestionResult = { readonly questionId: string } & (QuestionNumbers | Suppressed);

export type EmojiSurveyGroup = GroupKey & { readonly surveyId: string } & (
    { readonly n: number; readonly questions: readonly QuestionResult[] } | Suppressed
  );

const SURVEYS_BY_GROUP = `
  SELECT unit, service, ${BUCKET_COLUMN}, envelope #>> '{data,surveyId}' AS survey_id,
    count(*) FILTER (WHERE shown)::int AS n
  ${FILTERED}
  GROUP BY unit, service, bucket, survey_id
  ORDER BY unit NULLS FIRST, service NULLS FIRST, bucket NULLS FIRST, survey_id`;

const FACES_BY_QUESTION = `
  SELECT unit, service, ${BUCKET_COLUMN}, envelope #>> '{data,surveyId}' AS survey_id,
    answer ->> 'questionId' AS question_id, (answer ->> 'value')::int AS face, count(*)::int AS n
  ${FILTERED.replace('WHERE true', "CROSS JOIN LATERAL jsonb_array_elements(envelope #> '{data,answers}') AS answer WHERE shown")}
  GROUP BY unit, service, bucket, survey_id, question_id, face
  ORDER BY question_id, face NULLS LAST`;

interface SurveyRow {
  unit: string | null;
  service: string | null;
  bucket: string | null;
  survey_id: string;
  n: number;
}

interface FaceRow extends SurveyRow {
  question_id: string;
  face: number | null;
}

const keyOf = (row: SurveyRow) => JSON.stringify([row.unit, row.service, row.bucket, row.survey_id]);

function questionNumbers(rows: readonly FaceRow[]): QuestionNumbers {
  const highest = Math.max(...rows.map((row) => row.face ?? 1));
  const scale = FACE_SCALES.find((size) => size >= highest) ?? highest;
  const faces: Record<string, number> = {};
  for (let face = 1; face <= scale; face++) faces[face] = 0;
  let declined = 0;
  for (const row of rows) {
    if (row.face === null) declined += row.n;
    else faces[row.face] = (faces[row.face] ?? 0) + row.n;
  }
  return { n: rows.reduce((sum, row) => sum + row.n, 0), faces, declined };
}

export async function emojiSurveyResults(
  db: Queryable,
  filter: ResultsFilter,
  timeZone: string,
  minGroup: number,
): Promise<EmojiSurveyGroup[]> {
  const params = filterParams('emoji-survey', filter, timeZone, minGroup);
  const [surveys, faces] = await Promise.all([
    db.query<SurveyRow>(SURVEYS_BY_GROUP, params),
    db.query<FaceRow>(FACES_BY_QUESTION, params),
  ]);
  const facesByGroup = groupBy(faces, keyOf);

  return surveys.map((survey) => {
    const byQuestion = groupBy(facesByGroup.get(keyOf(survey)) ?? [], (row) => row.question_id);
    const questions = () =>
      [...byQuestion].map(([questionId, rows]) => {
        const n = rows.reduce((sum, row) => sum + row.n, 0);
        return { questionId, ...unlessTooFew(n, minGroup, () => questionNumbers(rows)) };
      });
    return {
      ...groupKey(survey),
      surveyId: survey.survey_id,
      ...unlessTooFew(survey.n, minGroup, () => ({ n: survey.n, questions: questions() })),
    };
  });
}
