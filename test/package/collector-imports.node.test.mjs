/**
 * The collector builds on a fresh clone before the widgets are built (`npm ci && npm start`):
 * collector/scripts/ensure-schema.mjs builds the `palaute/*` entries it imports. Every entry the
 * collector's sources import must be in that script's list (palaute/crypto once was not, and
 * `npm start` failed on a fresh clone with "Cannot find module 'palaute/crypto'").
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { it } from 'node:test';

const collector = resolve(import.meta.dirname, '../../collector');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

it("ensure-schema builds every palaute entry the collector's sources import", () => {
  const imported = new Set(
    sources(join(collector, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/from 'palaute\/([\w-]+)'/g)].map((match) => match[1]),
    ),
  );
  const script = readFileSync(join(collector, 'scripts/ensure-schema.mjs'), 'utf8');
  const built = JSON.parse(/const ENTRIES = (\[[^\]]*\])/.exec(script)[1].replace(/'/g, '"'));
  assert.ok(imported.size > 0);
  assert.deepEqual(
    [...imported].filter((entry) => !built.includes(entry)),
    [],
  );
});
