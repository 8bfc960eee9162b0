/**
 * Opening a report as the collector sends it, with real keys in the browser's WebCrypto: a sealed
 * report and its notes open; one moved from another envelope, or a note moved to another report,
 * shows as altered with no text; a plaintext report stored before encryption is shown as it is.
 * (The whole inbox against a real collector: test/report-inbox/palaute-report-inbox.node.test.mjs.)
 */
import { expect } from '@open-wc/testing';
import {
  exportReportPublicKey,
  generateReportKeyPair,
  reportKeyId,
  sealDeviationReport,
} from '../../../src/crypto/index.js';
import type { ReportDetail } from '../../../src/elements/report-inbox/inbox-api.js';
import type { UnlockedKeys } from '../../../src/elements/report-inbox/keyring.js';
import { openReport, sealNote } from '../../../src/elements/report-inbox/open-report.js';

const written = {
  reporterRole: 'staff',
  category: 'safety',
  description: 'SENTINEL the window latch was broken again',
  harm: 'no',
  anonymous: false,
  contact: { phone: '040 123 4567', consent: true },
} as const;

async function keys(): Promise<UnlockedKeys> {
  const pair = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(pair.publicKey);
  const kid = await reportKeyId(publicKey);
  return { handler: 'anna', handlerKeyPair: pair, keys: new Map([[kid, pair]]), current: { kid, publicKey } };
}

function detail(id: string, data: Record<string, unknown>, extra: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id,
    status: 'new',
    receivedAt: new Date().toISOString(),
    contactErasedAt: null,
    envelope: { id, createdAt: new Date().toISOString(), data },
    ...extra,
  };
}

describe('opening a report in the inbox', () => {
  it('opens a sealed report, its contact details and its notes', async () => {
    const unlocked = await keys();
    const id = crypto.randomUUID();
    const data = await sealDeviationReport(unlocked.current!.publicKey, id, written);
    const note = await sealNote(unlocked, id, 'SENTINEL called back');
    const opened = await openReport(
      unlocked,
      detail(id, data, { notes: [{ ...note, createdAt: new Date().toISOString() }] }),
    );
    expect(opened.state).to.equal('sealed');
    expect(opened.text?.description).to.equal(written.description);
    expect(opened.contact).to.deep.equal(written.contact);
    expect(opened.category).to.equal('safety');
    expect(opened.notes.map((n) => ('text' in n ? n.text : 'altered'))).to.deep.equal([
      'SENTINEL called back',
    ]);
  });

  it('shows a report moved from another envelope, and a note moved from another report, as altered', async () => {
    const unlocked = await keys();
    const data = await sealDeviationReport(unlocked.current!.publicKey, crypto.randomUUID(), written);
    const elsewhere = await sealNote(unlocked, crypto.randomUUID(), 'SENTINEL from another report');
    const opened = await openReport(
      unlocked,
      detail(crypto.randomUUID(), data, { notes: [{ ...elsewhere, createdAt: new Date().toISOString() }] }),
    );
    expect(opened.state).to.equal('altered');
    expect(opened.text).to.equal(undefined);
    expect(opened.contact).to.equal(undefined);
    expect(opened.notes.map((n) => 'altered' in n)).to.deep.equal([true]);
    expect(JSON.stringify(opened.notes)).not.to.contain('SENTINEL');
  });

  it('shows a report sealed to a key this handler does not hold as altered', async () => {
    const other = await keys();
    const id = crypto.randomUUID();
    const data = await sealDeviationReport(other.current!.publicKey, id, written);
    expect((await openReport(await keys(), detail(id, data))).state).to.equal('altered');
  });

  it('shows a plaintext report stored before encryption as it is, marked legacy', async () => {
    const opened = await openReport(await keys(), detail(crypto.randomUUID(), { ...written }));
    expect(opened.state).to.equal('legacy');
    expect(opened.text?.description).to.equal(written.description);
    expect(opened.contact).to.deep.equal(written.contact);
  });
});
