import { fromBase64url } from './bytes.js';
import { InvalidReportKeyError } from './errors.js';
import { ECDH_P256 } from './hpke.js';
import { isP256Point } from './p256-point.js';

/** The organisation's public reports key as it goes into a page's configuration. */
export interface ReportPublicKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

/**
 * A new organisation key pair. The private key is extractable because the only thing ever done
 * with it outside a handler's browser is wrapping it (see wrap-private-key.ts).
 */
export async function generateReportKeyPair(): Promise<CryptoKeyPair> {
  return (await crypto.subtle.generateKey(ECDH_P256, true, ['deriveBits'])) as CryptoKeyPair;
}

/** Only the four members that name the key: the line a web team pastes stays short and stable. */
export async function exportReportPublicKey(publicKey: CryptoKey): Promise<ReportPublicKeyJwk> {
  if (publicKey.type !== 'public') throw new InvalidReportKeyError('only a public key is exported');
  const { x, y } = await crypto.subtle.exportKey('jwk', publicKey);
  if (!x || !y) throw new InvalidReportKeyError('not an EC key');
  return { kty: 'EC', crv: 'P-256', x, y };
}

/**
 * Refuses anything but a P-256 public key, and above all a JWK with `d`: a private key pasted
 * into a page's configuration must fail loudly, not seal reports to it.
 */
export async function importReportPublicKey(jwk: JsonWebKey): Promise<CryptoKey> {
  if (typeof jwk !== 'object' || jwk === null) throw new InvalidReportKeyError('not a JWK');
  if ('d' in jwk) throw new InvalidReportKeyError('this is a private key; give the public one');
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') throw new InvalidReportKeyError('not a P-256 key');
  if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string') {
    throw new InvalidReportKeyError('x or y is missing');
  }
  let point: Uint8Array<ArrayBuffer>;
  try {
    point = new Uint8Array([0x04, ...fromBase64url(jwk.x), ...fromBase64url(jwk.y)]);
  } catch (cause) {
    throw new InvalidReportKeyError('x or y is not base64url', { cause });
  }
  if (!isP256Point(point)) throw new InvalidReportKeyError('not a point on P-256');
  try {
    return await crypto.subtle.importKey('raw', point, ECDH_P256, true, []);
  } catch (cause) {
    throw new InvalidReportKeyError('not a point on P-256', { cause });
  }
}
