import { expect, oneEvent } from '@open-wc/testing';
import type { Survey } from '../../../src/elements/emoji-survey/survey-schema.js';
import { safetyAndBeingHeard5to8 } from '../../../src/elements/emoji-survey/surveys.js';
import type { Envelope } from '../../../src/schema/index.js';
import { describeNode } from '../../support/describe-node.js';
import { waitFor } from '../../support/endpoint.js';
import { clickCentre, press } from '../../support/input.js';
import { disposeTestOutboxes } from '../../support/outbox.js';
import {
  active,
  choices,
  faces,
  find,
  nextQuestion,
  question,
  renderSurvey,
  sleep,
} from '../../support/emoji-survey-driver.js';

const SURVEY: Survey = {
  id: 'one-tap',
  scale: 3,
  questions: [
    { id: 'a', text: 'First?' },
    { id: 'b', text: 'Second?' },
    { id: 'c', text: 'Third?' },
  ],
};

/** Counts a person's actions while driving the widget. */
class Counter {
  taps = 0;
  keys = 0;
  async tap(element: Element) {
    this.taps += 1;
    await clickCentre(element);
  }
  async press(...keys: string[]) {
    this.keys += keys.length;
    await press(...keys);
  }
}

describe('<palaute-emoji-survey> one tap per question', () => {
  afterEach(disposeTestOutboxes);

  it('moves on after a visible pause, announced, with focus on the new question', async () => {
    const el = await renderSurvey(SURVEY);
    await clickCentre(faces(el)[1]!);
    expect(find(el, '.moving-on')?.textContent).to.contain('The next question is coming');
    expect(question(el), 'still there during the pause').to.equal('First?');
    await expect(el).to.be.accessible();
    await nextQuestion(el, 'Second?');
    expect(find(el, '.moving-on')).to.equal(null);
    expect(find(el, '.base > [role="status"]')!.textContent).to.equal('Question 2 of 3');
    expect(describeNode(active(el))).to.equal(describeNode(find(el, '.question')));
    expect(find(el, 'button:not([type="submit"])')!.textContent!.trim(), 'Back is there').to.equal('Back');
  });

  it('a second tap during the pause changes the answer and moves on once', async () => {
    const el = await renderSurvey(SURVEY);
    await clickCentre(faces(el)[0]!);
    await sleep(300);
    await clickCentre(faces(el)[2]!);
    await sleep(400);
    expect(question(el), 'the pause starts again').to.equal('First?');
    await nextQuestion(el, 'Second?');
    await sleep(800);
    expect(question(el)).to.equal('Second?');
    await clickCentre(find(el, '.actions button')!);
    await nextQuestion(el, 'First?');
    expect(choices(el)[2]!.checked).to.equal(true);
    expect(choices(el)[0]!.checked).to.equal(false);
  });

  it('does not move on while focus is on Back, and never on keys alone', async () => {
    const el = await renderSurvey(SURVEY);
    await clickCentre(faces(el)[1]!);
    await nextQuestion(el, 'Second?');
    await clickCentre(faces(el)[1]!);
    await press('Tab');
    expect(describeNode(active(el))).to.equal('button');
    await sleep(900);
    expect(question(el), 'Back has focus: no move').to.equal('Second?');
    // Back to the faces (by script: Shift+Tab is not in every driver), then keys only.
    choices(el)[1]!.focus();
    await press('ArrowRight', 'ArrowRight');
    await sleep(900);
    expect(question(el), 'arrow keys only choose').to.equal('Second?');
    expect(choices(el)[3]!.checked).to.equal(true);
    await press('Enter');
    await nextQuestion(el, 'Third?');
  });

  it('the 4-question survey for 5–8 takes 6 taps with its warm-up (5 without)', async () => {
    const counted = new Counter();
    const el = await renderSurvey(safetyAndBeingHeard5to8, { lang: 'fi' });
    for (let step = 0; step < 5; step += 1) {
      const before = question(el);
      await counted.tap(faces(el)[2]!);
      if (step < 4) await waitFor(() => question(el) !== before, 'the next question');
    }
    const answered = oneEvent(el, 'palaute-answer');
    await counted.tap(find(el, 'button[type="submit"]')!);
    expect(((await answered).detail as Envelope).data).to.deep.equal({
      surveyId: 'safety-and-being-heard-5-8',
      answers: ['safe-at-home', 'listened-to', 'trusted-adult', 'this-meeting'].map((questionId) => ({
        questionId,
        value: 3,
      })),
    });
    expect(counted.taps).to.equal(6);

    const withoutWarmUp = await renderSurvey(safetyAndBeingHeard5to8, { lang: 'fi' });
    withoutWarmUp.skipWarmUp = true;
    await withoutWarmUp.updateComplete;
    expect(question(withoutWarmUp)).to.equal('Millainen olo sinulla on siellä, missä asut?');
  });

  it('the 4-question survey for 5–8 takes 15 keys with its warm-up: Tab, an arrow and Enter per screen', async () => {
    const keys = new Counter();
    const keyboard = await renderSurvey(safetyAndBeingHeard5to8, { lang: 'fi' });
    const sent = oneEvent(keyboard, 'palaute-answer');
    for (let step = 0; step < 5; step += 1) {
      const before = question(keyboard);
      await keys.press('Tab', 'ArrowRight', 'Enter');
      if (step < 4) await waitFor(() => question(keyboard) !== before, 'the next question');
    }
    await sent;
    expect(keys.keys, 'Tab, an arrow and Enter per screen, warm-up included').to.equal(15);
  });
});
