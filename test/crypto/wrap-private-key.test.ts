import { expect } from '@open-wc/testing';
import { fromBase64url, toBase64url } from '../../src/crypto/bytes.js';
import {
  createRecoveryCode,
  exportReportPublicKey,
  generateReportKeyPair,
  InvalidReportKeyError,
  openReport,
  PASSPHRASE_ITERATIONS,
  sealReport,
  unwrapPrivateKey,
  unwrapPrivateKeyWithRecoveryCode,
  wrapPrivateKey,
  wrapPrivateKeyWithRecoveryCode,
  WrongPassphraseError,
  type WrappedReportKey,
} from '../../src/crypto/index.js';
import { V1_BINDING, V1_PASSPHRASE, V1_REPORT, V1_SEALED, V1_WRAPPED } from './v1-fixtures.js';

const PASSPHRASE = 'Korppi lentää yli järven 1987';
const binding = { envelopeId: '3f1c2a4e-0000-4000-8000-000000000001', kind: 'deviation-report' };
const sentinel = 'Sentinel 4K: puhelin 040 765 4321';

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

/** A key pair unlocked from `stored` opens what was sealed to the original public key. */
async function opensReports(original: CryptoKeyPair, unlocked: CryptoKeyPair) {
  const sealed = await sealReport(
    await exportReportPublicKey(original.publicKey),
    new TextEncoder().encode(sentinel),
    binding,
  );
  return new TextDecoder().decode(await openReport(unlocked, sealed, binding)) === sentinel;
}

describe('wrapPrivateKey and unwrapPrivateKey', () => {
  let keyPair: CryptoKeyPair;
  let stored: WrappedReportKey;

  before(async () => {
    keyPair = await generateReportKeyPair();
    stored = await wrapPrivateKey(keyPair, PASSPHRASE);
  });

  it('unwraps with the passphrase into a key pair that opens reports, not extractable by default', async () => {
    const unlocked = await unwrapPrivateKey(stored, PASSPHRASE);
    expect(await opensReports(keyPair, unlocked)).to.equal(true);
    expect(unlocked.privateKey.extractable).to.equal(false);
    const error = await failure(crypto.subtle.exportKey('jwk', unlocked.privateKey));
    expect(error).to.be.instanceOf(DOMException);
  });

  it('unwraps an extractable key when asked (adding a handler wraps it again)', async () => {
    const unlocked = await unwrapPrivateKey(stored, PASSPHRASE, { extractable: true });
    const again = await wrapPrivateKey(unlocked, 'Toisen käsittelijän tunnuslause');
    expect(
      await opensReports(keyPair, await unwrapPrivateKey(again, 'Toisen käsittelijän tunnuslause')),
    ).to.equal(true);
  });

  it('refuses a wrong passphrase with WrongPassphraseError', async () => {
    for (const wrong of ['Korppi lentää yli järven 1988', PASSPHRASE.toLowerCase(), ' ' + PASSPHRASE]) {
      const error = await failure(unwrapPrivateKey(stored, wrong));
      expect(error, wrong).to.be.instanceOf(WrongPassphraseError);
      expect((error as WrongPassphraseError).code).to.equal('wrong-passphrase');
    }
  });

  it('stores neither the passphrase nor the private key’s d, in any spelling', async () => {
    const { d } = await crypto.subtle.exportKey('jwk', keyPair.privateKey);
    const json = JSON.stringify(stored);
    const dHex = [...fromBase64url(d!)].map((b) => b.toString(16).padStart(2, '0')).join('');
    for (const secret of [
      PASSPHRASE,
      encodeURIComponent(PASSPHRASE),
      toBase64url(new TextEncoder().encode(PASSPHRASE)),
      btoa(String.fromCharCode(...new TextEncoder().encode(PASSPHRASE))),
      d!,
      dHex,
    ]) {
      expect(json).not.to.contain(secret);
    }
    expect(json.toLowerCase()).not.to.contain('korppi');
  });

  it('derives with PBKDF2-SHA-256, 600,000 iterations, a new 16-byte salt and 12-byte nonce each time', async () => {
    expect(stored.kdf).to.equal('PBKDF2-SHA-256');
    expect(stored.iterations).to.equal(600_000);
    expect(PASSPHRASE_ITERATIONS).to.equal(600_000);
    expect(fromBase64url(stored.salt).length).to.equal(16);
    expect(fromBase64url(stored.iv).length).to.equal(12);
    const second = await wrapPrivateKey(keyPair, PASSPHRASE);
    expect(second.salt).not.to.equal(stored.salt);
    expect(second.iv).not.to.equal(stored.iv);
    expect(second.wrapped).not.to.equal(stored.wrapped);
  });

  it('refuses a stored key whose iterations were lowered, public key swapped or bytes changed', async () => {
    const lowered = await failure(unwrapPrivateKey({ ...stored, iterations: 1000 }, PASSPHRASE));
    expect(lowered).to.be.instanceOf(InvalidReportKeyError);
    const raised = await failure(unwrapPrivateKey({ ...stored, iterations: 600_001 }, PASSPHRASE));
    expect(raised).to.be.instanceOf(WrongPassphraseError);
    const otherPublic = await exportReportPublicKey((await generateReportKeyPair()).publicKey);
    const swapped = await failure(unwrapPrivateKey({ ...stored, publicKey: otherPublic }, PASSPHRASE));
    expect(swapped).to.be.instanceOf(WrongPassphraseError);
    const bytes = fromBase64url(stored.wrapped);
    bytes[10]! ^= 1;
    const changed = await failure(unwrapPrivateKey({ ...stored, wrapped: toBase64url(bytes) }, PASSPHRASE));
    expect(changed).to.be.instanceOf(WrongPassphraseError);
  });

  it('still unwraps a key wrapped by version 1 in Node, and it opens a version 1 report', async () => {
    const unlocked = await unwrapPrivateKey(V1_WRAPPED, V1_PASSPHRASE);
    const opened = await openReport(unlocked, V1_SEALED, V1_BINDING);
    expect(JSON.parse(new TextDecoder().decode(opened))).to.deep.equal(V1_REPORT);
  });

  it('takes the passphrase as typed on any device: composed and decomposed letters alike', async () => {
    const composed = 'Äiti ja Öljy'.normalize('NFC');
    const wrapped = await wrapPrivateKey(keyPair, composed);
    const unlocked = await unwrapPrivateKey(wrapped, composed.normalize('NFD'));
    expect(await opensReports(keyPair, unlocked)).to.equal(true);
  });
});

describe('the recovery code', () => {
  it('is 25 symbols of Crockford base32 in five groups, new each time', () => {
    const code = createRecoveryCode();
    expect(code).to.match(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
    expect(createRecoveryCode()).not.to.equal(code);
  });

  it('unwraps the key however it is typed back, and a wrong code is refused', async () => {
    const keyPair = await generateReportKeyPair();
    const code = createRecoveryCode();
    const stored = await wrapPrivateKeyWithRecoveryCode(keyPair, code);
    expect(JSON.stringify(stored)).not.to.contain(code.replace(/-/g, ''));
    const typed = ` ${code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(await opensReports(keyPair, await unwrapPrivateKeyWithRecoveryCode(stored, typed))).to.equal(true);
    const other = createRecoveryCode();
    expect(await failure(unwrapPrivateKeyWithRecoveryCode(stored, other))).to.be.instanceOf(
      WrongPassphraseError,
    );
    expect(await failure(unwrapPrivateKeyWithRecoveryCode(stored, 'ABCDE'))).to.be.instanceOf(
      WrongPassphraseError,
    );
  });
});
