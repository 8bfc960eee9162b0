/**
 * What a receipt code unlocks (issue 20), derived in the reporter's browser only: the code never
 * leaves it. PBKDF2 makes each guess slow; HKDF splits the result into three keys that do one job
 * each, so what the collector sees (two keys, at the moments they are used) opens nothing.
 */
import { fromBase64url, toBase64url, utf8 } from './bytes.js';
import { WrongReceiptCodeError } from './errors.js';
import { ECDH_P256 } from './hpke.js';
import { createReceiptCode, normalizeReceiptCode } from './receipt-code.js';
import {
  exportReportPublicKey,
  generateReportKeyPair,
  importReportPublicKey,
  type ReportPublicKeyJwk,
} from './report-key.js';

/** As for passphrases (wrap-private-key.ts): about 0.3 s on a laptop, 1–2 s on an old tablet. */
export const RECEIPT_ITERATIONS = 600_000;
// A fixed salt: the code alone must find the report, on any device, before anything is known of
// it. Part of the stored format: changing it makes every receipt already given useless.
const RECEIPT_SALT = utf8('palaute receipt code v1');
const info = (purpose: string) => utf8(`palaute receipt ${purpose} v1`);

export interface ReceiptSecrets {
  /** Sent (POST body) to look the report up; the collector keeps only its SHA-256. */
  lookupKey: string;
  /** Sent inside an addition's envelope; the collector keeps only its SHA-256. Reads nothing. */
  appendKey: string;
  /** Never leaves the browser: unwraps the reporter's reply key. */
  wrapKey: CryptoKey;
}

/** The reporter's reply key pair, its private half wrapped with the code's `wrapKey`. */
export interface WrappedReplyKey {
  v: 1;
  /** AES-256-GCM nonce, 12 random bytes, base64url. */
  iv: string;
  /** The private key as a JWK, AES-256-GCM under `wrapKey`, base64url. */
  wrapped: string;
  /** Handlers seal their replies to it; bound as associated data, so it cannot be swapped. */
  publicKey: ReportPublicKeyJwk;
}

/** What travels in the clear inside a deviation report's envelope so the code can be used later. */
export interface ReportReceipt {
  v: 1;
  /** base64url SHA-256 of `lookupKey`. */
  lookupVerifier: string;
  /** base64url SHA-256 of `appendKey`. */
  appendVerifier: string;
  replyKey: WrappedReplyKey;
}

/** The three keys of a code. Slow on purpose (PBKDF2-SHA-256, 600,000 iterations). */
export async function deriveReceiptSecrets(code: string): Promise<ReceiptSecrets> {
  const digits = normalizeReceiptCode(code);
  const password = await crypto.subtle.importKey('raw', utf8(digits), 'PBKDF2', false, ['deriveBits']);
  const master = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: RECEIPT_SALT, iterations: RECEIPT_ITERATIONS },
    password,
    256,
  );
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveBits', 'deriveKey']);
  const expand = (purpose: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(),
    info: info(purpose),
  });
  const [lookup, append, wrapKey] = await Promise.all([
    crypto.subtle.deriveBits(expand('lookup'), hkdf, 256),
    crypto.subtle.deriveBits(expand('append'), hkdf, 256),
    crypto.subtle.deriveKey(expand('wrap'), hkdf, { name: 'AES-GCM', length: 256 }, false, [
      'wrapKey',
      'unwrapKey',
    ]),
  ]);
  return { lookupKey: toBase64url(lookup), appendKey: toBase64url(append), wrapKey };
}

/**
 * What the collector stores and compares: base64url SHA-256 of a lookup or append key (32 bytes,
 * 43 characters). Runs in Node as in browsers. Throws SyntaxError for anything else.
 */
export async function receiptVerifier(key: string): Promise<string> {
  const bytes = fromBase64url(key);
  if (bytes.length !== 32) throw new SyntaxError('a receipt key is 32 bytes');
  return toBase64url(await crypto.subtle.digest('SHA-256', bytes));
}

const replyKeyData = ({ x, y }: ReportPublicKeyJwk) => utf8(JSON.stringify(['palaute-reply-key', 1, x, y]));

/**
 * A new receipt: the code to show once, and what goes into the envelope. Made before the
 * envelope is stored (an envelope already sent cannot gain a receipt), best at the first input.
 */
export async function createReceipt(): Promise<{ code: string; receipt: ReportReceipt }> {
  const code = createReceiptCode();
  const secrets = await deriveReceiptSecrets(code);
  const replyKeyPair = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(replyKeyPair.publicKey);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = await crypto.subtle.wrapKey('jwk', replyKeyPair.privateKey, secrets.wrapKey, {
    name: 'AES-GCM',
    iv,
    additionalData: replyKeyData(publicKey),
  });
  const [lookupVerifier, appendVerifier] = await Promise.all([
    receiptVerifier(secrets.lookupKey),
    receiptVerifier(secrets.appendKey),
  ]);
  return {
    code,
    receipt: {
      v: 1,
      lookupVerifier,
      appendVerifier,
      replyKey: { v: 1, iv: toBase64url(iv), wrapped: toBase64url(wrapped), publicKey },
    },
  };
}

/** The reporter's reply key pair, unwrapped in their browser. Throws WrongReceiptCodeError. */
export async function openReplyKey(
  secrets: ReceiptSecrets,
  replyKey: WrappedReplyKey,
): Promise<CryptoKeyPair> {
  try {
    const publicKey = await importReportPublicKey(replyKey.publicKey);
    const privateKey = await crypto.subtle.unwrapKey(
      'jwk',
      fromBase64url(replyKey.wrapped),
      secrets.wrapKey,
      { name: 'AES-GCM', iv: fromBase64url(replyKey.iv), additionalData: replyKeyData(replyKey.publicKey) },
      ECDH_P256,
      false,
      ['deriveBits'],
    );
    return { privateKey, publicKey };
  } catch (cause) {
    throw new WrongReceiptCodeError({ cause });
  }
}
