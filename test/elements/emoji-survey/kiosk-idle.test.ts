import { expect } from '@open-wc/testing';
import { a11ySnapshotOrSkip } from '../../support/engine-features.js';
import type { Survey } from '../../../src/elements/emoji-survey/survey-schema.js';
import { describeNode } from '../../support/describe-node.js';
import { waitFor } from '../../support/endpoint.js';
import { clickCentre } from '../../support/input.js';
import { disposeTestOutboxes } from '../../support/outbox.js';
import {
  active,
  choices,
  faces,
  find,
  nextQuestion,
  question,
  renderSurvey,
  root,
  sleep,
} from '../../support/emoji-survey-driver.js';

const SURVEY: Survey = {
  id: 'idle',
  scale: 3,
  warmUp: { text: 'How do you like ice cream?' },
  questions: [
    { id: 'a', text: 'First question?', help: { text: 'Talk to an adult you trust.' } },
    { id: 'b', text: 'Second question?' },
  ],
};

async function leaveAtTheHelpCard(idleAfter: number) {
  const el = await renderSurvey(SURVEY, { kiosk: true, idleAfter });
  await clickCentre(faces(el)[2]!);
  await nextQuestion(el, 'First question?');
  await clickCentre(faces(el)[0]!);
  await waitFor(() => find(el, '.help'), 'the help card');
  return el;
}

describe('<palaute-emoji-survey> kiosk idle reset', () => {
  afterEach(disposeTestOutboxes);

  it('warns "Are you still there?", then leaves nothing of the child in the DOM, the state or the accessibility tree', async function () {
    const el = await leaveAtTheHelpCard(4);
    const notice = await waitFor(() => find(el, '.idle-notice'), 'the notice', 4000);
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('Are you still there? The answers will be cleared in 2 seconds.');
    await expect(el).to.be.accessible();

    await waitFor(() => question(el) === 'How do you like ice cream?', 'the start again', 4000);
    expect(find(el, '.idle-notice')).to.equal(null);
    expect(find(el, '.help')).to.equal(null);
    expect(choices(el).some((c) => c.checked)).to.equal(false);
    expect(root(el).textContent).not.to.contain('First question?');
    expect((el as unknown as { walk: unknown }).walk, 'nothing of the last child kept').to.deep.equal({
      phase: 'question',
      step: 0,
      answers: [],
      warmUpAnswer: undefined,
      sentBeforeHelp: false,
    });
    expect(describeNode(active(el)), 'focus on the first screen').to.equal(
      describeNode(find(el, '.question')),
    );
    await expect(el).to.be.accessible();
    // Last: engines that cannot read the accessibility tree skip only this check.
    const tree = JSON.stringify(await a11ySnapshotOrSkip(this));
    expect(tree).not.to.contain('"checked":true');
    expect(tree).not.to.contain('First question?');
    expect(tree).not.to.contain('Talk to an adult');
  });

  it('lets the child go on: the button hides the notice and gives the full time again', async () => {
    const el = await leaveAtTheHelpCard(4);
    await waitFor(() => find(el, '.idle-notice'), 'the notice', 4000);
    await clickCentre(find(el, '.idle-notice button')!);
    await el.updateComplete;
    expect(find(el, '.idle-notice')).to.equal(null);
    await sleep(1500);
    expect(find(el, '.help'), 'still there').not.to.equal(null);
    await waitFor(() => find(el, '.idle-notice'), 'the notice again', 4000);
  });

  it('a tap on a face while the notice shows goes on with that face, and the notice can be heard', async () => {
    const spoken: string[] = [];
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => [{ lang: 'en-GB', name: 'Daniel' }],
      speak: (utterance: SpeechSynthesisUtterance) => spoken.push(utterance.text),
      cancel: () => undefined,
    });
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    try {
      const el = await renderSurvey(SURVEY, { kiosk: true, idleAfter: 4 });
      await clickCentre(faces(el)[2]!);
      await nextQuestion(el, 'First question?');
      await waitFor(() => find(el, '.idle-notice'), 'the notice', 4000);
      await clickCentre(find(el, '.idle-notice .listen')!);
      expect(spoken).to.deep.equal([
        'Are you still there? The answers will be cleared in 2 seconds.',
        "I'm still here",
      ]);
      await clickCentre(faces(el)[1]!);
      await nextQuestion(el, 'Second question?');
      expect(find(el, '.idle-notice')).to.equal(null);
    } finally {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    }
  });

  it('does nothing to a survey nobody has touched, or outside kiosk mode', async () => {
    const untouched = await renderSurvey(SURVEY, { kiosk: true, idleAfter: 1 });
    const notKiosk = await renderSurvey(SURVEY, { idleAfter: 1 });
    await clickCentre(faces(notKiosk)[1]!);
    await sleep(1600);
    expect(find(untouched, '.idle-notice')).to.equal(null);
    expect(find(notKiosk, '.idle-notice')).to.equal(null);
    expect(question(notKiosk)).to.equal('First question?');
  });
});
