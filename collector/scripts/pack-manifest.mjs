/**
 * In this repository the collector depends on the widgets' package through `file:..` (an npm
 * workspace cannot depend on its root by version). A published collector must depend on a
 * released `palaute` instead: `prepack` writes the root's version as the range, `postpack` puts
 * the file back. `node scripts/pack-manifest.mjs published|restore`.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const manifest = resolve(import.meta.dirname, '../package.json');
const kept = `${manifest}.in-repo`;
const step = process.argv[2];

if (step === 'published') {
  const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'));
  const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
  if (!existsSync(kept)) copyFileSync(manifest, kept);
  pkg.dependencies.palaute = `^${version}`;
  writeFileSync(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
} else if (step === 'restore') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('usage: node scripts/pack-manifest.mjs published|restore');
  process.exitCode = 2;
}
