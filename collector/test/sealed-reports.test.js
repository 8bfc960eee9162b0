/**
 * Deviation reports on a collector with a reports key: sealed ones are stored as sent and counted
 * by their clear metadata; a plaintext one is sealed before it is stored, so its words and contact
 * details are nowhere (database files or dump, exports, webhook, logs) yet open with the key.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { reportKeyId, sealDeviationReport, sealJson } from 'palaute/crypto';
import { startCollector } from './support/collector.js';
import { databaseBytes } from './support/database-bytes.js';
import { deviationEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, request, send } from './support/http.js';
import { openStoredReport, reportsToken, unlock } from './support/inbox-keys.js';
import { initReports, PASSPHRASE } from './support/reports-init.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { startWebhookReceiver } from './support/webhook-receiver.js';
import { bearer } from './support/tokens.js';

const SENTINEL = {
  description: 'SENTINEL-7f3a the child was shut in the dark room',
  phone: '+358 40 987 6543',
  name: 'Sentinel Sirkka-Liisa',
  email: 'sentinel.sirkka@example.fi',
  location: 'SENTINEL-PLACE back yard',
};

/** What the form sends with a reportKey: the same report, sealed in the browser. */
async function sealedEnvelope(publicKey, options) {
  const envelope = deviationEnvelope(options);
  return { ...envelope, data: await sealDeviationReport(publicKey, envelope.id, envelope.data) };
}

