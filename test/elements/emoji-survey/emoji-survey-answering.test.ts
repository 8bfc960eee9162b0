/** Answering with the pointer or the keyboard, the choice asked for, and what the envelope carries. */
import { expect, oneEvent } from '@open-wc/testing';
import { envelopeSchema, type Envelope } from '../../../src/schema/index.js';
import { describeNode } from '../../support/describe-node.js';
// Its hooks start every test with no speech voice.
import { active, choices, nextQuestion, question, root } from '../../support/emoji-survey-driver.js';
import { faceWords, renderSurveyAt, submit, SURVEY } from '../../support/emoji-survey-fixture.js';
import { press, clickCentre } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

describe('<palaute-emoji-survey>: answering', () => {
  afterEach(disposeTestOutboxes);

  it('can be completed with the pointer, one tap per question and Send at the end', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderSurveyAt(endpoint);
    expect(question(el)).to.equal('Onko sinulla turvallinen olo?');
    expect(faceWords(el)).to.deep.equal(['Huono', 'Siltä väliltä', 'Hyvä']);
    expect(
      choices(el).some((c) => c.checked),
      'nothing preselected',
    ).to.equal(false);

    await clickCentre(root(el).querySelectorAll('.face-option')[2]!);
    await nextQuestion(el, 'Kuunnellaanko sinua?');
    expect(faceWords(el)).to.deep.equal(['Tosi huono', 'Huono', 'Siltä väliltä', 'Hyvä', 'Tosi hyvä']);
    await clickCentre(root(el).querySelectorAll('.face-option')[1]!);
    await nextQuestion(el, 'Must answer');
    expect(root(el).querySelector('.skip-option'), 'every question can be skipped').not.to.equal(null);
    expect(submit(el).textContent!.trim()).to.equal('Lähetä');
    await clickCentre(root(el).querySelectorAll('.face-option')[0]!);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(question(el), 'the last answer waits for Send').to.equal('Must answer');
    const answered = oneEvent(el, 'palaute-answer');
    await clickCentre(submit(el));

    const envelope = (await answered).detail as Envelope;
    expect(envelope.data).to.deep.equal({
      surveyId: 'test-survey',
      answers: [
        { questionId: 'safe', value: 3 },
        { questionId: 'heard', value: 2 },
        { questionId: 'must', value: 1 },
      ],
    });
    const [request] = await endpoint.waitForRequests(1);
    const parsed = envelopeSchema.safeParse(request!.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(root(el).querySelector('.thanks')!.textContent).to.contain('Kiitos, että kerroit.');
  });

  it('can be completed with the keyboard alone; focus goes to each new question', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderSurveyAt(endpoint, SURVEY, { lang: 'en' });
    expect(root(el).querySelector('.progress .sr-only')!.textContent).to.equal('Question 1 of 3');

    await press('Tab');
    expect(describeNode(active(el))).to.equal(describeNode(choices(el)[0]));
    await press('ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(choices(el)[3]!.value, 'the skip choice is in the same group').to.equal('skip');
    expect(choices(el)[3]!.checked).to.equal(true);
    await press('Enter');
    await nextQuestion(el, 'Are you listened to?');
    expect(describeNode(active(el))).to.equal(describeNode(root(el).querySelector('.question')));
    expect(root(el).querySelector('.progress .sr-only')!.textContent).to.equal('Question 2 of 3');

    await press('Tab', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'Enter');
    await nextQuestion(el, 'Must answer');
    // Back returns to the last answer as it was chosen.
    await press('Tab', 'Tab', 'Enter');
    await nextQuestion(el, 'Are you listened to?');
    expect(choices(el)[3]!.checked).to.equal(true);
    await press('Tab', 'Enter');
    await nextQuestion(el, 'Must answer');

    const answered = oneEvent(el, 'palaute-answer');
    await press('Tab', 'ArrowRight', 'ArrowRight', 'Enter');
    expect(((await answered).detail as Envelope).data).to.deep.equal({
      surveyId: 'test-survey',
      answers: [
        { questionId: 'safe', value: null },
        { questionId: 'heard', value: 4 },
        { questionId: 'must', value: 3 },
      ],
    });
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(describeNode(active(el))).to.equal(describeNode(root(el).querySelector('.thanks-title')));
  });

  it('asks for a choice before moving on, tied to the group', async () => {
    const el = await renderSurveyAt(await TestEndpoint.create(), SURVEY, { lang: 'en' });
    submit(el).focus();
    await press('Enter');
    await el.updateComplete;
    expect(root(el).querySelector('.error')!.textContent).to.equal(
      'Choose a face or “I don’t want to answer”.',
    );
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('choice-error');
    expect(describeNode(active(el))).to.equal(describeNode(choices(el)[0]));
    expect(question(el)).to.equal('Do you feel safe?');
    await expect(el).to.be.accessible();
  });

  it('starts over when skip-warm-up changes mid-survey, instead of jumping to another question', async () => {
    const el = await renderSurveyAt('/x', {
      id: 'warm',
      scale: 3,
      warmUp: { text: 'Ice cream?' },
      questions: [
        { id: 'a', text: 'First?' },
        { id: 'b', text: 'Second?' },
      ],
    });
    await nextQuestion(el, 'Ice cream?');
    await press('Tab', 'ArrowRight', 'Enter');
    await nextQuestion(el, 'First?');
    el.skipWarmUp = true;
    await el.updateComplete;
    expect(question(el)).to.equal('First?');
    expect((el as unknown as { walk: { step: number } }).walk.step, 'the first screen').to.equal(0);
    expect(choices(el).some((c) => c.checked)).to.equal(false);
  });

  it('sends envelopes with no identifier of the child or the device', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderSurveyAt(endpoint, { id: 'one', scale: 3, questions: [{ id: 'q', text: 'Q?' }] });
    await clickCentre(choices(el)[1]!.closest('label')!);
    const answered = oneEvent(el, 'palaute-answer');
    await clickCentre(submit(el));
    const envelope = (await answered).detail as Envelope;
    expect(Object.keys(envelope).sort()).to.deep.equal([
      'context',
      'createdAt',
      'data',
      'id',
      'kind',
      'locale',
      'schemaVersion',
    ]);
    expect(envelope.context).to.deep.equal({
      unit: 'espoo-leppavaara',
      service: 'foster-care',
      context: null,
      respondent: 'child',
    });
    expect(envelope.data).to.deep.equal({ surveyId: 'one', answers: [{ questionId: 'q', value: 2 }] });
    // Once in the outbox, the answers are not kept in the widget, kiosk mode or not.
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    const { walk } = el as unknown as { walk: { answers: unknown[]; warmUpAnswer: unknown } };
    expect([walk.answers, walk.warmUpAnswer]).to.deep.equal([[], undefined]);
  });
});
