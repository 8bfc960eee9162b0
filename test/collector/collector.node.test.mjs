/**
 * The demo collector, tested in Node on a real HTTP server: schema validation with reasons,
 * one stored answer per id, persistence across a restart, and the failure modes.
 */
import { build } from 'esbuild';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
let createCollector;

before(async () => {
  // Node 20 runs no TypeScript: bundle the collector (zod stays an import from node_modules).
  const outfile = join(root, 'node_modules/.cache/palaute/collector.mjs');
  await build({
    entryPoints: [join(root, 'demo/collector.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  ({ createCollector } = await import(pathToFileURL(outfile).href));
});

async function startCollector(dataFile) {
  const middleware = createCollector(dataFile);
  const server = createServer((req, res) => middleware(req, res, () => ((res.statusCode = 404), res.end())));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { base, close: () => new Promise((done) => server.close(done)) };
}

function envelope(overrides = {}) {
  return {
    id: randomUUID(),
    kind: 'nps',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: { unit: 'espoo-leppavaara', service: 'family-work', context: null, respondent: 'parent' },
    data: { score: 8 },
    ...overrides,
  };
}

function post(base, body, key = body.id) {
  return fetch(`${base}/api/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key ?? '' },
    body: JSON.stringify(body),
  });
}

describe('demo collector', () => {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'palaute-collector-')), 'answers.jsonl');
  let collector;
  before(async () => (collector = await startCollector(dataFile)));
  after(() => collector.close());

  it('stores a valid envelope once: 201, then 409 for the same id', async () => {
    const answer = envelope();
    assert.equal((await post(collector.base, answer)).status, 201);
    assert.equal((await post(collector.base, answer)).status, 409);
    const stored = await (await fetch(`${collector.base}/api/feedback`)).json();
    assert.equal(stored.filter((a) => a.envelope.id === answer.id).length, 1);
  });

  it('answers 400 naming each invalid field', async () => {
    const response = await post(collector.base, envelope({ data: { score: 11 }, locale: 'de' }));
    assert.equal(response.status, 400);
    const { errors } = await response.json();
    assert.ok(
      errors.some((e) => e.startsWith('data.score:')),
      errors.join('\n'),
    );
    assert.ok(
      errors.some((e) => e.startsWith('locale:')),
      errors.join('\n'),
    );
  });

  it('stores a valid deviation report and refuses an anonymous one with contact details', async () => {
    const report = {
      reporterRole: 'staff',
      category: 'safety',
      description: 'Ikkunan lukko on ollut rikki viikon, eikä sitä ole korjattu.',
      harm: 'unknown',
      anonymous: true,
    };
    assert.equal(
      (await post(collector.base, envelope({ kind: 'deviation-report', data: report }))).status,
      201,
    );
    const contradictory = envelope({
      kind: 'deviation-report',
      data: { ...report, contact: { email: 'a@example.fi', consent: true } },
    });
    const response = await post(collector.base, contradictory);
    assert.equal(response.status, 400);
    const { errors } = await response.json();
    assert.ok(
      errors.some((e) => e.startsWith('data.contact:')),
      errors.join('\n'),
    );
  });

  it('answers 400 when the Idempotency-Key is not the envelope id', async () => {
    const response = await post(collector.base, envelope(), randomUUID());
    assert.equal(response.status, 400);
  });

  it('keeps the answers across a restart', async () => {
    const answer = envelope({ data: { score: 10, comment: 'Hyvä <b>palvelu</b>' } });
    assert.equal((await post(collector.base, answer)).status, 201);
    await collector.close();
    collector = await startCollector(dataFile);
    assert.equal((await post(collector.base, answer)).status, 409);
    const stored = await (await fetch(`${collector.base}/api/feedback`)).json();
    assert.deepEqual(stored.find((a) => a.envelope.id === answer.id).envelope, answer);
    assert.ok(readFileSync(dataFile, 'utf8').includes(answer.id));
  });

  it('fails on purpose: 500, 429 with Retry-After, a cut connection, then recovers', async () => {
    const setMode = (mode) =>
      fetch(`${collector.base}/api/collector/mode`, { method: 'POST', body: JSON.stringify({ mode }) });
    const answer = envelope();
    await setMode('error');
    assert.equal((await post(collector.base, answer)).status, 500);
    await setMode('throttle');
    const throttled = await post(collector.base, answer);
    assert.equal(throttled.status, 429);
    assert.equal(throttled.headers.get('retry-after'), '10');
    assert.equal(throttled.headers.get('access-control-expose-headers'), 'Retry-After');
    await setMode('down');
    await assert.rejects(post(collector.base, answer));
    assert.equal((await setMode('sideways')).status, 400);
    await setMode('ok');
    assert.equal((await post(collector.base, answer)).status, 201);
  });
});
