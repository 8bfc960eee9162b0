/** Kiosk mode: the next person starts with nothing of the previous answer. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../../../src/delivery/configure.js';
import { describeNode } from '../../support/describe-node.js';
import { press } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { activeInside, renderNps, radios, root, text } from '../../support/nps-driver.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

describe('<palaute-nps>: kiosk', () => {
  afterEach(() => {
    disposeTestOutboxes();
    configure({ endpoint: undefined, messages: undefined });
  });

  it('in kiosk mode starts over after reset-after seconds with no trace of the previous answer', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderNps(endpoint, { kiosk: true, resetAfter: 1, comment: true, lang: 'en' });
    await press('Tab', 'End', 'Enter');
    await waitFor(() => root(el).querySelector('textarea'), 'the comment step');
    await sendKeys({ type: 'my secret reason' });
    await press('Tab', 'Tab', 'Enter');
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(text(el, '.thanks')).to.contain('The next person can start in a moment.');
    await expect(el).to.be.accessible();

    await waitFor(() => root(el).querySelector('fieldset'), 'the start again', 4000);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(root(el).innerHTML).not.to.contain('my secret reason');
    expect(root(el).textContent).not.to.contain('Your answer');
    expect(describeNode(activeInside(el)), 'focus back on the scale').to.equal(describeNode(radios(el)[0]));
    // Nothing to go back to: Next with no choice is an error, not the last person's comment.
    await press('Tab', 'Enter');
    await el.updateComplete;
    expect(root(el).querySelector('textarea')).to.equal(null);
    expect(text(el, '.error')).to.equal('Choose a number from zero to ten.');
    await expect(el).to.be.accessible();
    expect((await endpoint.requests()).length).to.equal(1);
  });
});
