/**
 * A database written by the previous collector (the last commit before migration 002; the package
 * has been 0.1.0 throughout, so there is no earlier release to take) is brought up to date when
 * today's collector starts on it, and nothing is lost: every answer, the erasure, the reports'
 * cases and notes, and the results as the previous version served them.
 * The fixture and how it was made: test/fixtures/previous-version/ and
 * scripts/make-previous-version-fixture.mjs.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { rmSync } from 'node:fs';
import { startCollector } from './support/collector.js';
import { meetingEnvelope, npsEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, request, send } from './support/http.js';
import { reportsToken } from './support/inbox-keys.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { tableContents } from './support/table-contents.js';
import { bearer } from './support/tokens.js';
import { MIGRATIONS } from '../dist/storage/migrations/index.js';

const COMMIT = 'db7fc1e';
const fixture = (name) => new URL(`fixtures/previous-version/${name}`, import.meta.url);
const SQL = readFileSync(fixture(`collector-${COMMIT}.sql`), 'utf8');
const EXPECTED = JSON.parse(readFileSync(fixture(`expected-${COMMIT}.json`), 'utf8'));
/** The fixture's answers are from the day it was made; no purge may take them however old. */
const KEEP_FOREVER = { nps: 100_000, 'emoji-survey': 100_000, 'deviation-report': 100_000, meeting: 100_000 };

/** A database holding only what the previous version wrote: no migration of today's has run. */
async function previousVersionDatabase() {
  if (STORAGE === 'postgresql') {
    const storage = await freshStorage(); // an empty database
    const client = new pg.Client({ connectionString: storage.options.databaseUrl });
    await client.connect();
    await client.query(SQL);
    await client.end();
    return storage;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'palaute-collector-previous-'));
  const db = await PGlite.create(dataDir);
  await db.exec(SQL);
  await db.close();
  return { options: { dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

describe(`upgrade from the previous version's database (${COMMIT}) [${STORAGE}]`, () => {
  let storage;
  let server;
  before(async () => {
    storage = await previousVersionDatabase();
    const before = await tableContents(storage);
    assert.deepEqual(
      before.schema_migrations.map((row) => row.version),
      [1],
      'the fixture is of the previous version',
    );
    server = await startCollector({ storage, minGroup: 3, retentionDays: KEEP_FOREVER });
  });
  after(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('exports every answer the previous version stored, unchanged, and not the erased one', async () => {
    const exported = await exportedEnvelopes(server.url, bearer('admin'));
    const byId = (a, b) => a.id.localeCompare(b.id);
    assert.equal(exported.length, 10);
    assert.deepEqual(exported.sort(byId), [...EXPECTED.envelopes].sort(byId));
    assert.ok(!exported.some((envelope) => envelope.id === EXPECTED.erased));
  });

  it('serves the results the previous version served', async () => {
    for (const [view, expected] of Object.entries(EXPECTED.results)) {
      const { status, body } = await request(server.url, `/v1/results/${view}`, {
        headers: bearer('results'),
      });
      assert.equal(status, 200, view);
      const { generatedAt, ...counted } = body;
      assert.ok(generatedAt);
      assert.deepEqual(counted, expected, view);
    }
  });

  it("keeps the reports' cases and notes, and refuses the erased answer's id", async () => {
    const { body: noted } = await request(server.url, `/v1/reports/${EXPECTED.noted}`, {
      headers: reportsToken,
    });
    assert.equal(noted.status, 'in-progress');
    assert.equal(noted.note, 'Soitettu vanhemmalle.');
    assert.equal(noted.envelope.data.description, 'Lapsi jäi yksin pihalle.');
    const { body: closed } = await request(server.url, `/v1/reports/${EXPECTED.closed}`, {
      headers: reportsToken,
    });
    assert.equal(closed.status, 'closed');
    assert.ok(closed.contactErasedAt);
    assert.equal(closed.envelope.data.contact, undefined);
    const again = EXPECTED.envelopes.find((envelope) => envelope.id === EXPECTED.noted);
    assert.equal((await send(server.url, again)).status, 409, 'a retry from an old outbox is a repeat');
    const erased = await send(server.url, { ...npsEnvelope(), id: EXPECTED.erased });
    assert.deepEqual([erased.status, erased.body.status], [409, 'erased'], 'an erased answer stays erased');
  });

  it("runs today's migrations and takes today's answers", async () => {
    const stored = npsEnvelope({ score: 8 });
    assert.equal((await send(server.url, stored)).status, 201, 'identities carried on');
    assert.equal(
      (await send(server.url, meetingEnvelope())).status,
      201,
      'a kind the previous version did not know',
    );
    const { status } = await request(server.url, '/v1/reports/public-key');
    assert.equal(status, 404, 'the report-key tables exist, empty until reports init');
    await server.stop();
    server = undefined;
    const after = await tableContents(storage);
    assert.deepEqual(
      after.schema_migrations.map((row) => row.version).sort((a, b) => a - b),
      MIGRATIONS.map((migration) => migration.version),
      'every migration since, in the database',
    );
    server = await startCollector({ storage, minGroup: 3, retentionDays: KEEP_FOREVER });
  });
});
