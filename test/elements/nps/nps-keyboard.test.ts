/** The whole answer with the keyboard alone, and what reaches the endpoint. */
import { expect, oneEvent } from '@open-wc/testing';
import { configure } from '../../../src/delivery/configure.js';
import { envelopeSchema, type Envelope } from '../../../src/schema/index.js';
import { describeNode } from '../../support/describe-node.js';
import { press } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { activeInside, renderNps, radios, root } from '../../support/nps-driver.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

describe('<palaute-nps>: keyboard', () => {
  afterEach(() => {
    disposeTestOutboxes();
    configure({ endpoint: undefined, messages: undefined });
  });

  it('can be answered with the keyboard alone: Tab, arrows, Home, End, Enter', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderNps(endpoint);

    await press('Tab');
    expect(describeNode(activeInside(el))).to.equal(describeNode(radios(el)[0]));
    await press('End');
    expect(radios(el)[10]!.checked).to.equal(true);
    await press('Home');
    expect(radios(el)[0]!.checked).to.equal(true);
    await press(
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
    );
    expect(radios(el)[8]!.checked).to.equal(true);
    expect(describeNode(activeInside(el))).to.equal(describeNode(radios(el)[8]));
    await press('ArrowLeft');
    expect(radios(el)[7]!.checked).to.equal(true);

    const answered = oneEvent(el, 'palaute-answer');
    await press('Enter');
    const envelope = (await answered).detail as Envelope;
    expect(envelope.data).to.deep.equal({ score: 7 });
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(activeInside(el)?.textContent).to.equal('Kiitos vastauksestasi!');

    const [request] = await endpoint.waitForRequests(1);
    const parsed = envelopeSchema.safeParse(request!.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    expect(request!.body).to.deep.include({ kind: 'nps', locale: 'fi', data: { score: 7 } });
    expect((request!.body as Envelope).context).to.deep.equal({
      unit: 'espoo-leppavaara',
      service: 'family-work',
      context: 'client-plan-meeting',
      respondent: 'municipal-worker',
    });
  });
});
