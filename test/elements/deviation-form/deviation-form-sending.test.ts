/** Filling and sending: anonymously or named, where it happened, the receipt's honest status, the honeypot. */
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../../../src/delivery/configure.js';
import { referenceCode } from '../../../src/delivery/ids.js';
import {
  envelopeSchema,
  reportReceiptSchema,
  type PlaintextDeviationData,
  type Envelope,
} from '../../../src/schema/index.js';
import {
  $,
  DESCRIPTION,
  errorOf,
  fillValid,
  focused,
  renderForm,
  root,
  send,
  setValue,
  setValueByScript,
  tabTo,
} from '../../support/deviation-form-driver.js';
import { press } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes } from '../../support/outbox.js';
import { warmUpPage } from '../../support/warm-up.js';
import { WIDGETS } from '../../support/widgets.js';

describe('<palaute-deviation-form>: sending', () => {
  before(warmUpPage);
  afterEach(disposeTestOutboxes);

  it('can be filled and sent anonymously with the keyboard alone, and gives a receipt', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderForm(endpoint);

    await tabTo(el, (c) => c.name === 'reporterRole');
    await press('ArrowDown');
    await tabTo(el, (c) => c.name === 'category');
    await press('ArrowDown', 'ArrowDown');
    await tabTo(el, (c) => c.name === 'description');
    await sendKeys({ type: DESCRIPTION });
    await tabTo(el, (c) => c.name === 'harm');
    await press('ArrowDown');
    await tabTo(el, (c) => c.name === 'hopedOutcome');
    await sendKeys({ type: 'Että asiasta puhutaan lapsen kanssa.' });
    await tabTo(el, (c) => c.name === 'giveContact');
    const answered = oneEvent(el, 'palaute-answer');
    await tabTo(el, (c) => c.type === 'submit');
    await press('Enter');

    const envelope = (await answered).detail as Envelope;
    expect(envelope.kind).to.equal('deviation-report');
    // Issue 20: the receipt made at the first input travels with the report (its code does not).
    const { receipt, ...typed } = envelope.data as PlaintextDeviationData;
    expect(reportReceiptSchema.safeParse(receipt).success, 'data.receipt').to.equal(true);
    expect(typed).to.deep.equal({
      reporterRole: 'parent-or-relative',
      category: 'safety',
      description: DESCRIPTION,
      harm: 'yes',
      hopedOutcome: 'Että asiasta puhutaan lapsen kanssa.',
      anonymous: true,
    });
    const [request] = await endpoint.waitForRequests(1);
    const parsed = envelopeSchema.safeParse(request!.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    await waitFor(() => root(el).querySelector('.receipt'), 'the receipt');
    expect($(el, '.reference').textContent).to.equal(`Ilmoituksen tunnus: ${referenceCode(envelope.id)}`);
    expect(focused(el)).to.equal('div.heading receipt-title');
    await expect(el).to.be.accessible();
  });

  for (const [step, expected] of [
    [
      { status: 201, delayMs: 400 },
      [
        'Your report has been saved and will be sent for handling.',
        'Your report has been sent for handling.',
      ],
    ],
    [{ status: 503 }, ['The connection is not working right now. Your report is saved on this device']],
    [
      { status: 400 },
      ['Your report could not be sent. It is saved on this device. Please tell a member of staff'],
    ],
  ] as const) {
    it(`says honestly on the receipt what happened to the report when the endpoint answers ${step.status}`, async () => {
      const endpoint = await TestEndpoint.create([], step);
      const { el } = await renderForm(endpoint, { lang: 'en' });
      const region = () => $(el, '.status[role="status"]');
      expect(region().textContent, 'the live region exists, empty, before its first message').to.equal('');
      // The contract driver's answer: real clicks and typing that every engine supports.
      await WIDGETS.find((w) => w.tag === 'palaute-deviation-form')!.answer(el);
      await waitFor(() => root(el).querySelector('.receipt'), 'the receipt');
      expect($(el, '.receipt').textContent).not.to.contain('received');
      for (const text of expected) {
        await waitFor(() => region().textContent!.startsWith(text), `"${text}"`);
      }
    });
  }

  it('does not ask where it happened when the unit comes from configure()', async () => {
    configure({ unit: 'vantaa-tikkurila' });
    try {
      const { el } = await renderForm('/x', { unit: '' });
      expect(root(el).querySelectorAll('#location').length).to.equal(0);
    } finally {
      configure({ unit: undefined });
    }
  });

  it('requires a way to reach the person and consent for a named report, and sends the contact details', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderForm(endpoint, { lang: 'en' });
    await fillValid(el);
    await setValue(el, 'input[name="giveContact"]', true);
    await expect(el).to.be.accessible();
    await setValue(el, '#name', 'Maija Meikäläinen');
    await send(el);
    expect(errorOf(el, 'email')).to.equal('Give an email address or a phone number.');
    expect(errorOf(el, 'consent')).to.equal(
      'Tick “You may contact me about this report”, or untick “I would like someone to contact me”.',
    );
    await expect(el).to.be.accessible();

    await setValue(el, '#email', 'maija@');
    await send(el);
    expect(errorOf(el, 'email')).to.equal('Check the email address, for example name@example.fi.');

    await setValue(el, '#email', 'maija@example.fi');
    await setValue(el, '#consent', true);
    const answered = oneEvent(el, 'palaute-answer');
    await send(el);
    const envelope = (await answered).detail as Envelope;
    expect(envelope.data).to.deep.include({
      anonymous: false,
      contact: { name: 'Maija Meikäläinen', email: 'maija@example.fi', consent: true },
    });
    const [request] = await endpoint.waitForRequests(1);
    expect(envelopeSchema.safeParse(request!.body).success).to.equal(true);
  });

  it('sends no contact fields when the person unticks the contact option again', async () => {
    const { el } = await renderForm('/x');
    await fillValid(el);
    await setValue(el, 'input[name="giveContact"]', true);
    await setValue(el, '#email', 'someone@example.fi');
    await setValue(el, 'input[name="giveContact"]', false);
    const answered = oneEvent(el, 'palaute-answer');
    await send(el);
    const data = ((await answered).detail as Envelope).data as Record<string, unknown>;
    expect(data.anonymous).to.equal(true);
    expect(data).not.to.have.property('contact');
    expect(JSON.stringify(data)).not.to.contain('someone@example.fi');
  });

  it('asks where it happened only when no unit is given', async () => {
    const { el: withUnit } = await renderForm('/x');
    expect(root(withUnit).querySelectorAll('#location').length).to.equal(0);
    const { el } = await renderForm('/x', { unit: '' });
    await fillValid(el);
    await setValue(el, '#location', 'Koulun piha');
    const answered = oneEvent(el, 'palaute-answer');
    await send(el);
    expect(((await answered).detail as Envelope).data).to.deep.include({ location: 'Koulun piha' });
  });

  it('silently discards a submission whose honeypot is filled', async () => {
    const endpoint = await TestEndpoint.create();
    const { el, outbox } = await renderForm(endpoint);
    let answers = 0;
    el.addEventListener('palaute-answer', () => (answers += 1));
    await fillValid(el);
    // A bot fills the field people never see, by script.
    await setValueByScript(el, '#website', 'https://spam.example');
    await send(el);
    await waitFor(() => root(el).querySelector('.receipt'), 'the (fake) receipt');
    await outbox.flush();
    expect(answers).to.equal(0);
    expect(await outbox.pendingCount()).to.equal(0);
    expect(await endpoint.requests()).to.have.length(0);
  });
});
