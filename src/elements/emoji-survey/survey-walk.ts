/**
 * Where a child is in the survey and what they have chosen, as one immutable value with pure steps:
 * the element holds a single reactive property, and clearing it for the next child is one assignment.
 */
import type { Survey } from './survey-schema.js';

/** `undefined`: not answered yet; `null`: "I don't want to answer". */
export type Answer = number | null | undefined;

export interface SurveyWalk {
  /** `help`: the help card after a most negative answer on a question that has help. */
  readonly phase: 'question' | 'help' | 'thanks';
  /** The screen: the warm-up (when there is one) is step 0, then the questions. */
  readonly step: number;
  readonly answers: readonly Answer[];
  /** Never recorded: it only lets a child try the faces. */
  readonly warmUpAnswer: Answer;
  /** The answers went with the last question, before its help card: the thank-you comes after the card. */
  readonly sentBeforeHelp: boolean;
}

export const NEW_WALK: SurveyWalk = {
  phase: 'question',
  step: 0,
  answers: [],
  warmUpAnswer: undefined,
  sentBeforeHelp: false,
};

/** The index of the current question in `survey.questions`; -1 on the warm-up. */
export function questionIndex(walk: SurveyWalk, warmUp: boolean): number {
  return walk.step - (warmUp ? 1 : 0);
}

export function choiceIn(walk: SurveyWalk, warmUp: boolean): Answer {
  const i = questionIndex(walk, warmUp);
  return i < 0 ? walk.warmUpAnswer : walk.answers[i];
}

/** A child has begun and not finished: what kiosk mode clears when the tablet is left alone. */
export function isUnderway(walk: SurveyWalk, warmUp: boolean): boolean {
  const { phase, step } = walk;
  return phase === 'help' || (phase === 'question' && (step > 0 || choiceIn(walk, warmUp) !== undefined));
}

export function withChoice(walk: SurveyWalk, warmUp: boolean, answer: number | null): SurveyWalk {
  const i = questionIndex(walk, warmUp);
  if (i < 0) return { ...walk, warmUpAnswer: answer };
  return { ...walk, answers: Object.assign([...walk.answers], { [i]: answer }) };
}

/** Whether the current question is the survey's last: leaving it sends the answers. */
export function onLastQuestion(walk: SurveyWalk, survey: Survey, warmUp: boolean): boolean {
  return questionIndex(walk, warmUp) === survey.questions.length - 1;
}

/**
 * Leaving the current question forward, once it has an answer: the help card after the most negative
 * face on a question with help, else the next question or, after the last, the thank-you. Leaving the
 * last question means its answers were sent: the walk keeps none of them.
 */
export function forwardFrom(walk: SurveyWalk, survey: Survey, warmUp: boolean): SurveyWalk {
  const i = questionIndex(walk, warmUp);
  const last = onLastQuestion(walk, survey, warmUp);
  const needsHelp = i >= 0 && survey.questions[i]!.help !== undefined && choiceIn(walk, warmUp) === 1;
  const forgotten = last ? { answers: [], warmUpAnswer: undefined } : {};
  if (needsHelp) return { ...walk, ...forgotten, phase: 'help', sentBeforeHelp: last };
  if (last) return { ...walk, ...forgotten, phase: 'thanks' };
  return { ...walk, step: walk.step + 1 };
}

/** Back one question (the element offers it from the second screen on). */
export function backFrom(walk: SurveyWalk): SurveyWalk {
  return { ...walk, step: walk.step - 1 };
}

/** After the help card: the thank-you when the answers are already sent, else the next question. */
export function pastHelp(walk: SurveyWalk): SurveyWalk {
  return walk.sentBeforeHelp
    ? { ...walk, phase: 'thanks' }
    : { ...walk, phase: 'question', step: walk.step + 1 };
}

/** What is sent: every question once, unanswered ones as null; never the warm-up. */
export function answersOf(walk: SurveyWalk, survey: Survey): { questionId: string; value: number | null }[] {
  return survey.questions.map((question, i) => ({ questionId: question.id, value: walk.answers[i] ?? null }));
}
