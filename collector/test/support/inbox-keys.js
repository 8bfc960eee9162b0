/** What the inbox does with palaute/crypto after sign-in, done here in Node against the real API. */
import {
  openDeviationReport,
  openJson,
  openKeyGrant,
  unwrapPrivateKey,
  unwrapPrivateKeyWithRecoveryCode,
} from 'palaute/crypto';
import { request } from './http.js';
import { bearer } from './tokens.js';

export const reportsToken = bearer('reports');

export async function keyringOf(url, handler) {
  return request(url, `/v1/reports/keyring/${encodeURIComponent(handler)}`, { headers: reportsToken });
}

/**
 * Unwraps the handler's key pair with the passphrase (or the recovery code, for `recovery`) and
 * opens every grant: kid → reports key pair. `extractable` as adding a handler and rotating need.
 */
export async function unlock(url, handler, secret, { extractable = false } = {}) {
  const { status, body } = await keyringOf(url, handler);
  if (status !== 200) throw new Error(`keyring of ${handler}: ${status}`);
  const unwrap = handler === 'recovery' ? unwrapPrivateKeyWithRecoveryCode : unwrapPrivateKey;
  const own = await unwrap(body.handler.wrappedKey, secret);
  const keys = new Map();
  for (const key of body.keys) {
    keys.set(
      key.kid,
      await openKeyGrant(own, key.grant, { kid: key.kid, handler }, key.publicKey, { extractable }),
    );
  }
  return { own, keys, keyring: body };
}

/** A stored report read through the API and opened as the inbox opens it. */
export async function openStoredReport(url, keys, id) {
  const { status, body } = await request(url, `/v1/reports/${id}`, { headers: reportsToken });
  if (status !== 200) throw new Error(`report ${id}: ${status}`);
  const opened = await openDeviationReport((kid) => keys.get(kid), id, body.envelope.data);
  const notes = [];
  for (const note of body.notes) {
    const keyPair = keys.get(note.kid);
    notes.push(await openJson(keyPair, note.sealed, { envelopeId: id, kind: 'report-note', part: note.id }));
  }
  return { report: body, opened, notes };
}
