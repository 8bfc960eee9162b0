/**
 * Issue 19, items 2 and 8 (the browser's half): with `reportKey` configured, what a person wrote
 * is sealed before the outbox sees it. A sentinel text, name, phone, email, place and date never
 * reach IndexedDB or the POST body, and the body opens with the organisation's private key to
 * exactly what was typed. A key that cannot be used is reported naming `reportKey`, and the
 * report is still stored and sent, as a page without a key sends it.
 */
import { expect, oneEvent } from '@open-wc/testing';
import {
  exportReportPublicKey,
  generateReportKeyPair,
  openDeviationReport,
  reportKeyId,
} from '../../../src/crypto/index.js';
import { configure } from '../../../src/delivery/configure.js';
import type { PalauteErrorDetail } from '../../../src/delivery/events.js';
import { referenceCode } from '../../../src/delivery/ids.js';
import type { PalauteDeviationForm } from '../../../src/elements/deviation-form/palaute-deviation-form.js';
import {
  plaintextDeviationDataSchema,
  envelopeSchema,
  sealedDeviationDataSchema,
  type DeviationReportData,
  type Envelope,
} from '../../../src/schema/index.js';
import { captureConsoleErrors } from '../../support/console.js';
import {
  $,
  DESCRIPTION,
  fillValid,
  renderForm,
  root,
  send,
  setValue,
  setValueByScript,
} from '../../support/deviation-form-driver.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes, readEveryStore } from '../../support/outbox.js';
import { warmUpPage } from '../../support/warm-up.js';

const SENTINELS = {
  description: 'Sentinel-Q7x3 kuvaus: lapsen puhelin otettiin pois ilman päätöstä.',
  occurredAt: '2019-03-07',
  location: 'Sentinel-Q7x3-paikka',
  hopedOutcome: 'Sentinel-Q7x3-toive: että asiasta puhutaan.',
  name: 'Sentinel-Q7x3 Nimi',
  email: 'sentinel-q7x3@example.fi',
  phone: '040 765 4321',
};

async function organisationKeys() {
  const keyPair = await generateReportKeyPair();
  const reportKey = await exportReportPublicKey(keyPair.publicKey);
  return { keyPair, reportKey, kid: await reportKeyId(reportKey) };
}

/** The sentinels found in `value` as JSON; also in its own words, and digits alone for the phone. */
function sentinelsIn(value: unknown): string[] {
  const json = JSON.stringify(value);
  const found = Object.entries(SENTINELS).filter(([, text]) => json.includes(text));
  if (json.includes('0407654321')) found.push(['phone digits', '']);
  if (json.includes('Q7x3') || json.includes('q7x3')) found.push(['the marker', '']);
  return found.map(([field]) => field);
}

/** A named report with every field filled with a sentinel, written with real input. */
async function writeSentinelReport(el: PalauteDeviationForm) {
  await setValue(el, 'input[name="reporterRole"][value="parent-or-relative"]', true);
  await setValue(el, 'input[name="category"][value="safety"]', true);
  await setValue(el, '#description', SENTINELS.description);
  await setValueByScript(el, '#occurredAt', SENTINELS.occurredAt);
  await setValue(el, '#location', SENTINELS.location);
  await setValue(el, 'input[name="harm"][value="yes"]', true);
  await setValue(el, '#hopedOutcome', SENTINELS.hopedOutcome);
  await setValue(el, 'input[name="giveContact"]', true);
  await setValue(el, '#name', SENTINELS.name);
  await setValue(el, '#email', SENTINELS.email);
  await setValue(el, '#phone', SENTINELS.phone);
  await setValue(el, 'input[name="consent"]', true);
}

async function firstBody(endpoint: TestEndpoint): Promise<Envelope> {
  const [request] = await endpoint.waitForRequests(1);
  return request!.body as Envelope;
}

const TYPED: DeviationReportData = {
  reporterRole: 'parent-or-relative',
  category: 'safety',
  description: SENTINELS.description,
  occurredAt: SENTINELS.occurredAt,
  location: SENTINELS.location,
  harm: 'yes',
  hopedOutcome: SENTINELS.hopedOutcome,
  anonymous: false,
  contact: { name: SENTINELS.name, email: SENTINELS.email, phone: SENTINELS.phone, consent: true },
};

