/**
 * Makes test/fixtures/previous-version/: a database written by an earlier collector, for the
 * upgrade test. Run with the earlier version built in its own checkout and DATABASE_URL set to a
 * role that may create databases (scripts/with-postgres.sh sets it):
 *
 *   git archive <commit> | tar -x -C /tmp/prev   # link node_modules, npm run build in collector/
 *   bash scripts/with-postgres.sh node scripts/make-previous-version-fixture.mjs /tmp/prev <commit>
 *
 * The earlier collector stores answers of every kind it knows through its own HTTP API, built by
 * its own test helpers; pg_dump --inserts writes the database as plain SQL (no COPY), which both
 * PostgreSQL and PGlite run. Beside it: every envelope the earlier version exported and the
 * results it served, which today's collector must give back unchanged.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const [checkout, commit] = process.argv.slice(2);
const adminUrl = process.env.DATABASE_URL;
if (!checkout || !commit || !adminUrl) {
  console.error('usage: DATABASE_URL=… node scripts/make-previous-version-fixture.mjs CHECKOUT COMMIT');
  process.exit(2);
}
const previous = (path) => import(pathToFileURL(resolve(checkout, 'collector', path)).href);
const { createCollector } = await previous('dist/index.js');
const { npsEnvelope, emojiEnvelope, deviationEnvelope } = await previous('test/support/envelopes.js');
const { TOKEN_GRANTS, bearer } = await previous('test/support/tokens.js');
const out = new URL('../test/fixtures/previous-version/', import.meta.url);

const name = `palaute_fixture_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;

async function call(base, path, { method = 'GET', headers = {}, json } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
    body: json ? JSON.stringify(json) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return /^application\/json\b/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
}

try {
  const collector = await createCollector({
    databaseUrl: url.href,
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    tokens: TOKEN_GRANTS,
    minGroup: 3,
    // Nothing listens there: the outbox keeps its rows, as one mid-retry would.
    webhooks: { nps: 'http://127.0.0.1:9/unreachable' },
    webhookSecret: 'fixture-webhook-secret',
  });
  const base = await collector.listen();
  const send = (envelope) =>
    call(base, '/v1/answers', {
      method: 'POST',
      headers: { 'idempotency-key': envelope.id },
      json: envelope,
    });
  const answers = [
    npsEnvelope({ score: 9, comment: 'Hyvä tapaaminen, kiitos.' }),
    npsEnvelope({ score: 4 }),
    npsEnvelope({ score: 10 }),
    npsEnvelope({ score: 7, unit: 'vantaa-tikkurila' }),
    npsEnvelope({ score: 2 }),
    emojiEnvelope(),
    emojiEnvelope({
      answers: [
        { questionId: 'feel-safe', value: 2 },
        { questionId: 'heard', value: 4 },
      ],
    }),
    emojiEnvelope({ answers: [{ questionId: 'feel-safe', value: 4 }] }),
    deviationEnvelope({
      category: 'safety',
      harm: 'yes',
      description: 'Lapsi jäi yksin pihalle.',
      contact: { phone: '040 123 4567' },
    }),
    deviationEnvelope({ category: 'rights', harm: 'no' }),
    deviationEnvelope({ category: 'safety', harm: 'unknown', contact: { email: 'vanhempi@example.fi' } }),
  ];
  for (const envelope of answers) await send(envelope);
  const [, , , , erased, , , , noted, , closed] = answers;
  await call(base, `/v1/answers/${erased.id}`, { method: 'DELETE', headers: bearer('admin') });
  await call(base, `/v1/reports/${noted.id}`, {
    method: 'PATCH',
    headers: bearer('reports'),
    json: { status: 'in-progress', note: 'Soitettu vanhemmalle.' },
  });
  await call(base, `/v1/reports/${closed.id}`, {
    method: 'PATCH',
    headers: bearer('reports'),
    json: { status: 'closed' },
  });
  await call(base, `/v1/reports/${noted.id}`, { headers: bearer('reports') }); // a read, audited

  const exported = await call(base, '/v1/export?format=jsonl', { headers: bearer('admin') });
  const results = {};
  for (const view of ['nps', 'emoji-survey', 'deviation-reports']) {
    const served = await call(base, `/v1/results/${view}`, { headers: bearer('results') });
    delete served.generatedAt; // when, not what
    results[view] = served;
  }
  const reports = await call(base, '/v1/reports', { headers: bearer('reports') });
  await collector.close();

  const sql = execFileSync(
    'pg_dump',
    ['--inserts', '--no-owner', '--no-privileges', '--no-comments', '--dbname', url.href],
    { maxBuffer: 64 * 1024 * 1024 },
  )
    .toString()
    // pg_dump 15.14+ fences the script with psql's \restrict; neither PGlite nor a driver runs
    // psql's backslash commands, and a fixture needs no fence.
    .replace(/^\\(un)?restrict .*\n/gm, '');
  const made = { commit, erased: erased.id, noted: noted.id, closed: closed.id };
  writeFileSync(new URL(`collector-${commit}.sql`, out), sql);
  writeFileSync(
    new URL(`expected-${commit}.json`, out),
    `${JSON.stringify(
      {
        ...made,
        envelopes: exported
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line).envelope),
        results,
        reports,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`fixture written to ${join(out.pathname)} (${sql.length} bytes of SQL)`);
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
