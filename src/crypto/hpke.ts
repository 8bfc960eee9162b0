import { REPORT_SUITE } from '../schema/constants.js';
import { utf8 } from './bytes.js';
import { isP256Point } from './p256-point.js';

/** The KEM's curve, as WebCrypto names it. */
export const ECDH_P256 = { name: 'ECDH', namedCurve: 'P-256' } as const;

/**
 * RFC 9180 HPKE, base mode, single shot, for one suite: DHKEM(P-256, HKDF-SHA256), HKDF-SHA256,
 * AES-256-GCM. Every primitive is the browser's own WebCrypto (ECDH, HKDF, HMAC, AES-GCM); this
 * file only strings them together as the RFC's sections 4.1 (DHKEM) and 5.1 (key schedule) say,
 * and is checked against the RFC's test vectors (test/crypto/hpke-vectors.test.ts).
 *
 * Why not @hpke/core (1.9.0, which needs no extension for this suite): bundled for sealing alone it
 * came to 9,098 B gzip (its other curves come along) against 1,661 B for sealReport here, and its
 * Node fallback `import("crypto")` cannot be resolved by unbundled dev servers such as the test
 * runner's. `node bench/crypto-size.mjs` measures this module.
 */
export { REPORT_SUITE };

type Bytes = Uint8Array<ArrayBuffer>;
const i2osp2 = (n: number) => [n >> 8, n & 255];
const concat = (...parts: (Uint8Array | number[])[]): Bytes => {
  const out = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
const bytes = async (buffer: Promise<ArrayBuffer>) => new Uint8Array(await buffer);

// suite_id for the KEM (kem_id 0x0010) and for the whole suite (kdf_id 0x0001, aead_id 0x0002).
const KEM_ID = concat(utf8('KEM'), i2osp2(0x10));
const SUITE_ID = concat(utf8('HPKE'), i2osp2(0x10), i2osp2(1), i2osp2(2));
const labeledIkm = (suite: Bytes, label: string, ikm: Bytes) =>
  concat(utf8('HPKE-v1'), suite, utf8(label), ikm);
const labeledInfo = (suite: Bytes, label: string, info: Bytes, length: number) =>
  concat(i2osp2(length), utf8('HPKE-v1'), suite, utf8(label), info);

/** HKDF-Extract is HMAC with the salt as key; an empty salt is HashLen zeros (RFC 5869 2.2). */
async function extract(salt: Bytes, ikm: Bytes) {
  const key = await crypto.subtle.importKey(
    'raw',
    salt.length ? salt : new Uint8Array(32),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return bytes(crypto.subtle.sign('HMAC', key, ikm));
}

/**
 * HKDF-Expand(HKDF-Extract(salt, ikm), info, length): WebCrypto's HKDF is exactly this pair, and
 * each of HPKE's LabeledExpand calls follows the LabeledExtract whose output it expands.
 */
async function extractAndExpand(salt: Bytes, ikm: Bytes, info: Bytes, length: number) {
  const key = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  return bytes(crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info }, key, length * 8));
}

async function sharedSecret(dh: ArrayBuffer, enc: Bytes, pkRm: Bytes) {
  return extractAndExpand(
    new Uint8Array(0),
    labeledIkm(KEM_ID, 'eae_prk', new Uint8Array(dh)),
    labeledInfo(KEM_ID, 'shared_secret', concat(enc, pkRm), 32),
    32,
  );
}

/** DHKEM Encap (RFC 9180 4.1); `ephemeral` is given only by the test vectors. */
export async function encap(pkR: CryptoKey, ephemeral?: CryptoKeyPair) {
  const pair =
    ephemeral ?? ((await crypto.subtle.generateKey(ECDH_P256, false, ['deriveBits'])) as CryptoKeyPair);
  const dh = await crypto.subtle.deriveBits({ name: 'ECDH', public: pkR }, pair.privateKey, 256);
  const enc = await bytes(crypto.subtle.exportKey('raw', pair.publicKey));
  const pkRm = await bytes(crypto.subtle.exportKey('raw', pkR));
  return { enc, shared: await sharedSecret(dh, enc, pkRm) };
}

/** DHKEM Decap. An `enc` that is not a point on P-256 throws a DOMException (DataError). */
export async function decap(enc: Bytes, recipient: CryptoKeyPair) {
  if (!isP256Point(enc)) throw new DOMException('enc is not a point on P-256', 'DataError');
  const pkE = await crypto.subtle.importKey('raw', enc, ECDH_P256, false, []);
  const dh = await crypto.subtle.deriveBits({ name: 'ECDH', public: pkE }, recipient.privateKey, 256);
  const pkRm = await bytes(crypto.subtle.exportKey('raw', recipient.publicKey));
  return sharedSecret(dh, enc, pkRm);
}

/** KeySchedule for mode_base (no PSK): the AEAD key and base nonce. */
export async function keySchedule(shared: Bytes, info: Bytes) {
  const empty = new Uint8Array(0);
  const context = concat(
    [0], // mode_base
    await extract(empty, labeledIkm(SUITE_ID, 'psk_id_hash', empty)),
    await extract(empty, labeledIkm(SUITE_ID, 'info_hash', info)),
  );
  // secret = LabeledExtract(shared_secret, "secret", psk), expanded once for each output.
  const secretIkm = labeledIkm(SUITE_ID, 'secret', empty);
  return {
    key: await extractAndExpand(shared, secretIkm, labeledInfo(SUITE_ID, 'key', context, 32), 32),
    baseNonce: await extractAndExpand(
      shared,
      secretIkm,
      labeledInfo(SUITE_ID, 'base_nonce', context, 12),
      12,
    ),
  };
}

async function aeadKey(key: Bytes, usage: 'encrypt' | 'decrypt') {
  return crypto.subtle.importKey('raw', key, 'AES-GCM', false, [usage]);
}

/** SealBase: one message, so sequence number 0 and the base nonce itself. */
export async function sealBase(
  pkR: CryptoKey,
  info: Bytes,
  aad: Bytes,
  pt: Bytes,
  ephemeral?: CryptoKeyPair,
) {
  const { enc, shared } = await encap(pkR, ephemeral);
  const { key, baseNonce } = await keySchedule(shared, info);
  const params = { name: 'AES-GCM', iv: baseNonce, additionalData: aad };
  return { enc, ct: await bytes(crypto.subtle.encrypt(params, await aeadKey(key, 'encrypt'), pt)) };
}

/** OpenBase: a changed tag, ciphertext, enc, info or aad throws a DOMException (OperationError). */
export async function openBase(recipient: CryptoKeyPair, enc: Bytes, info: Bytes, aad: Bytes, ct: Bytes) {
  const { key, baseNonce } = await keySchedule(await decap(enc, recipient), info);
  const params = { name: 'AES-GCM', iv: baseNonce, additionalData: aad };
  return bytes(crypto.subtle.decrypt(params, await aeadKey(key, 'decrypt'), ct));
}
