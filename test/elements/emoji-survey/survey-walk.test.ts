import { expect } from '@open-wc/testing';
import type { Survey } from '../../../src/elements/emoji-survey/survey-schema.js';
import {
  answersOf,
  backFrom,
  choiceIn,
  forwardFrom,
  isUnderway,
  NEW_WALK,
  onLastQuestion,
  pastHelp,
  questionIndex,
  withChoice,
  type SurveyWalk,
} from '../../../src/elements/emoji-survey/survey-walk.js';

const help = { text: 'You can talk to an adult.', actions: [] };
const survey = {
  id: 'walk',
  scale: 3,
  warmUp: { text: 'Ice cream?' },
  questions: [
    { id: 'safe', text: 'Do you feel safe?', help },
    { id: 'heard', text: 'Are you listened to?' },
    { id: 'adult', text: 'Is there an adult you trust?', help },
  ],
} as unknown as Survey;

/** Choose `answer` on the current screen and leave it forward. */
const answer = (walk: SurveyWalk, value: number | null, warmUp = true) =>
  forwardFrom(withChoice(walk, warmUp, value), survey, warmUp);

describe('emoji survey walk', () => {
  it('starts on the warm-up, whose answer is kept apart and never sent', () => {
    expect(questionIndex(NEW_WALK, true)).to.equal(-1);
    expect(isUnderway(NEW_WALK, true)).to.equal(false);
    const tried = withChoice(NEW_WALK, true, 3);
    expect([tried.warmUpAnswer, tried.answers, choiceIn(tried, true)]).to.deep.equal([3, [], 3]);
    expect(isUnderway(tried, true), 'a face tried on the warm-up is a child at the tablet').to.equal(true);
    const first = forwardFrom(tried, survey, true);
    expect([first.phase, questionIndex(first, true), choiceIn(first, true)]).to.deep.equal([
      'question',
      0,
      undefined,
    ]);
    expect(answersOf(first, survey).map((a) => a.value)).to.deep.equal([null, null, null]);
  });

  it('without the warm-up, step 0 is the first question', () => {
    expect(questionIndex(NEW_WALK, false)).to.equal(0);
    expect(withChoice(NEW_WALK, false, 2).answers).to.deep.equal([2]);
  });

  it('shows the help card after the most negative face on a question with help, then the next question', () => {
    const onFirst = answer(NEW_WALK, 2);
    const card = answer(onFirst, 1);
    expect([card.phase, questionIndex(card, true), card.answers]).to.deep.equal(['help', 0, [1]]);
    expect(isUnderway(card, true)).to.equal(true);
    const second = pastHelp(card);
    expect([second.phase, questionIndex(second, true)]).to.deep.equal(['question', 1]);
  });

  it('no help card for other faces, for "I don\'t want to answer", or on a question without help', () => {
    const onFirst = answer(NEW_WALK, 2);
    expect(answer(onFirst, 2).phase).to.equal('question');
    expect(answer(onFirst, null).phase).to.equal('question');
    const onSecond = answer(onFirst, 3);
    expect(answer(onSecond, 1).phase).to.equal('question');
  });

  it('leaving the last question keeps none of the answers; help there comes before the thank-you', () => {
    let walk = answer(answer(answer(NEW_WALK, 3), 3), null);
    expect(onLastQuestion(walk, survey, true)).to.equal(true);
    walk = withChoice(walk, true, 1);
    expect(answersOf(walk, survey)).to.deep.equal([
      { questionId: 'safe', value: 3 },
      { questionId: 'heard', value: null },
      { questionId: 'adult', value: 1 },
    ]);
    const card = forwardFrom(walk, survey, true);
    expect([card.phase, card.answers, card.warmUpAnswer]).to.deep.equal(['help', [], undefined]);
    expect(pastHelp(card).phase).to.equal('thanks');

    const thanks = forwardFrom(withChoice(walk, true, 2), survey, true);
    expect([thanks.phase, thanks.answers, thanks.warmUpAnswer]).to.deep.equal(['thanks', [], undefined]);
    expect(isUnderway(thanks, true)).to.equal(false);
  });

  it('back keeps the answers given, so the child sees their choice again', () => {
    const onSecond = answer(answer(NEW_WALK, 2), 3);
    const back = backFrom(onSecond);
    expect([questionIndex(back, true), choiceIn(back, true)]).to.deep.equal([0, 3]);
  });
});
