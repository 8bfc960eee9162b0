/**
 * A site's own meeting survey, loaded only when one is given (this module, zod and the JSON reading
 * are a chunk of their own: the ready survey's page never downloads them). Its texts come out
 * resolved for every language, so the element picks one without zod's text helpers.
 */
import { readSurveyJson, SurveyProblem } from '../../kit/survey-json.js';
import { LOCALES, type Locale } from '../../schema/constants.js';
import { describeIssues } from '../../schema/describe-issues.js';
import { textWithLang, type LocalizedText } from '../../schema/localized-text.js';
import type { OwnSurvey, Texts } from './own-survey.js';
import { ownMeetingSurveySchema } from './own-survey-schema.js';

const texts = (value: LocalizedText): Texts =>
  Object.fromEntries(LOCALES.map((locale) => [locale, textWithLang(value, locale)])) as Record<
    Locale,
    { text: string; lang: Locale }
  >;

const maybeTexts = (value: LocalizedText | undefined) => (value === undefined ? undefined : texts(value));

/** The survey, or why it cannot be shown (where it came from, one line per problem naming the field). */
export async function loadOwnSurvey(
  host: HTMLElement,
  survey: unknown,
  src: string | undefined,
  signal: AbortSignal,
): Promise<OwnSurvey | SurveyProblem> {
  try {
    const { origin, definition } = await readSurveyJson(host, survey, src, signal);
    const parsed = ownMeetingSurveySchema.safeParse(definition);
    if (!parsed.success) return new SurveyProblem(origin, describeIssues(parsed.error.issues));
    const { id, roleQuestion, items, comment } = parsed.data;
    return {
      id,
      roleQuestion: maybeTexts(roleQuestion),
      items: items.map((item) => ({
        id: item.id,
        text: texts(item.text),
        childText: texts(item.childText ?? item.text),
      })),
      comment:
        comment === false
          ? false
          : comment && { label: texts(comment.label), hint: maybeTexts(comment.hint) },
    };
  } catch (error) {
    return error instanceof SurveyProblem ? error : new SurveyProblem('survey', [String(error)]);
  }
}
