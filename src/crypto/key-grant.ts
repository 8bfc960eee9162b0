import { ECDH_P256 } from './hpke.js';
import { importReportPublicKey, type ReportPublicKeyJwk } from './report-key.js';
import { openJson, sealJson, type SealedReport } from './seal-report.js';
import { InvalidReportKeyError } from './errors.js';

/**
 * Handlers each have a key pair of their own, its private key wrapped with their passphrase
 * (wrap-private-key.ts). The organisation's reports keys (one per rotation) are sealed to each
 * handler's public key: a grant. So a rotation, run in any unlocked inbox, seals the new key to
 * every handler from their public keys alone, and adding a handler seals the existing keys to
 * the new one; nobody's passphrase is needed but the person's own.
 */
export interface GrantBinding {
  /** The reports key's id (key-id.ts). */
  kid: string;
  /** The handler's name, or `recovery` for the recovery code's key pair. */
  handler: string;
}

const binding = ({ kid, handler }: GrantBinding) => ({
  envelopeId: kid,
  kind: 'report-key-grant',
  part: handler,
});

/** Seals the organisation's private key (extractable) to one handler's public key. */
export async function sealKeyGrant(
  handlerPublicKey: ReportPublicKeyJwk,
  reportsKeyPair: CryptoKeyPair,
  grant: GrantBinding,
): Promise<SealedReport> {
  const jwk = await crypto.subtle.exportKey('jwk', reportsKeyPair.privateKey);
  return sealJson(
    handlerPublicKey,
    { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d },
    binding(grant),
  );
}

/**
 * Opens a grant with the handler's unwrapped key pair: the reports key pair whose public half is
 * `reportsPublicKey`. Not extractable unless asked (adding a handler and rotating need it).
 */
export async function openKeyGrant(
  handlerKeyPair: CryptoKeyPair,
  sealed: SealedReport,
  grant: GrantBinding,
  reportsPublicKey: ReportPublicKeyJwk,
  { extractable = false } = {},
): Promise<CryptoKeyPair> {
  const jwk = (await openJson(handlerKeyPair, sealed, binding(grant))) as JsonWebKey;
  if (jwk?.x !== reportsPublicKey.x || jwk?.y !== reportsPublicKey.y || typeof jwk.d !== 'string') {
    throw new InvalidReportKeyError('the grant holds another key than the one it names');
  }
  const privateKey = await crypto.subtle.importKey('jwk', jwk, ECDH_P256, extractable, ['deriveBits']);
  return { privateKey, publicKey: await importReportPublicKey(reportsPublicKey) };
}
