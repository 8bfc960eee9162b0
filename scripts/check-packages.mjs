/**
 * Both packages as the registry would get them, after `npm run build` and the collector's build:
 * packed once without their scripts (the collector with the manifest it is published with), then
 * `publint` on each folder, `@arethetypeswrong/cli` on each tarball (ESM-only packages: the
 * CommonJS resolutions are not checked) and `npm publish --dry-run`. Any problem fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const collector = join(root, 'collector');
const bin = (name) => join(root, 'node_modules/.bin', name);
const run = (command, args, cwd = root) => execFileSync(command, args, { cwd, stdio: 'inherit' });
const packed = (dir, destination) =>
  JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
      cwd: dir,
      encoding: 'utf8',
    }),
  )[0].filename;

/** `npm publish --dry-run`; npm's quiet corrections of the manifest (e.g. a bin it drops) fail too. */
function publishDryRun(dir) {
  const result = spawnSync('npm', ['publish', '--dry-run', '--ignore-scripts', '--tag', 'check'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const corrected = /auto-corrected[\s\S]*?(?=npm notice)/.exec(result.stderr)?.[0];
  if (result.status !== 0 || corrected) {
    throw new Error(`npm publish --dry-run in ${dir}: ${corrected ?? result.stderr}`);
  }
}

/** Runs `check` with the collector's package.json as it is published, and puts the file back. */
function asPublished(check) {
  run('node', ['scripts/pack-manifest.mjs', 'published'], collector);
  try {
    check();
  } finally {
    run('node', ['scripts/pack-manifest.mjs', 'restore'], collector);
  }
}

const out = mkdtempSync(join(tmpdir(), 'palaute-packages-'));
try {
  run(bin('publint'), ['--strict'], root);
  run(bin('attw'), ['--profile', 'esm-only', join(out, packed(root, out))]);
  publishDryRun(root);
  asPublished(() => {
    run(bin('publint'), ['--strict'], collector);
    run(bin('attw'), ['--profile', 'esm-only', join(out, packed(collector, out))]);
    publishDryRun(collector);
  });
  console.log('check-packages: palaute and palaute-collector pass publint, attw and npm publish --dry-run');
} finally {
  rmSync(out, { recursive: true, force: true });
}
