import { expect } from '@open-wc/testing';
import { fromBase64url, toBase64url } from '../../src/crypto/bytes.js';
import { decap } from '../../src/crypto/hpke.js';
import {
  exportReportPublicKey,
  generateReportKeyPair,
  importReportPublicKey,
  InvalidReportKeyError,
  openReport,
  REPORT_SUITE,
  ReportAlteredError,
  sealReport,
  type SealedReport,
} from '../../src/crypto/index.js';
import { V1_BINDING, V1_PRIVATE_D, V1_PUBLIC_JWK, V1_REPORT, V1_SEALED } from './v1-fixtures.js';

const binding = { envelopeId: '3f1c2a4e-0000-4000-8000-000000000001', kind: 'deviation-report' };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const utf8 = (value: string) => new TextEncoder().encode(value);
const report = (description: string) =>
  utf8(
    JSON.stringify({ description, hopedOutcome: 'Että joku soittaa', contact: { phone: '+358401234567' } }),
  );

async function setUp() {
  const keyPair = await generateReportKeyPair();
  const publicKeyJwk = await exportReportPublicKey(keyPair.publicKey);
  return { keyPair, publicKeyJwk };
}

async function expectAltered(opening: Promise<unknown>) {
  const error = await opening.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'opening must fail').to.be.instanceOf(ReportAlteredError);
  expect((error as ReportAlteredError).code).to.equal('altered');
}

/** The same base64url string with one bit of byte `index` flipped. */
function flipBit(value: string, index: number) {
  const bytes = fromBase64url(value);
  bytes[index]! ^= 0x01;
  return toBase64url(bytes);
}

describe('sealReport and openReport', () => {
  it('round-trips a 5,000-character report with Finnish letters', async () => {
    const { keyPair, publicKeyJwk } = await setUp();
    const description = 'Lapsen äänä ei kuultu, eikä hänelle kerrottu päätöksestä. '
      .repeat(90)
      .slice(0, 5000);
    const sealed = await sealReport(publicKeyJwk, report(description), binding);
    const opened = JSON.parse(text(await openReport(keyPair, sealed, binding)));
    expect(opened.description).to.equal(description);
    expect(opened.contact.phone).to.equal('+358401234567');
  });

  it('gives plain JSON of base64url strings: version, suite, a P-256 point and ciphertext with its tag', async () => {
    const { publicKeyJwk } = await setUp();
    const plaintext = report('Sentinel 7Q: mitä tapahtui');
    const sealed = await sealReport(publicKeyJwk, plaintext, binding);
    expect(Object.keys(sealed).sort()).to.deep.equal(['ct', 'enc', 'suite', 'v']);
    expect(sealed.v).to.equal(1);
    expect(sealed.suite).to.equal(REPORT_SUITE);
    expect(sealed.enc).to.match(/^[A-Za-z0-9_-]+$/);
    expect(sealed.ct).to.match(/^[A-Za-z0-9_-]+$/);
    const enc = fromBase64url(sealed.enc);
    expect(enc.length).to.equal(65);
    expect(enc[0]).to.equal(0x04);
    expect(fromBase64url(sealed.ct).length).to.equal(plaintext.length + 16);
    const json = JSON.stringify(sealed);
    expect(json).not.to.contain('Sentinel');
    expect(json).not.to.contain('358401234567');
  });

  it('seals the same report differently each time (a new ephemeral key)', async () => {
    const { publicKeyJwk } = await setUp();
    const first = await sealReport(publicKeyJwk, report('Sama teksti'), binding);
    const second = await sealReport(publicKeyJwk, report('Sama teksti'), binding);
    expect(first.enc).not.to.equal(second.enc);
    expect(first.ct).not.to.equal(second.ct);
  });

  it('refuses a changed ciphertext: one bit at the start, in the middle, in the tag', async () => {
    const { keyPair, publicKeyJwk } = await setUp();
    const sealed = await sealReport(publicKeyJwk, report('Muutettu'), binding);
    const length = fromBase64url(sealed.ct).length;
    for (const index of [0, Math.floor(length / 2), length - 1]) {
      await expectAltered(openReport(keyPair, { ...sealed, ct: flipBit(sealed.ct, index) }, binding));
    }
    await expectAltered(openReport(keyPair, { ...sealed, ct: sealed.ct.slice(0, -4) }, binding));
  });

  it('refuses a changed enc: another report’s, a flipped bit (no longer a point), garbage', async () => {
    const { keyPair, publicKeyJwk } = await setUp();
    const sealed = await sealReport(publicKeyJwk, report('Muutettu enc'), binding);
    const other = await sealReport(publicKeyJwk, report('Muutettu enc'), binding);
    await expectAltered(openReport(keyPair, { ...sealed, enc: other.enc }, binding));
    await expectAltered(openReport(keyPair, { ...sealed, enc: flipBit(sealed.enc, 40) }, binding));
    await expectAltered(openReport(keyPair, { ...sealed, enc: 'not+base64url' }, binding));
  });

  it('refuses a report moved to another envelope id or another kind', async () => {
    const { keyPair, publicKeyJwk } = await setUp();
    const sealed = await sealReport(publicKeyJwk, report('Siirretty'), binding);
    await expectAltered(
      openReport(keyPair, sealed, { ...binding, envelopeId: '3f1c2a4e-0000-4000-8000-000000000002' }),
    );
    await expectAltered(openReport(keyPair, sealed, { ...binding, kind: 'nps' }));
    // The id and kind are encoded so that no other pair spells the same bytes.
    await expectAltered(
      openReport(keyPair, sealed, { envelopeId: `${binding.envelopeId}","deviation`, kind: '-report' }),
    );
  });

  it('refuses a report sealed to another key pair, or a changed version or suite', async () => {
    const { publicKeyJwk } = await setUp();
    const other = await generateReportKeyPair();
    const sealed = await sealReport(publicKeyJwk, report('Toinen avain'), binding);
    await expectAltered(openReport(other, sealed, binding));
    const { keyPair } = await setUp();
    await expectAltered(openReport(keyPair, { ...sealed, v: 2 } as unknown as SealedReport, binding));
  });

  it('still opens a report sealed by version 1 (the stored format must not drift)', async () => {
    const algorithm = { name: 'ECDH', namedCurve: 'P-256' };
    const keyPair = {
      privateKey: await crypto.subtle.importKey(
        'jwk',
        { ...V1_PUBLIC_JWK, d: V1_PRIVATE_D },
        algorithm,
        false,
        ['deriveBits'],
      ),
      publicKey: await crypto.subtle.importKey('jwk', V1_PUBLIC_JWK, algorithm, true, []),
    };
    expect(JSON.parse(text(await openReport(keyPair, V1_SEALED, V1_BINDING)))).to.deep.equal(V1_REPORT);
  });
});

