import { expect } from '@open-wc/testing';
import {
  exportReportPublicKey,
  generateReportKeyPair,
  InvalidReportKeyError,
  openDeviationReport,
  openKeyGrant,
  ReportAlteredError,
  reportKeyId,
  sealDeviationReport,
  sealKeyGrant,
} from '../../src/crypto/index.js';
import { sealedDeviationDataSchema, type DeviationReportData } from '../../src/schema/index.js';
import { V1_PUBLIC_JWK } from './v1-fixtures.js';

const ID = '3f1c2a4e-0000-4000-8000-0000000000aa';
const OTHER_ID = '3f1c2a4e-0000-4000-8000-0000000000bb';
const named: DeviationReportData = {
  reporterRole: 'parent-or-relative',
  category: 'safety',
  description: 'Sentinel-7731: lapsi jäi yksin pihalle',
  occurredAt: '2026-11-30',
  harm: 'yes',
  hopedOutcome: 'Että joku soittaa',
  anonymous: false,
  contact: { name: 'Maija Meikäläinen', phone: '+358401234567', consent: true },
};

async function keys() {
  const keyPair = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(keyPair.publicKey);
  return { keyPair, publicKey, kid: await reportKeyId(publicKey) };
}

async function rejection(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('reportKeyId', () => {
  it('is the RFC 7638 thumbprint: SHA-256 of the required members in order, base64url', async () => {
    // SHA-256 of '{"crv":"P-256","kty":"EC","x":"AATB…","y":"lqDR…"}' as Node's createHash gives it.
    expect(await reportKeyId(V1_PUBLIC_JWK)).to.equal('GXNx73DOSQ01bO02FCYqN_cLCksMgz_81SEhi7u6yJs');
    const reordered = { y: V1_PUBLIC_JWK.y, x: V1_PUBLIC_JWK.x, kty: 'EC', crv: 'P-256', ext: true };
    expect(await reportKeyId(reordered)).to.equal('GXNx73DOSQ01bO02FCYqN_cLCksMgz_81SEhi7u6yJs');
  });
});

describe('sealDeviationReport and openDeviationReport', () => {
  it('keeps only role, category, harm and anonymity in the clear, and opens to the report as written', async () => {
    const { keyPair, publicKey, kid } = await keys();
    const sealed = await sealDeviationReport(publicKey, ID, named);
    expect(sealedDeviationDataSchema.safeParse(sealed).success, 'matches the envelope schema').to.equal(true);
    expect(Object.keys(sealed).sort()).to.deep.equal(
      ['anonymous', 'category', 'harm', 'kid', 'reporterRole', 'sealed', 'sealedContact'].sort(),
    );
    expect(sealed.kid).to.equal(kid);
    const json = JSON.stringify(sealed);
    for (const secret of ['Sentinel-7731', '2026-11-30', 'Maija', '040', '358401234567', 'soittaa']) {
      expect(json).not.to.contain(secret);
    }
    const opened = await openDeviationReport((id) => (id === kid ? keyPair : undefined), ID, sealed);
    expect(opened).to.deep.equal(named);
  });

  it('has no sealed contact for an anonymous report', async () => {
    const { keyPair, publicKey } = await keys();
    const anonymous: DeviationReportData = { ...named, anonymous: true };
    delete anonymous.contact;
    const sealed = await sealDeviationReport(publicKey, ID, anonymous);
    expect(sealed.sealedContact).to.equal(undefined);
    expect(await openDeviationReport(() => keyPair, ID, sealed)).to.deep.equal(anonymous);
  });

  it('opens without the contact once it is deleted, and refuses a report moved, swapped or sealed to another key', async () => {
    const { keyPair, publicKey } = await keys();
    const sealed = await sealDeviationReport(publicKey, ID, named);
    const { sealedContact, ...erased } = sealed;
    const opened = await openDeviationReport(() => keyPair, ID, erased);
    expect(opened.contact).to.equal(undefined);
    expect(opened.description).to.equal(named.description);

    const moved = await rejection(openDeviationReport(() => keyPair, OTHER_ID, sealed));
    expect(moved, 'moved to another envelope').to.be.instanceOf(ReportAlteredError);
    const swapped = { ...sealed, sealed: sealedContact!, sealedContact: sealed.sealed };
    expect(
      await rejection(openDeviationReport(() => keyPair, ID, swapped)),
      'parts swapped',
    ).to.be.instanceOf(ReportAlteredError);
    const other = await keys();
    expect(
      await rejection(openDeviationReport(() => other.keyPair, ID, sealed)),
      'another key',
    ).to.be.instanceOf(ReportAlteredError);
    expect(
      await rejection(openDeviationReport(() => undefined, ID, sealed)),
      'unknown key id',
    ).to.be.instanceOf(ReportAlteredError);
  });
});

describe('sealKeyGrant and openKeyGrant', () => {
  it('gives a handler the reports key pair, and nobody else or under another name', async () => {
    const reports = await keys();
    const handler = await keys();
    const grant = await sealKeyGrant(handler.publicKey, reports.keyPair, {
      kid: reports.kid,
      handler: 'aino',
    });
    expect(JSON.stringify(grant)).not.to.contain(
      (await crypto.subtle.exportKey('jwk', reports.keyPair.privateKey)).d,
    );

    const opened = await openKeyGrant(
      handler.keyPair,
      grant,
      { kid: reports.kid, handler: 'aino' },
      reports.publicKey,
    );
    expect(opened.privateKey.extractable).to.equal(false);
    const sealed = await sealDeviationReport(reports.publicKey, ID, named);
    expect((await openDeviationReport(() => opened, ID, sealed)).description).to.equal(named.description);

    const renamed = await rejection(
      openKeyGrant(handler.keyPair, grant, { kid: reports.kid, handler: 'eero' }, reports.publicKey),
    );
    expect(renamed, 'a grant taken over by another name').to.be.instanceOf(ReportAlteredError);
    const stranger = await keys();
    const wrongHolder = await rejection(
      openKeyGrant(stranger.keyPair, grant, { kid: reports.kid, handler: 'aino' }, reports.publicKey),
    );
    expect(wrongHolder).to.be.instanceOf(ReportAlteredError);
    const otherKey = await keys();
    const mislabelled = await rejection(
      openKeyGrant(handler.keyPair, grant, { kid: reports.kid, handler: 'aino' }, otherKey.publicKey),
    );
    expect(mislabelled, 'a grant naming another public key').to.be.instanceOf(InvalidReportKeyError);
  });
});
