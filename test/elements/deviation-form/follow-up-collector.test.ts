/**
 * Issue 20 in every engine, against a real palaute-collector on another origin (test/support/
 * test-collector.mjs): a report sent with the form gives a receipt code; a new form (as on another
 * device: nothing of the first one's state) follows the report with that code and shows what the
 * collector says: status, when it was received, both due dates; a wrong code gets the one message.
 * The full chain with the inbox and sealed messages: test/deviation-form/*.node.test.mjs and
 * test/report-inbox/report-conversation.node.test.mjs (Chromium).
 */
import { expect } from '@open-wc/testing';
import { deriveReceiptSecrets } from '../../../src/crypto/index.js';
import { $, fillValid, renderForm, root, send, setValue } from '../../support/deviation-form-driver.js';
import { waitFor } from '../../support/endpoint.js';
import { press } from '../../support/input.js';
import { disposeTestOutboxes } from '../../support/outbox.js';
import { warmUpPage } from '../../support/warm-up.js';

interface Collector {
  url: string;
}

const shownCode = (el: Element) =>
  root(el).querySelector('.code [aria-hidden="true"]')?.textContent?.trim() ?? '';

async function follow(el: Element, code: string) {
  $(el, 'button.follow-open').click();
  await waitFor(() => root(el).querySelector('#receipt-code'), 'the code field');
  await setValue(el as never, '#receipt-code', code);
  await press('Enter');
}

describe('<palaute-deviation-form>: following a report by its code, with a running collector', function () {
  // PBKDF2 (600,000 iterations) runs when the code is made and again when it is typed.
  this.timeout(60_000);
  let collector: Collector;
  let endpoint: string;

  before(async function () {
    this.timeout(120_000);
    await warmUpPage();
    collector = (await (await fetch('/test-collector', { method: 'POST' })).json()) as Collector;
    endpoint = `${collector.url}/v1/answers`;
  });
  after(() => fetch(`/test-collector/${new URL(collector.url).port}`, { method: 'DELETE' }));
  afterEach(disposeTestOutboxes);

  it('shows what the collector says of the report: status, received, both due dates', async () => {
    const { el: reporting } = await renderForm(endpoint, { lang: 'en' });
    await fillValid(reporting);
    await send(reporting);
    await waitFor(() => root(reporting).querySelector('.code'), 'the receipt code', 30_000);
    const code = shownCode(reporting);
    await waitFor(() => /sent/i.test(root(reporting).textContent ?? ''), 'the report sent', 30_000);
    reporting.remove();

    // What the collector answers to this code, asked here as the form asks it.
    const { lookupKey } = await deriveReceiptSecrets(code);
    const answer = await fetch(new URL('receipts', endpoint), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ lookupKey }),
    });
    expect(answer.status).to.equal(200);
    const { report } = (await answer.json()) as {
      report: { receivedAt: string; acknowledgementDue: string; feedbackDue: string };
    };

    const { el } = await renderForm(endpoint, { lang: 'en' });
    await follow(el, code);
    await waitFor(() => root(el).querySelector('.report-status'), 'the report', 30_000);
    expect($(el, '.report-status').textContent!.trim()).to.equal('Received, waiting to be handled');
    const datetime = (selector: string) => $(el, `${selector} time`).getAttribute('datetime');
    expect(datetime('.acknowledgement-due')).to.equal(report.acknowledgementDue);
    expect(datetime('.feedback-due')).to.equal(report.feedbackDue);
    expect(root(el).querySelector(`time[datetime="${report.receivedAt}"]`), 'received').not.to.equal(null);
    expect($(el, '.acknowledged').textContent!.trim()).to.equal('Not yet');
    // This collector has no reports key: nothing can be sealed to the organisation, so no addition.
    expect(root(el).textContent).to.contain('Messages cannot be added to this report right now.');
    await expect(el).to.be.accessible();
  });

  it('gives one message for a wrong code, and shows no report', async () => {
    const { el } = await renderForm(endpoint, { lang: 'en' });
    await follow(el, '0000 1111 2222 3333');
    await waitFor(() => $(el, '#receipt-code-error')?.textContent?.trim(), 'the answer', 30_000);
    expect($(el, '#receipt-code-error').textContent!.trim()).to.equal('Wrong code or no such report.');
    expect(root(el).querySelector('.report-status')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
