/**
 * The first reports key, the first handler and the recovery handler on a fresh collector, through
 * its API as docs/sealed-reports.md fixes it: the handlers first (no reports key yet, so no
 * grants), then the key with a grant to each. What `palaute-collector reports init` makes.
 */
import assert from 'node:assert/strict';
import {
  createRecoveryCode,
  exportReportPublicKey,
  generateReportKeyPair,
  reportKeyId,
  sealKeyGrant,
  wrapPrivateKey,
  wrapPrivateKeyWithRecoveryCode,
} from 'palaute/crypto';

async function post(base, token, path, body) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  assert.equal(response.status, 201, `POST ${path}: ${response.status} ${await response.text()}`);
}

export async function bootstrapReportKeys(base, token, { name, passphrase }) {
  const recoveryCode = createRecoveryCode();
  const handlers = [];
  for (const [handler, wrap] of [
    [name, (pair) => wrapPrivateKey(pair, passphrase)],
    ['recovery', (pair) => wrapPrivateKeyWithRecoveryCode(pair, recoveryCode)],
  ]) {
    const pair = await generateReportKeyPair();
    const publicKey = await exportReportPublicKey(pair.publicKey);
    await post(base, token, '/v1/reports/handlers', {
      name: handler,
      publicKey,
      wrappedKey: await wrap(pair),
      grants: [],
    });
    handlers.push({ name: handler, publicKey });
  }
  const reportsKey = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(reportsKey.publicKey);
  const kid = await reportKeyId(publicKey);
  const grants = await Promise.all(
    handlers.map(async (h) => ({
      handler: h.name,
      grant: await sealKeyGrant(h.publicKey, reportsKey, { kid, handler: h.name }),
    })),
  );
  await post(base, token, '/v1/reports/keys', { publicKey, grants });
  return { firstKid: kid, recoveryCode };
}
