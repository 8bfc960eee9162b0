/** The emoji survey per question: how many chose each face and "I don't want to answer", per period. */
import { html } from 'lit';
import { format } from '../../../kit/i18n.js';
import type { EmojiQuestionResult, EmojiSurveyResultsGroup } from '../../../schema/results.js';
import { stackedBar } from '../charts/stacked-bar.js';
import { groupName, periodLabel, suppressedCell, type ViewContext } from './view-context.js';

interface QuestionRow {
  readonly group: EmojiSurveyResultsGroup;
  /** Undefined when the whole group is suppressed. */
  readonly result: EmojiQuestionResult | undefined;
}

/** Rows per survey and question, in the order the collector sends them. */
function byQuestion(
  groups: readonly EmojiSurveyResultsGroup[],
): Map<string, { surveyId: string; questionId: string; rows: QuestionRow[] }> {
  const questions = new Map<string, { surveyId: string; questionId: string; rows: QuestionRow[] }>();
  const add = (surveyId: string, questionId: string, row: QuestionRow) => {
    const key = JSON.stringify([surveyId, questionId]);
    const entry = questions.get(key) ?? { surveyId, questionId, rows: [] };
    entry.rows.push(row);
    questions.set(key, entry);
  };
  for (const group of groups) {
    if ('questions' in group)
      for (const result of group.questions) add(group.surveyId, result.questionId, { group, result });
  }
  // A suppressed group names no questions: it shows under each question of its survey.
  for (const group of groups) {
    if ('questions' in group) continue;
    for (const entry of questions.values())
      if (entry.surveyId === group.surveyId) entry.rows.push({ group, result: undefined });
    if (![...questions.values()].some((entry) => entry.surveyId === group.surveyId))
      add(group.surveyId, '–', { group, result: undefined });
  }
  for (const entry of questions.values()) {
    entry.rows.sort((a, b) =>
      JSON.stringify([a.group.unit, a.group.service, a.group.bucket]).localeCompare(
        JSON.stringify([b.group.unit, b.group.service, b.group.bucket]),
      ),
    );
  }
  return questions;
}

const scaleOf = (rows: readonly QuestionRow[]) =>
  Math.max(
    3,
    ...rows.map(({ result }) => (result && 'faces' in result ? Object.keys(result.faces).length : 0)),
  );

export function emojiSection(context: ViewContext, groups: readonly EmojiSurveyResultsGroup[]) {
  const { m } = context;
  const questions = [...byQuestion(groups).values()];
  return html`<section class="section" aria-labelledby="emoji-title" data-view="emoji-survey">
    <h2 id="emoji-title">${m.emojiTitle}</h2>
    ${questions.length ? '' : html`<p class="summary">${m.empty}</p>`}
    ${questions.map(({ surveyId, questionId, rows }, index) => {
      const scale = scaleOf(rows);
      const faces = Array.from({ length: scale }, (_, i) => String(i + 1));
      const shown = rows.flatMap(({ result }) => (result && 'faces' in result ? [result] : []));
      const summary = format(m.emojiSummary, {
        answers: shown.reduce((sum, result) => sum + result.n, 0),
        rows: rows.length,
        declined: shown.reduce((sum, result) => sum + result.declined, 0),
      });
      const caption = format(m.emojiCaption, { survey: surveyId, question: questionId });
      return html`<div class="question">
        <h3>${caption}</h3>
        <p class="summary">${summary}</p>
        <div class="scroll" role="region" aria-labelledby=${`emoji-caption-${index}`} tabindex="0">
          <table>
            <caption id=${`emoji-caption-${index}`}>
              ${caption}
            </caption>
            <thead>
              <tr>
                ${[
                  m.unit,
                  m.service,
                  m.period,
                  ...faces.map((face) => format(m.face, { face })),
                  m.declined,
                  m.answers,
                ].map((label) => html`<th scope="col">${label}</th>`)}
                <td></td>
              </tr>
            </thead>
            <tbody>
              ${rows.map(({ group, result }) => {
                const key = html`<td>${groupName(context, group.unit)}</td>
                  <td>${groupName(context, group.service)}</td>
                  <th scope="row">${periodLabel(context, group.bucket)}</th>`;
                if (!result || !('faces' in result))
                  return html`<tr>
                    ${key}${suppressedCell(context, scale + 3)}
                  </tr>`;
                const counts = faces.map((face) => result.faces[face] ?? 0);
                return html`<tr>
                  ${key} ${counts.map((count) => html`<td class="number">${count}</td>`)}
                  <td class="number">${result.declined}</td>
                  <td class="number">${result.n}</td>
                  <td>${stackedBar([...counts, result.declined])}</td>
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
      </div>`;
    })}
  </section>`;
}
