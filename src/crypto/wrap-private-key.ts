import { fromBase64url, randomBytes, toBase64url, utf8 } from './bytes.js';
import { InvalidReportKeyError, WrongPassphraseError } from './errors.js';
import { ECDH_P256 } from './hpke.js';
import { normalizeRecoveryCode } from './recovery-code.js';
import { exportReportPublicKey, importReportPublicKey, type ReportPublicKeyJwk } from './report-key.js';

/** OWASP's figure for PBKDF2-HMAC-SHA-256; a stored key with fewer is refused. */
export const PASSPHRASE_ITERATIONS = 600_000;

/**
 * The organisation's private key as the collector stores it, once per handler and once for the
 * recovery code. Nothing in it unlocks anything without the passphrase.
 */
export interface WrappedReportKey {
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** 16 random bytes, new for every wrapping, base64url. */
  salt: string;
  /** AES-256-GCM nonce, 12 random bytes, base64url. */
  iv: string;
  /** The private key as a JWK, AES-256-GCM under the passphrase-derived key, base64url. */
  wrapped: string;
  /** In the clear (it is public) and bound as associated data, so it cannot be swapped. */
  publicKey: ReportPublicKeyJwk;
}

async function passphraseKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new TypeError('a passphrase is needed');
  }
  // NFC: the same passphrase typed on a Mac (decomposed "ä") and elsewhere gives the same key.
  const material = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

const associatedData = (iterations: number, { x, y }: ReportPublicKeyJwk) =>
  utf8(JSON.stringify(['palaute-report-key', 1, 'PBKDF2-SHA-256', iterations, x, y]));

/**
 * Wraps the organisation's private key with a key derived from `passphrase`. The private key
 * must be extractable (WebCrypto wraps only those); its bytes never pass through script.
 */
export async function wrapPrivateKey(keyPair: CryptoKeyPair, passphrase: string): Promise<WrappedReportKey> {
  const publicKey = await exportReportPublicKey(keyPair.publicKey);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await passphraseKey(passphrase, salt, PASSPHRASE_ITERATIONS);
  const additionalData = associatedData(PASSPHRASE_ITERATIONS, publicKey);
  const wrapped = await crypto.subtle.wrapKey('jwk', keyPair.privateKey, kek, {
    name: 'AES-GCM',
    iv,
    additionalData,
  });
  return {
    v: 1,
    kdf: 'PBKDF2-SHA-256',
    iterations: PASSPHRASE_ITERATIONS,
    salt: toBase64url(salt),
    iv: toBase64url(iv),
    wrapped: toBase64url(wrapped),
    publicKey,
  };
}

export interface UnwrapOptions {
  /**
   * Whether the unwrapped private key may be exported or wrapped again. Off by default: only
   * adding a handler needs it, and a key that cannot be exported cannot leak through script.
   */
  extractable?: boolean;
}

/** The organisation's key pair, unwrapped in this browser. Throws WrongPassphraseError. */
export async function unwrapPrivateKey(
  stored: WrappedReportKey,
  passphrase: string,
  { extractable = false }: UnwrapOptions = {},
): Promise<CryptoKeyPair> {
  if (stored?.v !== 1 || stored.kdf !== 'PBKDF2-SHA-256') throw new InvalidReportKeyError('unknown format');
  if (!Number.isSafeInteger(stored.iterations) || stored.iterations < PASSPHRASE_ITERATIONS) {
    throw new InvalidReportKeyError(`fewer than ${PASSPHRASE_ITERATIONS} iterations`);
  }
  const publicKey = await importReportPublicKey(stored.publicKey);
  let salt, iv, wrapped;
  try {
    salt = fromBase64url(stored.salt);
    iv = fromBase64url(stored.iv);
    wrapped = fromBase64url(stored.wrapped);
  } catch (cause) {
    throw new InvalidReportKeyError('not base64url', { cause });
  }
  const kek = await passphraseKey(passphrase, salt, stored.iterations);
  try {
    const privateKey = await crypto.subtle.unwrapKey(
      'jwk',
      wrapped,
      kek,
      { name: 'AES-GCM', iv, additionalData: associatedData(stored.iterations, stored.publicKey) },
      ECDH_P256,
      extractable,
      ['deriveBits'],
    );
    return { privateKey, publicKey };
  } catch (cause) {
    // AES-GCM's tag fails alike for a wrong passphrase and for a changed record.
    throw new WrongPassphraseError({ cause });
  }
}

/** The same wrapping, with the recovery code printed at setup in place of a passphrase. */
export async function wrapPrivateKeyWithRecoveryCode(keyPair: CryptoKeyPair, code: string) {
  return wrapPrivateKey(keyPair, normalizeRecoveryCode(code));
}

/** Async throughout, so a code of the wrong shape rejects like a wrong one instead of throwing. */
export async function unwrapPrivateKeyWithRecoveryCode(
  stored: WrappedReportKey,
  code: string,
  options?: UnwrapOptions,
) {
  return unwrapPrivateKey(stored, normalizeRecoveryCode(code), options);
}
