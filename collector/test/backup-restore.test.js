/**
 * `palaute-collector backup FILE` and `restore FILE` as an operator runs them: a collector with
 * answers of every kind, sealed reports, notes, grants and audit is backed up, restored into
 * another database, and every table comes back row for row; the restored collector serves the
 * same results and a handler opens the reports there with their passphrase. The backup holds no
 * word of a sealed report.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sealDeviationReport, sealJson } from 'palaute/crypto';
import { backupText, runCli } from './support/backup-cli.js';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, emojiEnvelope, meetingEnvelope, npsEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { openStoredReport, reportsToken, unlock } from './support/inbox-keys.js';
import { initReports, PASSPHRASE } from './support/reports-init.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { tableContents } from './support/table-contents.js';
import { bearer } from './support/tokens.js';

const SENTINEL = {
  description: 'BACKUP-SENTINEL-51c2 the child was left without food',
  phone: '+358 40 555 0199',
  note: 'BACKUP-SENTINEL-NOTE met the family on Tuesday',
};
/** Stored in the clear (an NPS comment): the search must find it, or it proves nothing. */
const CLEAR_COMMENT = 'BACKUP-CLEAR-COMMENT the meeting room was cold';
const VIEWS = ['nps', 'emoji-survey', 'deviation-reports', 'meeting'];
/** The tables the seed fills; every other table of the schema is compared too, empty or not. */
const SEEDED_TABLES = [
  'answers',
  'erased_answers',
  'report_audit',
  'report_cases',
  'report_handlers',
  'report_key_audit',
  'report_key_grants',
  'report_keys',
  'report_notes',
  'schema_migrations',
  'webhook_outbox',
];

async function resultsOf(url) {
  const results = {};
  for (const view of VIEWS) {
    const { status, body } = await request(url, `/v1/results/${view}`, { headers: bearer('results') });
    assert.equal(status, 200, view);
    const { generatedAt, ...counted } = body; // when, not what
    assert.ok(generatedAt);
    results[view] = counted;
  }
  return results;
}

/** Answers of every kind, reports sealed in the browser and at the collector, a sealed note, a close. */
async function seed(url, publicKey) {
  const ids = {};
  const answers = [
    npsEnvelope({ score: 9, comment: CLEAR_COMMENT }),
    npsEnvelope({ score: 3 }),
    npsEnvelope({ score: 10 }),
    npsEnvelope({ score: 6 }),
    emojiEnvelope(),
    emojiEnvelope(),
    emojiEnvelope({ answers: [{ questionId: 'feel-safe', value: 2 }] }),
    meetingEnvelope({ role: 'parent', items: [9, 8, 7, 9] }),
    meetingEnvelope({ role: 'child', items: [3, 5, 3, 7] }),
    meetingEnvelope({ role: 'municipal-worker', items: [7, 7, 7, 7] }),
  ];
  const inBrowser = deviationEnvelope({ category: 'rights', harm: 'yes', contact: { phone: '040 1' } });
  inBrowser.data = await sealDeviationReport(publicKey, inBrowser.id, inBrowser.data);
  const plain = deviationEnvelope({ description: SENTINEL.description, contact: { phone: SENTINEL.phone } });
  const toClose = deviationEnvelope({ contact: { phone: '040 3' } });
  toClose.data = await sealDeviationReport(publicKey, toClose.id, toClose.data);
  for (const envelope of [...answers, inBrowser, plain, toClose]) {
    const { status, body } = await send(url, envelope);
    assert.equal(status, 201, `${envelope.kind}: ${JSON.stringify(body)}`);
  }
  ids.plain = plain.id;
  ids.erased = answers[1].id;
  assert.equal(
    (await request(url, `/v1/answers/${ids.erased}`, { method: 'DELETE', headers: bearer('admin') })).status,
    204,
  );

  const { body: current } = await request(url, '/v1/reports/public-key');
  const noteId = randomUUID();
  const sealed = await sealJson(
    current.publicKey,
    { text: SENTINEL.note },
    {
      envelopeId: plain.id,
      kind: 'report-note',
      part: noteId,
    },
  );
  const noted = await request(url, `/v1/reports/${plain.id}`, {
    method: 'PATCH',
    headers: reportsToken,
    json: { status: 'in-progress', note: { id: noteId, kid: current.kid, sealed } },
  });
  assert.equal(noted.status, 200);
  const closed = await request(url, `/v1/reports/${toClose.id}`, {
    method: 'PATCH',
    headers: reportsToken,
    json: { status: 'closed' },
  });
  assert.equal(closed.status, 200);
  return ids;
}

