/** The optional comment on a second step: its length limit and counter, Back and forward again. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../../../src/delivery/configure.js';
import { envelopeSchema } from '../../../src/schema/index.js';
import { describeNode } from '../../support/describe-node.js';
import { press } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { activeInside, renderNps, radios, root, text } from '../../support/nps-driver.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

describe('<palaute-nps>: the comment step', () => {
  afterEach(() => {
    disposeTestOutboxes();
    configure({ endpoint: undefined, messages: undefined });
  });

  it('takes a comment on a second step, keyboard only, and enforces and counts its length', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderNps(endpoint, { comment: true, maxLength: 12, lang: 'en' });

    await press('Tab', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(text(el, 'button[type="submit"]')).to.equal('Next');
    await press('Enter');
    await waitFor(() => root(el).querySelector('textarea'), 'the comment step');
    expect(describeNode(activeInside(el))).to.equal(describeNode(root(el).querySelector('textarea')));

    await sendKeys({ type: 'Friendly staff, thank you' });
    const textarea = root(el).querySelector('textarea')!;
    expect(textarea.value).to.equal('Friendly sta');
    expect(text(el, '.counter')).to.equal('12 / 12 characters');
    expect(text(el, '[aria-live="polite"]')).to.equal('0 characters left');

    // Back keeps the choice; forward again keeps the comment.
    await press('Tab', 'Enter');
    await waitFor(() => root(el).querySelector('fieldset'), 'the scale again');
    expect(radios(el)[3]!.checked).to.equal(true);
    expect(describeNode(activeInside(el))).to.equal(describeNode(radios(el)[3]));
    await press('Enter');
    await waitFor(() => root(el).querySelector('textarea'), 'the comment step again');
    expect(root(el).querySelector('textarea')!.value).to.equal('Friendly sta');

    const answered = oneEvent(el, 'palaute-answer');
    await press('Tab', 'Tab', 'Enter');
    expect((await answered).detail.data).to.deep.equal({ score: 3, comment: 'Friendly sta' });
    const [request] = await endpoint.waitForRequests(1);
    expect(envelopeSchema.safeParse(request!.body).success).to.equal(true);
  });
});
