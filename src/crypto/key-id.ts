import { toBase64url, utf8 } from './bytes.js';
import type { ReportPublicKeyJwk } from './report-key.js';

/**
 * The reports key's id: its JWK thumbprint (RFC 7638, SHA-256, base64url). A sealed report
 * names the key it was sealed to, so after a rotation the inbox knows which private key opens it.
 */
export async function reportKeyId({ crv, kty, x, y }: ReportPublicKeyJwk | JsonWebKey): Promise<string> {
  if (kty !== 'EC' || crv !== 'P-256' || typeof x !== 'string' || typeof y !== 'string') {
    throw new TypeError('a P-256 public key is needed for a key id');
  }
  // RFC 7638 §3.2: the required members only, in lexicographic order, no whitespace.
  const canonical = JSON.stringify({ crv, kty, x, y });
  return toBase64url(await crypto.subtle.digest('SHA-256', utf8(canonical)));
}