describe('<palaute-deviation-form>: sealed reports (reportKey)', () => {
  before(warmUpPage);
  afterEach(() => {
    configure({ reportKey: undefined });
    disposeTestOutboxes();
  });

  it('keeps what was written out of IndexedDB and the POST body, which opens to exactly it', async () => {
    const { keyPair, reportKey, kid } = await organisationKeys();
    configure({ reportKey });
    // The endpoint is down until IndexedDB has been read: the report waits there meanwhile.
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const { el, outbox } = await renderForm(endpoint, { unit: '' });
    await writeSentinelReport(el);
    const answered = oneEvent(el, 'palaute-answer');
    await send(el);
    const envelope = (await answered).detail as Envelope;
    expect(sentinelsIn(envelope), 'the palaute-answer event').to.deep.equal([]);

    await endpoint.waitForRequests(1);
    const stored = await readEveryStore(outbox.dbName);
    expect(
      JSON.stringify(stored).includes(envelope.id),
      'the waiting report is in IndexedDB, sealed',
    ).to.equal(true);
    expect(sentinelsIn(stored), 'IndexedDB, every store').to.deep.equal([]);

    await endpoint.script([], { status: 201 });
    await waitFor(async () => (await endpoint.accepted()).length === 1, 'the report accepted');
    for (const { body } of await endpoint.requests()) {
      expect(sentinelsIn(body), 'the POST body').to.deep.equal([]);
      const parsed = envelopeSchema.safeParse(body);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
      const { id, data } = body as Envelope;
      const sealed = sealedDeviationDataSchema.safeParse(data);
      expect(sealed.success, JSON.stringify(sealed.error?.issues)).to.equal(true);
      expect(sealed.data!.kid).to.equal(kid);
      expect(sealed.data).to.include({ reporterRole: 'parent-or-relative', category: 'safety', harm: 'yes' });
      // Issue 20: the receipt stays in the clear beside the sealed text, for the collector to read.
      expect(sealed.data!.receipt, 'data.receipt in the clear').to.be.an('object');
      expect(await openDeviationReport(() => keyPair, id, sealed.data!)).to.deep.equal({
        ...TYPED,
        receipt: sealed.data!.receipt,
      });
      expect(id).to.equal(envelope.id);
    }
    await waitFor(async () => (await outbox.pendingCount()) === 0, 'the report delivered');
    expect(sentinelsIn(await readEveryStore(outbox.dbName)), 'IndexedDB after delivery').to.deep.equal([]);
    // The receipt as before: its code is the envelope id's.
    expect($(el, '.reference').textContent).to.contain(referenceCode(envelope.id));
    await expect(el).to.be.accessible();
  });

  it('takes the key from the data-palaute-config block', async () => {
    const { keyPair, reportKey } = await organisationKeys();
    const block = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: JSON.stringify({ reportKey }),
    });
    block.setAttribute('data-palaute-config', '');
    document.body.append(block);
    try {
      const endpoint = await TestEndpoint.create();
      const { el } = await renderForm(endpoint);
      await fillValid(el);
      await send(el);
      const body = await firstBody(endpoint);
      const sealed = sealedDeviationDataSchema.parse(body.data);
      expect(await openDeviationReport(() => keyPair, body.id, sealed)).to.include({
        description: DESCRIPTION,
      });
    } finally {
      block.remove();
    }
  });

  it('reports a reportKey in the data-palaute-config block that is not an object, naming it', async () => {
    const block = Object.assign(document.createElement('script'), {
      type: 'application/json',
      textContent: '{ "reportKey": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" }',
    });
    block.setAttribute('data-palaute-config', '');
    document.body.append(block);
    try {
      const endpoint = await TestEndpoint.create();
      let el!: PalauteDeviationForm;
      const errors = await captureConsoleErrors(async () => {
        ({ el } = await renderForm(endpoint));
      });
      expect(errors.join('\n')).to.contain('"reportKey"');
      await fillValid(el);
      await send(el);
      const body = await firstBody(endpoint);
      expect(plaintextDeviationDataSchema.parse(body.data)).to.include({ description: DESCRIPTION });
    } finally {
      block.remove();
    }
  });

  it('stores and sends once when Send is pressed again while the report is being sealed', async () => {
    const { reportKey } = await organisationKeys();
    configure({ reportKey });
    const endpoint = await TestEndpoint.create();
    const { el, outbox } = await renderForm(endpoint);
    await fillValid(el);
    const answers: Envelope[] = [];
    el.addEventListener('palaute-answer', (event) => answers.push(event.detail));
    // Two sends in one task: the second certainly comes while the first is sealing (real clicks
    // could come before or after it, as the machine's speed has it).
    $<HTMLFormElement>(el, 'form').requestSubmit();
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitFor(() => root(el).querySelector('.receipt'), 'the receipt');
    await endpoint.waitForRequests(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answers.length, 'palaute-answer events').to.equal(1);
    expect((await endpoint.requests()).length, 'POSTs').to.equal(1);
    expect(await outbox.pendingCount()).to.equal(0);
  });

  for (const [what, makeKey, reason] of [
    ['not an object', async () => 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE', 'not a JWK'],
    [
      'missing y',
      async () => {
        const { reportKey } = await organisationKeys();
        return { kty: 'EC', crv: 'P-256', x: reportKey.x };
      },
      'x or y is missing',
    ],
    [
      'not on P-256',
      async () => {
        const { reportKey } = await organisationKeys();
        // The same x with another y: a point off the curve.
        return { ...reportKey, y: (await organisationKeys()).reportKey.y };
      },
      'not a point on P-256',
    ],
    [
      'a private key',
      async () => crypto.subtle.exportKey('jwk', (await generateReportKeyPair()).privateKey),
      'this is a private key',
    ],
  ] as const) {
    it(`with a reportKey that is ${what}, says so naming reportKey and still sends the report`, async () => {
      configure({ reportKey: (await makeKey()) as JsonWebKey });
      const endpoint = await TestEndpoint.create();
      const { el } = await renderForm(endpoint);
      const problems: PalauteErrorDetail[] = [];
      el.addEventListener('palaute-error', (event) => problems.push(event.detail));
      await fillValid(el);
      const errors = await captureConsoleErrors(async () => {
        await send(el);
        await waitFor(() => root(el).querySelector('.receipt'), 'the receipt');
      });
      expect(errors.length, errors.join('\n')).to.equal(1);
      expect(errors[0]).to.contain('<palaute-deviation-form> reportKey:').and.contain(reason);
      expect(problems.map(({ code, field }) => ({ code, field }))).to.deep.equal([
        { code: 'unsealed', field: 'reportKey' },
      ]);
      const body = await firstBody(endpoint);
      expect(problems[0]!.id).to.equal(body.id);
      // Not lost: sent as a page without a key sends it, for the collector to seal on arrival.
      expect(plaintextDeviationDataSchema.parse(body.data)).to.include({ description: DESCRIPTION });
    });
  }

  it('without WebCrypto (a page on plain http), says so naming reportKey and still sends the report', async () => {
    const { reportKey } = await organisationKeys();
    configure({ reportKey });
    const endpoint = await TestEndpoint.create();
    const { el } = await renderForm(endpoint);
    await fillValid(el);
    // What an insecure context gives: no crypto.subtle.
    Object.defineProperty(crypto, 'subtle', { value: undefined, configurable: true });
    let errors: string[];
    try {
      errors = await captureConsoleErrors(async () => {
        await send(el);
        await waitFor(() => root(el).querySelector('.receipt'), 'the receipt');
      });
    } finally {
      delete (crypto as { subtle?: unknown }).subtle;
    }
    expect(crypto.subtle, 'WebCrypto back').to.not.equal(undefined);
    expect(errors.length, errors.join('\n')).to.equal(1);
    expect(errors[0]).to.contain('<palaute-deviation-form> reportKey:');
    const body = await firstBody(endpoint);
    expect(plaintextDeviationDataSchema.parse(body.data)).to.include({ description: DESCRIPTION });
  });
});