describe('the reports public key', () => {
  it('is exported as a short JWK with only kty, crv, x and y, and imports again', async () => {
    const { publicKeyJwk } = await setUp();
    expect(Object.keys(publicKeyJwk).sort()).to.deep.equal(['crv', 'kty', 'x', 'y']);
    const key = await importReportPublicKey(publicKeyJwk);
    expect(key.type).to.equal('public');
  });

  it('refuses a private key pasted in its place, another curve, a point off the curve', async () => {
    const { keyPair, publicKeyJwk } = await setUp();
    const privateJwk = await crypto.subtle.exportKey('jwk', keyPair.privateKey);
    const refused = async (jwk: JsonWebKey, words: RegExp) => {
      const error = await importReportPublicKey(jwk).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(InvalidReportKeyError);
      expect((error as InvalidReportKeyError).code).to.equal('invalid-key');
      expect((error as Error).message).to.match(words);
    };
    await refused(privateJwk, /private key/);
    await refused({ ...publicKeyJwk, crv: 'P-384' }, /P-256/);
    await refused({ ...publicKeyJwk, y: publicKeyJwk.x }, /point/);
    // Sealing refuses the same way, before anything is encrypted.
    const sealing = await sealReport(privateJwk, report('x'), binding).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(sealing).to.be.instanceOf(InvalidReportKeyError);
  });
});

describe('points off the curve (RFC 9180 7.1.4; WebKitGTK imports them)', () => {
  /** An uncompressed point whose y was changed: almost surely not on P-256. */
  async function offCurve() {
    const { publicKey } = await generateReportKeyPair();
    const point = new Uint8Array(await crypto.subtle.exportKey('raw', publicKey));
    point[64]! ^= 0x01;
    return point;
  }

  it('refuses an enc off the curve before any ECDH with the private key', async () => {
    const { keyPair } = await setUp();
    const error = await decap(await offCurve(), keyPair).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).message).to.contain('not a point on P-256');
  });

  it('refuses a public key off the curve', async () => {
    const point = await offCurve();
    const jwk = {
      kty: 'EC',
      crv: 'P-256',
      x: toBase64url(point.slice(1, 33)),
      y: toBase64url(point.slice(33)),
    };
    const error = await importReportPublicKey(jwk).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(InvalidReportKeyError);
  });
});
