/**
 * scripts/check-release.mjs, the release's versions and changelog (in place of Changesets): on
 * this repository, and on small copies that break each rule it states.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const script = join(root, 'scripts/check-release.mjs');
const folders = [];

function repository({ widgets = '1.2.0', collector = '1.2.0', changelog = '## Unreleased\n' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'palaute-release-'));
  folders.push(dir);
  mkdirSync(join(dir, 'collector'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'palaute', version: widgets }));
  writeFileSync(join(dir, 'collector/package.json'), JSON.stringify({ version: collector }));
  writeFileSync(join(dir, 'CHANGELOG.md'), `# Changelog\n\n${changelog}`);
  return dir;
}

const check = (dir, tag) =>
  spawnSync('node', [script, dir], {
    encoding: 'utf8',
    env: { ...process.env, RELEASE_TAG: tag ?? '' },
  });

describe('check-release', () => {
  after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('passes on this repository', () => {
    const result = check(root);
    assert.equal(result.status, 0, result.stderr);
  });

  it('refuses two versions for the two packages, naming both', () => {
    const result = check(repository({ collector: '1.1.0' }));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /package\.json is 1\.2\.0 and collector\/package\.json 1\.1\.0/);
  });

  it('refuses a changelog with no section for what is not released', () => {
    const result = check(repository({ changelog: '## 1.1.0\n' }));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /neither "## Unreleased" nor "## 1\.2\.0"/);
  });

  it("at a release, refuses a tag that is not the packages' version, and a version with no section", () => {
    const wrongTag = check(repository({ changelog: '## 1.2.0\n' }), 'v1.3.0');
    assert.equal(wrongTag.status, 1);
    assert.match(wrongTag.stderr, /the tag v1\.3\.0 is not v1\.2\.0/);
    const unnoted = check(repository(), 'v1.2.0');
    assert.equal(unnoted.status, 1);
    assert.match(unnoted.stderr, /no "## 1\.2\.0" section/);
    assert.equal(check(repository({ changelog: '## 1.2.0\n' }), 'v1.2.0').status, 0);
  });
});
