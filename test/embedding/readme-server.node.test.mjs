/**
 * The README's sample endpoint runs as given: saved as server.mjs beside an installed palaute (here a
 * link to this checkout's build), it stores an answer once, refuses an Idempotency-Key that is not
 * the envelope's id, and answers the preflight with Access-Control-Max-Age.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort } from '../../scripts/free-port.mjs';

const root = resolve(import.meta.dirname, '../..');
function readmeSample(port) {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const sample = readme.match(/```js\n(\/\/ server\.mjs\n[\s\S]*?)```/)?.[1];
  assert.ok(sample, 'README.md has a ```js block starting with // server.mjs');
  assert.match(sample, /\.listen\(8080/);
  return sample.replace('.listen(8080', `.listen(${port}`);
}

describe("the README's sample endpoint", () => {
  let dir;
  let server;
  let url;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'palaute-readme-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules/palaute'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    writeFileSync(join(dir, 'server.mjs'), readmeSample(port));
    server = spawn(process.execPath, ['server.mjs'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
    // It prints once it listens; if it exits instead (the port was taken after all), say so.
    await new Promise((ready, fail) => {
      server.stdout.once('data', ready);
      server.once('exit', (code) => fail(new Error(`the README's server exited (${code}) before listening`)));
    });
  });

  after(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const envelope = (id) => ({
    id,
    kind: 'nps',
    schemaVersion: 1,
    createdAt: '2026-11-23T10:15:00.000Z',
    locale: 'fi',
    context: { unit: null, service: null, context: null, respondent: null },
    data: { score: 9 },
  });
  const post = (body, key) =>
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
      body: JSON.stringify(body),
    }).then((res) => res.status);

  it('stores an answer once: 201, then 409 for the same id', async () => {
    const id = randomUUID();
    assert.equal(await post(envelope(id), id), 201);
    assert.equal(await post(envelope(id), id), 409);
  });

  it('refuses an Idempotency-Key that is not the envelope id, and an invalid envelope', async () => {
    assert.equal(await post(envelope(randomUUID()), randomUUID()), 400);
    assert.equal(await post({ ...envelope(randomUUID()), kind: 'poll' }, randomUUID()), 400);
  });

  it('answers the preflight with the allowed headers and a max age', async () => {
    const res = await fetch(url, { method: 'OPTIONS' });
    assert.equal(res.status, 204);
    assert.match(res.headers.get('access-control-allow-headers'), /Idempotency-Key/);
    assert.ok(Number(res.headers.get('access-control-max-age')) > 0);
  });
});
