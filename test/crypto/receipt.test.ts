import { expect } from '@open-wc/testing';
import { fromBase64url, toBase64url, utf8 } from '../../src/crypto/bytes.js';
import {
  createReceipt,
  createReceiptCode,
  deriveReceiptSecrets,
  exportReportPublicKey,
  generateReportKeyPair,
  normalizeReceiptCode,
  openReplyKey,
  openReportMessage,
  receiptVerifier,
  ReportAlteredError,
  sealReportMessage,
  WrongReceiptCodeError,
} from '../../src/crypto/index.js';

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text: string) => new Uint8Array(text.match(/../g)!.map((pair) => parseInt(pair, 16)));

async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

describe('receipt codes: the primitives against published test vectors', () => {
  it('PBKDF2-HMAC-SHA-256 gives RFC 7914 section 11 vector ("passwd", "salt", c = 1)', async () => {
    const password = await crypto.subtle.importKey('raw', utf8('passwd'), 'PBKDF2', false, ['deriveBits']);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: utf8('salt'), iterations: 1 },
      password,
      512,
    );
    expect(hex(bits)).to.equal(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc' +
        '49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('HKDF-SHA-256 gives RFC 5869 test case 1', async () => {
    const ikm = await crypto.subtle.importKey('raw', new Uint8Array(22).fill(0x0b), 'HKDF', false, [
      'deriveBits',
    ]);
    const bits = await crypto.subtle.deriveBits(
      {
        name: 'HKDF',
        hash: 'SHA-256',
        salt: fromHex('000102030405060708090a0b0c'),
        info: fromHex('f0f1f2f3f4f5f6f7f8f9'),
      },
      ikm,
      42 * 8,
    );
    expect(hex(bits)).to.equal(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });

  it("derives a code's keys as Node's own PBKDF2 and HKDF do (the stored format, fixed)", async () => {
    // Computed once with node:crypto (pbkdf2Sync, hkdfSync): another implementation, same bytes.
    const secrets = await deriveReceiptSecrets('0123 4567 8901 2345');
    expect(secrets.lookupKey).to.equal('ltUMtZSrFBZ_d3x4VlN9-cJsz0IJ0MH0rCo71lqtkgc');
    expect(secrets.appendKey).to.equal('9qtw6R5VZFQPIsDT4VAO4BUBuIeeMhmRLw3E8PaxTBI');
    expect(await receiptVerifier(secrets.lookupKey)).to.equal('71Z82e9iU2ayG0crdDGaVGKmk7TGRZHQOZE8i8dFrIE');
    expect(await receiptVerifier(secrets.appendKey)).to.equal('Z2goOFflIQbbORgJun9pH_IQYxg3uZYeuVO22TagEJA');
    expect(secrets.wrapKey.extractable).to.equal(false);
  });
});

describe('receipt codes', () => {
  it('are 16 digits in groups of four, different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, () => createReceiptCode()));
    expect(codes.size).to.equal(200);
    for (const code of codes) expect(code).to.match(/^\d{4} \d{4} \d{4} \d{4}$/);
  });

  it('use every digit in every position (no byte-modulo bias to the low digits)', () => {
    const counts = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < 2000; i++)
      for (const d of createReceiptCode().replace(/ /g, '')) counts[Number(d)]!++;
    // 32,000 digits: each about 3,200; a digit left out or doubled would be far outside this.
    for (const count of counts) expect(count).to.be.within(2900, 3500);
  });

  it('are read back however they were typed, and anything else is refused before any request', () => {
    expect(normalizeReceiptCode(' 0123-4567.8901 2345 ')).to.equal('0123456789012345');
    expect(normalizeReceiptCode('０１２３４５６７８９０１２３４５')).to.equal('0123456789012345');
    for (const typed of ['0123 4567 8901 234', '0123 4567 8901 23456', 'O123 4567 8901 2345', '']) {
      expect(() => normalizeReceiptCode(typed), typed).to.throw(WrongReceiptCodeError);
    }
  });
});

describe('a receipt', () => {
  it('gives on another device, from the code alone, the keys whose verifiers it carries and the reply key', async () => {
    const { code, receipt } = await createReceipt();
    const elsewhere = await deriveReceiptSecrets(code);
    expect(await receiptVerifier(elsewhere.lookupKey)).to.equal(receipt.lookupVerifier);
    expect(await receiptVerifier(elsewhere.appendKey)).to.equal(receipt.appendVerifier);
    expect(JSON.stringify(receipt)).not.to.include(code.replace(/ /g, ''));

    const replyKey = await openReplyKey(elsewhere, receipt.replyKey);
    const organisation = await generateReportKeyPair();
    const reportId = crypto.randomUUID();
    const messageId = crypto.randomUUID();
    const message = await sealReportMessage(
      await exportReportPublicKey(organisation.publicKey),
      receipt.replyKey.publicKey,
      reportId,
      messageId,
      { text: 'Kiitos, asia on käsittelyssä.' },
    );
    expect(await openReportMessage(replyKey, message.forReporter, reportId, messageId)).to.deep.equal({
      text: 'Kiitos, asia on käsittelyssä.',
    });
    expect(await openReportMessage(organisation, message.sealed, reportId, messageId)).to.deep.equal({
      text: 'Kiitos, asia on käsittelyssä.',
    });
    // Moved to another message or report, it does not open.
    expect(
      await failure(openReportMessage(replyKey, message.forReporter, reportId, crypto.randomUUID())),
    ).to.be.instanceOf(ReportAlteredError);
    expect(
      await failure(openReportMessage(organisation, message.sealed, crypto.randomUUID(), messageId)),
    ).to.be.instanceOf(ReportAlteredError);
  });

  it('does not open its reply key with another code, or with a reply key swapped in', async () => {
    const { receipt } = await createReceipt();
    const other = await createReceipt();
    const wrongCode = await deriveReceiptSecrets(other.code);
    expect(await failure(openReplyKey(wrongCode, receipt.replyKey))).to.be.instanceOf(WrongReceiptCodeError);
    const swapped = { ...receipt.replyKey, publicKey: other.receipt.replyKey.publicKey };
    const rightCode = await deriveReceiptSecrets((await createReceipt()).code);
    expect(await failure(openReplyKey(rightCode, swapped))).to.be.instanceOf(WrongReceiptCodeError);
  });

  it('refuses a receipt key that is not 32 bytes of base64url', async () => {
    expect(await failure(receiptVerifier(toBase64url(new Uint8Array(16))))).to.be.instanceOf(SyntaxError);
    expect(await failure(receiptVerifier('not base64url!'))).to.be.instanceOf(SyntaxError);
    expect(fromBase64url(toBase64url(new Uint8Array(32))).length).to.equal(32);
  });
});
