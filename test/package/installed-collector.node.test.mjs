/**
 * palaute-collector as an operator installs it: both packages packed, installed from their
 * tarballs into an empty folder, and `npx palaute-collector` started there with no other step. It
 * must listen on PGlite in its default data folder and store an answer.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const collectorDir = join(root, 'collector');
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** `npm pack` without its scripts (the build ran before the tests), as JSON: the tarball's path. */
function pack(dir, destination) {
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], dir),
  );
  return { path: join(destination, packed.filename), files: packed.files.map((file) => file.path) };
}

/** Resolves with the URL the collector prints once it listens; rejects if it exits first. */
function listening(child) {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolveUrl(url);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`palaute-collector exited with ${code}:\n${output}`)));
  });
}

describe('palaute-collector installed from its tarball', () => {
  let work;
  let collectorTarball;
  let child;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'palaute-collector-install-'));
    const widgets = pack(root, work);
    // In the repository the collector depends on `file:..`; a published one on a palaute version.
    run('node', ['scripts/pack-manifest.mjs', 'published'], collectorDir);
    try {
      collectorTarball = pack(collectorDir, work);
    } finally {
      run('node', ['scripts/pack-manifest.mjs', 'restore'], collectorDir);
    }
    const project = join(work, 'operator');
    run('mkdir', ['-p', project], work);
    run('npm', ['init', '-y'], project);
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', widgets.path, collectorTarball.path],
      project,
    );
    work = project;
  });

  after(() => {
    if (child?.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    rmSync(resolve(work, '..'), { recursive: true, force: true });
  });

  it('publishes a released palaute as its dependency, and only what it runs', () => {
    const installed = JSON.parse(
      readFileSync(join(work, 'node_modules/palaute-collector/package.json'), 'utf8'),
    );
    assert.equal(installed.private, undefined, 'the collector is publishable');
    assert.match(installed.dependencies.palaute, /^\^\d+\.\d+\.\d+/);
    const repoManifest = JSON.parse(readFileSync(join(collectorDir, 'package.json'), 'utf8'));
    assert.equal(repoManifest.dependencies.palaute, 'file:..', 'the repository keeps its workspace link');
    assert.ok(collectorTarball.files.includes('bin/palaute-collector.js'));
    assert.deepEqual(
      collectorTarball.files.filter((file) => /^(src|test|bench|scripts)\//.test(file)),
      [],
      'no sources, tests or scripts in the tarball',
    );
  });

  it('starts with `npx palaute-collector` on PGlite and stores an answer', async () => {
    child = spawn('npx', ['--no-install', 'palaute-collector'], {
      cwd: work,
      // Its own process group: npx starts the collector as a child of its own, and both must stop.
      detached: true,
      env: { ...process.env, PORT: '0', DATABASE_URL: '', PALAUTE_DATA_DIR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await listening(child);
    const envelope = {
      id: randomUUID(),
      kind: 'nps',
      schemaVersion: 1,
      createdAt: new Date().toISOString(),
      locale: 'fi',
      context: { unit: 'asennus', service: 'family-work', context: 'install-test', respondent: 'parent' },
      data: { score: 9 },
    };
    const response = await fetch(`${url}/v1/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': envelope.id },
      body: JSON.stringify(envelope),
    });
    assert.equal(response.status, 201, await response.text());
    // SIGTERM to npx's group: the collector closes its database and exits cleanly.
    const exited = new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    assert.ok(readFileSync(join(work, '.palaute-data', 'PG_VERSION'), 'utf8'), 'PGlite in ./.palaute-data');
  });
});
