import { expect, oneEvent } from '@open-wc/testing';
import type { Survey } from '../../../src/elements/emoji-survey/survey-schema.js';
import type { Envelope } from '../../../src/schema/index.js';
import { describeNode } from '../../support/describe-node.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { clickCentre } from '../../support/input.js';
import { disposeTestOutboxes } from '../../support/outbox.js';
import {
  active,
  faces,
  find,
  nextQuestion,
  question,
  renderSurvey,
  root,
  sleep,
} from '../../support/emoji-survey-driver.js';

const HELP = {
  text: {
    fi: 'Kerro aikuiselle.',
    en: "If you feel bad, talk to an adult you trust. You can also call the children's helpline 116 111, free of charge.",
  },
  actions: [
    { label: { en: 'Call 116 111' }, href: 'tel:116111' },
    { label: { en: 'Chat' }, href: 'https://example.org/chat' },
  ],
};

const SURVEY: Survey = {
  id: 'card',
  scale: 5,
  questions: [
    { id: 'safe', text: 'How do you feel at home?', help: HELP },
    { id: 'fun', text: 'How was the game?' },
    { id: 'heard', text: 'How do the adults listen to you?', help: HELP },
  ],
};

describe('<palaute-emoji-survey> help after the most negative answer', () => {
  afterEach(disposeTestOutboxes);

  it('shows a calm help card with large targets, then goes on; the answer is unchanged and nothing else is recorded', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderSurvey(SURVEY, { endpoint: endpoint.url });
    await clickCentre(faces(el)[0]!);
    await waitFor(() => find(el, '.help'), 'the help card');
    expect(describeNode(active(el))).to.equal(describeNode(find(el, '.help-title')));
    expect(find(el, '.help-text')!.textContent).to.contain('116 111');
    const links = [...root(el).querySelectorAll<HTMLAnchorElement>('.help a')];
    expect(links.map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([
      ['Call 116 111', 'tel:116111'],
      ['Chat', 'https://example.org/chat'],
      ['Call 112', 'tel:112'],
    ]);
    for (const target of [...links, find(el, '.help button.primary')!]) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(44);
      expect(box.width, target.textContent!).to.be.at.least(44);
    }
    await sleep(900);
    expect(find(el, '.help'), 'the card waits for the child').not.to.equal(null);
    await expect(el).to.be.accessible();
    await clickCentre(find(el, '.help button.primary')!);
    await nextQuestion(el, 'How was the game?');

    // Not the most negative face, or a question without help: no card.
    await clickCentre(faces(el)[0]!);
    await nextQuestion(el, 'How do the adults listen to you?');
    await clickCentre(faces(el)[1]!);
    await sleep(800);
    expect(find(el, '.help')).to.equal(null);

    // The last question: the answers are sent first, then the card, then the thank-you.
    await clickCentre(faces(el)[0]!);
    const answered = oneEvent(el, 'palaute-answer');
    await clickCentre(find(el, 'button[type="submit"]')!);
    const envelope = (await answered).detail as Envelope;
    await waitFor(() => find(el, '.help'), 'the help card after sending');
    expect(envelope.data).to.deep.equal({
      surveyId: 'card',
      answers: [
        { questionId: 'safe', value: 1 },
        { questionId: 'fun', value: 1 },
        { questionId: 'heard', value: 1 },
      ],
    });
    const [request] = await endpoint.waitForRequests(1);
    expect(JSON.stringify(request!.body)).not.to.contain('help');
    await clickCentre(find(el, '.help button.primary')!);
    await waitFor(() => find(el, '.thanks'), 'the thank-you');
    expect((await endpoint.requests()).length).to.equal(1);
  });

  it('shows no card for "I don\'t want to answer" or the keyboard\'s second face, and Back returns to the question', async () => {
    const el = await renderSurvey(SURVEY);
    await clickCentre(find(el, '.skip-option')!);
    await nextQuestion(el, 'How was the game?');
    await clickCentre(find(el, '.actions button')!);
    await nextQuestion(el, 'How do you feel at home?');
    expect(question(el)).to.equal('How do you feel at home?');
    await expect(el).to.be.accessible();
  });
});
