/**
 * With `reportKey` configured, the sealing code is fetched at the first input, not with the page
 * and not at Send: a shared tablet that loses its network between typing and Send still seals.
 * A file of its own: once a page has imported the module, it is never fetched again.
 */
import { expect } from '@open-wc/testing';
import { exportReportPublicKey, generateReportKeyPair } from '../../../src/crypto/index.js';
import { configure } from '../../../src/delivery/configure.js';
import { renderForm, setValue } from '../../support/deviation-form-driver.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

const sealerFetched = () =>
  performance.getEntriesByType('resource').some(({ name }) => name.includes('/report-seal.'));

describe('<palaute-deviation-form>: the sealing code', () => {
  afterEach(() => {
    configure({ reportKey: undefined });
    disposeTestOutboxes();
  });

  it('is fetched at the first input, before Send', async () => {
    const keyPair = await generateReportKeyPair();
    configure({ reportKey: await exportReportPublicKey(keyPair.publicKey) });
    const { el } = await renderForm(await TestEndpoint.create());
    expect(sealerFetched(), 'not with the page').to.equal(false);
    await setValue(el, 'textarea#description', 'L');
    await waitFor(async () => sealerFetched(), 'the sealing code fetched before Send');
  });
});