describe(`backup and restore [${STORAGE}]`, () => {
  let original;
  let restored;
  let ids;
  let resultsBefore;
  let contentsBefore;
  let file;
  const measured = {};
  before(async () => {
    original = await freshStorage();
    const init = await initReports(original);
    const server = await startCollector({
      storage: original,
      minGroup: 3,
      // Nothing listens there: the outbox keeps the rows, as a backup taken mid-retry would.
      webhooks: { nps: 'http://127.0.0.1:9/unreachable' },
      webhookSecret: 'webhook-secret-for-tests',
      tuning: { webhookPollMs: 60_000 },
    });
    try {
      ids = await seed(server.url, init.publicKey);
      resultsBefore = await resultsOf(server.url);
    } finally {
      await server.stop();
    }
    contentsBefore = await tableContents(original);

    file = join(mkdtempSync(join(tmpdir(), 'palaute-backup-')), 'collector.backup');
    const started = performance.now();
    const backup = await runCli(original, ['backup', file]);
    measured.backupMs = Math.round(performance.now() - started);
    assert.equal(backup.code, 0, backup.stderr);
    assert.match(backup.stdout, /never a passphrase/);
    measured.bytes = statSync(file).size;
    restored = await freshStorage();
  });
  after(async () => {
    console.log(`backup [${STORAGE}]: ${JSON.stringify(measured)}`);
    await original?.drop();
    await restored?.drop();
  });

  it('restores every table row for row: answers, erasures, cases, notes, keys, grants, audit, outbox', async () => {
    // Every table of today's schema (tableContents reads them all), the seeded ones with rows.
    assert.deepEqual(
      SEEDED_TABLES.filter((table) => !(table in contentsBefore)),
      [],
      'seeded tables missing',
    );
    for (const table of SEEDED_TABLES)
      assert.ok(contentsBefore[table].length > 0, `${table} has rows to compare`);
    const started = performance.now();
    const restore = await runCli(restored, ['restore', file]);
    measured.restoreMs = Math.round(performance.now() - started);
    assert.equal(restore.code, 0, restore.stderr);
    assert.deepEqual(await tableContents(restored), contentsBefore);
  });

  it('the restored collector starts, serves the same results, takes new answers and opens the reports', async () => {
    const server = await startCollector({ storage: restored, minGroup: 3 });
    try {
      assert.deepEqual(await resultsOf(server.url), resultsBefore);
      assert.equal((await send(server.url, npsEnvelope({ score: 7 }))).status, 201, 'identities carried on');
      const { keys } = await unlock(server.url, 'Maija', PASSPHRASE);
      const { opened, notes } = await openStoredReport(server.url, keys, ids.plain);
      assert.equal(opened.description, SENTINEL.description);
      assert.deepEqual(notes, [{ text: SENTINEL.note }]);
      const { status } = await request(server.url, `/v1/reports/${ids.erased}`, { headers: reportsToken });
      assert.equal(status, 404, 'the erased answer stays erased');
    } finally {
      await server.stop();
    }
  });

  it('refuses to restore over data without --force, leaving it as it was; --force replaces it', async () => {
    const holding = await tableContents(restored);
    const refused = await runCli(restored, ['restore', file]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /already holds data; restore replaces all of it only with --force/);
    assert.deepEqual(await tableContents(restored), holding, 'untouched');

    const forced = await runCli(restored, ['restore', file, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.deepEqual(await tableContents(restored), contentsBefore, 'the answer sent since is gone');
  });

  it('holds no word of a sealed report or note, nor a passphrase, but the clear answers', () => {
    const text = backupText(file);
    assert.ok(text.includes(CLEAR_COMMENT), 'the search reaches the stored rows');
    for (const [what, secret] of Object.entries({ ...SENTINEL, passphrase: PASSPHRASE })) {
      assert.ok(!text.includes(secret), `${what} is not in the backup`);
    }
  });

  it('changes nothing when the backup file is cut short, even with --force', async () => {
    const holding = await tableContents(restored);
    const bytes = readFileSync(file);
    const cut = `${file}.cut`;
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const refused = await runCli(restored, ['restore', cut, '--force']);
    assert.equal(refused.code, 1, refused.stdout);
    assert.deepEqual(await tableContents(restored), holding);
  });

  it('refuses to back up a PGlite directory a collector has open', async (t) => {
    if (STORAGE !== 'pglite') return t.skip('PGlite only: PostgreSQL is backed up while collectors run');
    const server = await startCollector({ storage: restored });
    try {
      const refused = await runCli(restored, ['backup', `${file}.while-running`]);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /is in use by the collector[\s\S]*Stop the collector first/);
    } finally {
      await server.stop();
    }
  });

  it('says what to install when pg_dump is missing', async (t) => {
    if (STORAGE !== 'postgresql') return t.skip('PostgreSQL only: PGlite needs no other program');
    const missing = await runCli(original, ['backup', `${file}.without-pg-dump`], { PATH: '/nonexistent' });
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /pg_dump is not installed\. .*apt-get install postgresql-client/);
  });

  it('refuses a file that is no backup, a missing FILE, and overwriting a file', async () => {
    const notBackup = join(mkdtempSync(join(tmpdir(), 'palaute-backup-')), 'notes.txt');
    writeFileSync(notBackup, 'not a backup\n');
    const wrongFile = await runCli(restored, ['restore', notBackup]);
    assert.equal(wrongFile.code, 1);
    assert.match(wrongFile.stderr, /is not a backup made by palaute-collector backup/);
    const noFile = await runCli(restored, ['backup']);
    assert.equal(noFile.code, 2);
    assert.match(noFile.stderr, /usage: palaute-collector backup FILE/);
    const overwrite = await runCli(original, ['backup', file]);
    assert.equal(overwrite.code, 1);
    assert.match(overwrite.stderr, /exists already/);
  });
});
