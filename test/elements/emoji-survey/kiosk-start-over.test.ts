/** Kiosk mode after the thank-you: the next child starts with nothing of the previous one. */
import { expect } from '@open-wc/testing';
import { describeNode } from '../../support/describe-node.js';
// Its hooks start every test with no speech voice.
import { active, choices, nextQuestion, root } from '../../support/emoji-survey-driver.js';
import { renderSurveyAt } from '../../support/emoji-survey-fixture.js';
import { a11ySnapshotOrSkip } from '../../support/engine-features.js';
import { press } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes } from '../../support/outbox.js';
import { warmUpPage } from '../../support/warm-up.js';

describe('<palaute-emoji-survey>: kiosk start over', () => {
  before(warmUpPage);
  afterEach(disposeTestOutboxes);

  it('in kiosk mode starts over with no trace of the previous child in the DOM, the state or the accessibility tree', async function () {
    const endpoint = await TestEndpoint.create();
    const survey = {
      id: 'kiosk',
      scale: 3,
      questions: [
        { id: 'a', text: 'First?' },
        { id: 'b', text: 'Second?' },
      ],
    };
    const el = await renderSurveyAt(endpoint, survey, { kiosk: true, resetAfter: 1, lang: 'en' });
    await press('Tab', 'End', 'Enter');
    await nextQuestion(el, 'Second?');
    await press('Tab', 'ArrowRight', 'Enter');
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(root(el).textContent).to.contain('The next person can answer in a moment.');
    await expect(el).to.be.accessible();

    await nextQuestion(el, 'First?');
    expect(choices(el).some((c) => c.checked)).to.equal(false);
    expect(root(el).querySelectorAll('.progress li.done')).to.have.length(0);
    expect((el as unknown as { walk: { answers: unknown[] } }).walk.answers).to.deep.equal([]);
    expect(describeNode(active(el)), 'focus on the first question').to.equal(
      describeNode(root(el).querySelector('.question')),
    );
    expect((await endpoint.requests()).length).to.equal(1);
    // Last: engines that cannot read the accessibility tree skip only this check.
    const tree = JSON.stringify(await a11ySnapshotOrSkip(this));
    expect(tree).not.to.contain('"checked":true');
  });
});
