/**
 * Handlers and rotation as the inbox does them, with palaute/crypto against the real API: a
 * second handler added with grants opens reports and, removed, has no keyring; a rotated key
 * becomes current, new arrivals are sealed to it, and old reports still open.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  exportReportPublicKey,
  generateReportKeyPair,
  reportKeyId,
  sealKeyGrant,
  wrapPrivateKey,
} from 'palaute/crypto';
import { openDatabase } from '../dist/storage/open-database.js';
import { startCollector } from './support/collector.js';
import { deviationEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { keyringOf, openStoredReport, reportsToken, unlock } from './support/inbox-keys.js';
import { initReports, PASSPHRASE } from './support/reports-init.js';
import { freshStorage, STORAGE } from './support/storage.js';

const PEKKA_PASSPHRASE = 'pekka has a long passphrase';

const post = (url, path, json) => request(url, path, { method: 'POST', headers: reportsToken, json });

/** A new handler as the inbox makes one: own key pair wrapped with their passphrase, grants of every key. */
async function newHandler(name, passphrase, reportKeys) {
  const pair = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(pair.publicKey);
  const grants = [];
  for (const [kid, keyPair] of reportKeys) {
    grants.push({ kid, grant: await sealKeyGrant(publicKey, keyPair, { kid, handler: name }) });
  }
  return { name, publicKey, wrappedKey: await wrapPrivateKey(pair, passphrase), grants };
}

/** A new reports key sealed to every handler the collector lists, as the inbox's rotation makes it. */
async function newKeyWithGrants(url) {
  const pair = await generateReportKeyPair();
  const publicKey = await exportReportPublicKey(pair.publicKey);
  const kid = await reportKeyId(publicKey);
  const { body: list } = await request(url, '/v1/reports/handlers', { headers: reportsToken });
  const grants = [];
  for (const handler of list.handlers) {
    grants.push({
      handler: handler.name,
      grant: await sealKeyGrant(handler.publicKey, pair, { kid, handler: handler.name }),
    });
  }
  return { publicKey, kid, grants };
}

describe(`report handlers and key rotation [${STORAGE}]`, () => {
  let storage;
  let server;
  let init;
  let oldReport;
  before(async () => {
    storage = await freshStorage();
    init = await initReports(storage);
    server = await startCollector({ storage });
    oldReport = deviationEnvelope({
      description: 'Before the rotation, an old report.',
      contact: { phone: '+358 40 333 4444' },
    });
    assert.equal((await send(server.url, oldReport)).status, 201);
  });
  after(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('adds a second handler who can open reports, and removes them', async () => {
    const { keys } = await unlock(server.url, 'Maija', PASSPHRASE, { extractable: true });
    const pekka = await newHandler('Pekka', PEKKA_PASSPHRASE, keys);

    const missing = await post(server.url, '/v1/reports/handlers', { ...pekka, grants: [] });
    assert.equal(missing.status, 422);
    assert.match(missing.body.problems.join('\n'), /grants: no grant for key/);
    assert.equal((await keyringOf(server.url, 'Pekka')).status, 404, 'nothing stored');

    assert.equal((await post(server.url, '/v1/reports/handlers', pekka)).status, 201);
    assert.equal((await post(server.url, '/v1/reports/handlers', pekka)).status, 409);
    const { body } = await request(server.url, '/v1/reports/handlers', { headers: reportsToken });
    assert.deepEqual(body.handlers.map((handler) => handler.name).sort(), ['Maija', 'Pekka', 'recovery']);

    const { keys: pekkasKeys } = await unlock(server.url, 'Pekka', PEKKA_PASSPHRASE);
    const { opened } = await openStoredReport(server.url, pekkasKeys, oldReport.id);
    assert.equal(opened.description, 'Before the rotation, an old report.');

    const remove = (name) =>
      request(server.url, `/v1/reports/handlers/${name}`, { method: 'DELETE', headers: reportsToken });
    assert.equal((await remove('Pekka')).status, 204);
    assert.equal((await keyringOf(server.url, 'Pekka')).status, 404);
    assert.equal((await remove('Pekka')).status, 404);
    assert.equal((await remove('recovery')).status, 409);
  });

  it('refuses a rotation without a grant for every handler, or with a kid that is not the key', async () => {
    const { publicKey, grants } = await newKeyWithGrants(server.url);
    const noRecovery = await post(server.url, '/v1/reports/keys', {
      publicKey,
      grants: grants.filter((grant) => grant.handler !== 'recovery'),
    });
    assert.equal(noRecovery.status, 422);
    assert.match(noRecovery.body.problems.join('\n'), /grants: no grant for handler "recovery"/);
    const wrongKid = await post(server.url, '/v1/reports/keys', { kid: 'C'.repeat(43), publicKey, grants });
    assert.equal(wrongKid.status, 422);
    assert.match(wrongKid.body.problems.join('\n'), /^kid:/m);
    const { body: current } = await request(server.url, '/v1/reports/public-key');
    assert.deepEqual(current.publicKey, init.publicKey, 'the key did not change');
  });

  it('rotates: the new key is current, new plaintext is sealed to it, old reports still open', async () => {
    const { publicKey, kid, grants } = await newKeyWithGrants(server.url);
    const rotated = await post(server.url, '/v1/reports/keys', { kid, publicKey, grants });
    assert.equal(rotated.status, 201, JSON.stringify(rotated.body));
    assert.deepEqual(rotated.body, { kid });
    assert.equal((await post(server.url, '/v1/reports/keys', { kid, publicKey, grants })).status, 409);
    assert.deepEqual((await request(server.url, '/v1/reports/public-key')).body, { kid, publicKey });

    const newReport = deviationEnvelope({ description: 'After the rotation, a new report.' });
    const sent = await send(server.url, newReport);
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    const { keys, keyring } = await unlock(server.url, 'Maija', PASSPHRASE);
    assert.deepEqual(
      keyring.keys.map((key) => [key.kid, key.current]),
      [
        [kid, true],
        [await reportKeyId(init.publicKey), false],
      ],
    );
    const after = await openStoredReport(server.url, keys, newReport.id);
    assert.equal(after.report.envelope.data.kid, kid);
    assert.equal(after.opened.description, 'After the rotation, a new report.');
    const before = await openStoredReport(server.url, keys, oldReport.id);
    assert.equal(before.opened.description, 'Before the rotation, an old report.');
    const { keys: recoveryKeys } = await unlock(server.url, 'recovery', init.recoveryCode);
    assert.equal(
      (await openStoredReport(server.url, recoveryKeys, newReport.id)).opened.description,
      'After the rotation, a new report.',
    );
  });

  it('keeps an audit row, with the actor, for each handler added or removed and each key', async () => {
    await server.stop();
    const db = await openDatabase(storage.options, () => undefined);
    try {
      const rows = await db.query('SELECT action, subject, actor FROM report_key_audit ORDER BY seq');
      assert.deepEqual(
        rows.map((row) => [row.action, row.subject]),
        [
          ['handler-added', 'Maija'],
          ['handler-added', 'recovery'],
          ['key-made', await reportKeyId(init.publicKey)],
          ['handler-added', 'Pekka'],
          ['handler-removed', 'Pekka'],
          ['key-rotated', (await db.query('SELECT kid FROM report_keys WHERE current'))[0].kid],
        ],
      );
      assert.equal(rows[0].actor, 'reports-init');
      assert.match(rows[3].actor, /^[0-9a-f]{8,}$/, 'a token fingerprint');
    } finally {
      await db.close();
      server = await startCollector({ storage });
    }
  });
});