describe(`sealed deviation reports [${STORAGE}]`, () => {
  let storage;
  let server;
  let receiver;
  let init;
  let keys;
  const logLines = [];
  before(async () => {
    storage = await freshStorage();
    init = await initReports(storage);
    receiver = await startWebhookReceiver();
    server = await startCollector({
      storage,
      minGroup: 3,
      logLevel: 'trace',
      logDestination: { write: (line) => logLines.push(line) },
      webhooks: { 'deviation-report': receiver.url },
      webhookSecret: 'webhook-secret-for-tests',
      tuning: { webhookRetryBaseMs: 100, webhookPollMs: 50 },
    });
    ({ keys } = await unlock(server.url, 'Maija', PASSPHRASE));
  });
  after(async () => {
    await server?.stop();
    await receiver?.close();
    await storage?.drop();
  });

  it('stores a sealed report as sent, lists it and counts it by category and harm', async () => {
    const unit = 'sealed-unit';
    const sent = [
      await sealedEnvelope(init.publicKey, {
        unit,
        category: 'rights',
        harm: 'yes',
        contact: { phone: '040 1' },
      }),
      await sealedEnvelope(init.publicKey, { unit, category: 'rights', harm: 'no' }),
      await sealedEnvelope(init.publicKey, { unit, category: 'safety', harm: 'no' }),
    ];
    for (const envelope of sent) assert.equal((await send(server.url, envelope)).status, 201);
    assert.equal((await send(server.url, sent[0])).status, 409, 'a retry is a repeat');

    const stored = (await exportedEnvelopes(server.url, bearer('admin'))).filter(
      (e) => e.context.unit === unit,
    );
    assert.deepEqual(stored, sent);
    const { body: list } = await request(server.url, '/v1/reports', { headers: reportsToken });
    const listed = list.reports.find((report) => report.id === sent[0].id);
    assert.equal(listed.category, 'rights');
    assert.equal(listed.harm, 'yes');
    assert.equal(listed.anonymous, false);
    const { body: results } = await request(server.url, `/v1/results/deviation-reports?unit=${unit}`, {
      headers: bearer('results'),
    });
    const [group] = results.groups;
    assert.equal(group.n, 3);
    assert.equal(group.byCategory.rights, 2);
    assert.deepEqual(group.byHarm, { no: 2, yes: 1, unknown: 0 });

    const { opened } = await openStoredReport(server.url, keys, sent[0].id);
    assert.equal(opened.contact.phone, '040 1');
  });

  it('refuses a report sealed to a key it does not have with 422 naming data.kid', async () => {
    const envelope = await sealedEnvelope(init.publicKey);
    envelope.data.kid = 'A'.repeat(43);
    const { status, body } = await send(server.url, envelope);
    assert.equal(status, 422);
    assert.ok(
      body.problems.some((problem) => problem.startsWith('data.kid:')),
      body.problems.join('; '),
    );
    const { status: unknown } = await request(server.url, `/v1/reports/${envelope.id}`, {
      headers: reportsToken,
    });
    assert.equal(unknown, 404, 'not stored');
  });

  it('seals a plaintext report before storing it: its words are nowhere but open with the key', async () => {
    const envelope = deviationEnvelope({
      description: SENTINEL.description,
      contact: { phone: SENTINEL.phone, name: SENTINEL.name, email: SENTINEL.email },
    });
    envelope.data.location = SENTINEL.location;
    assert.equal((await send(server.url, envelope)).status, 201);
    assert.equal((await send(server.url, envelope)).status, 409, 'a retry of the plaintext is a repeat');

    const { report, opened } = await openStoredReport(server.url, keys, envelope.id);
    assert.equal(report.envelope.data.kid, await reportKeyId(init.publicKey), 'sealed to the current key');
    assert.equal(report.envelope.data.description, undefined);
    assert.equal(opened.description, SENTINEL.description);
    assert.equal(opened.location, SENTINEL.location);
    assert.deepEqual(opened.contact, {
      consent: true,
      phone: SENTINEL.phone,
      name: SENTINEL.name,
      email: SENTINEL.email,
    });

    const places = {
      webhook: await receiver.bodyFor(envelope.id),
      'JSON Lines export': (
        await request(server.url, '/v1/export?format=jsonl', { headers: bearer('admin') })
      ).body,
      'CSV export': (await request(server.url, '/v1/export?format=csv', { headers: bearer('admin') })).body,
      'report read': JSON.stringify(report),
    };
    assert.ok(places.webhook.includes(envelope.id), 'the webhook carried the report');
    assert.ok(places['CSV export'].includes(envelope.id), 'the export holds the report');
    await server.stop();
    server = undefined;
    places.logs = logLines.join('');
    assert.ok(places.logs.includes(envelope.id), 'the logs name the report');
    assert.ok(!places.logs.includes('stored in the clear'), 'no warning of clear storage with a key');
    places[STORAGE === 'pglite' ? 'PGlite files' : 'pg_dump'] = databaseBytes(storage);
    for (const [where, text] of Object.entries(places)) {
      for (const [what, secret] of Object.entries(SENTINEL)) {
        assert.ok(!text.includes(secret), `${what} is not in the ${where}`);
      }
    }
    server = await startCollector({ storage });
  });

  it('deletes the sealed contact details when the report is closed', async () => {
    const envelope = await sealedEnvelope(init.publicKey, { contact: { phone: '040 2' } });
    await send(server.url, envelope);
    const path = `/v1/reports/${envelope.id}`;
    const closed = await request(server.url, path, {
      method: 'PATCH',
      headers: reportsToken,
      json: { status: 'closed' },
    });
    assert.equal(closed.status, 200);
    assert.ok(closed.body.contactErasedAt);
    const { body } = await request(server.url, path, { headers: reportsToken });
    assert.equal(body.envelope.data.sealedContact, undefined);
    assert.deepEqual(body.envelope.data.sealed, envelope.data.sealed, 'the report itself stays');
    const [stored] = (await exportedEnvelopes(server.url, bearer('admin'))).filter(
      (e) => e.id === envelope.id,
    );
    assert.equal(stored.data.sealedContact, undefined, 'not in the database either');
    const { opened } = await openStoredReport(server.url, keys, envelope.id);
    assert.equal(opened.contact, undefined);
  });

  it('keeps a sealed note, refuses a clear one naming note, and one sealed to an unknown key', async () => {
    const envelope = await sealedEnvelope(init.publicKey);
    await send(server.url, envelope);
    const path = `/v1/reports/${envelope.id}`;
    const { body: current } = await request(server.url, '/v1/reports/public-key');

    const clear = await request(server.url, path, {
      method: 'PATCH',
      headers: reportsToken,
      json: { status: 'in-progress', note: 'SENTINEL-NOTE in the clear' },
    });
    assert.equal(clear.status, 400);
    assert.ok(
      clear.body.problems.some((problem) => problem.startsWith('note:')),
      clear.body.problems.join('; '),
    );

    const id = randomUUID();
    const sealed = await sealJson(
      current.publicKey,
      { text: 'Called the parent.' },
      {
        envelopeId: envelope.id,
        kind: 'report-note',
        part: id,
      },
    );
    const unknownKid = await request(server.url, path, {
      method: 'PATCH',
      headers: reportsToken,
      json: { status: 'in-progress', note: { id, kid: 'B'.repeat(43), sealed } },
    });
    assert.equal(unknownKid.status, 422);
    assert.ok(unknownKid.body.problems.some((problem) => problem.startsWith('note.kid:')));

    const note = { id, kid: current.kid, sealed };
    const saved = await request(server.url, path, {
      method: 'PATCH',
      headers: reportsToken,
      json: { status: 'in-progress', note },
    });
    assert.equal(saved.status, 200);
    assert.equal(saved.body.status, 'in-progress');
    assert.equal(saved.body.note, null);
    const { report, notes } = await openStoredReport(server.url, keys, envelope.id);
    assert.deepEqual(notes, [{ text: 'Called the parent.' }]);
    assert.deepEqual(
      report.notes.map(({ id: noteId, kid, sealed: value }) => ({ id: noteId, kid, sealed: value })),
      [note],
    );
    const { body: audit } = await request(server.url, `${path}/audit`, { headers: reportsToken });
    assert.deepEqual(
      audit.audit.map((row) => row.action),
      ['status:in-progress', 'read'],
      'refused changes leave no audit row',
    );
  });
});
