/** The emoji survey's definition: read from where it is given (kit/survey-json.ts), checked by its schema. */
import { readSurveyJson, SurveyProblem } from '../../kit/survey-json.js';
import { describeIssues } from '../../schema/describe-issues.js';
import { surveySchema, type Survey } from './survey-schema.js';

export { SurveyProblem, surveyLoading } from '../../kit/survey-json.js';

export async function loadSurvey(
  host: HTMLElement,
  survey: unknown,
  src: string | undefined,
  signal: AbortSignal,
): Promise<Survey> {
  const { origin, definition } = await readSurveyJson(host, survey, src, signal);
  const parsed = surveySchema.safeParse(definition);
  if (!parsed.success) throw new SurveyProblem(origin, describeIssues(parsed.error.issues));
  return parsed.data;
}
