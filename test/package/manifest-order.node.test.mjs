/**
 * custom-elements.json, and docs/api.md made from it, must come out the same whatever order the file
 * system lists src in: CI's machine listed it differently from ours, put <palaute-results> first and
 * failed `npm run docs:check`. The analyzer runs here with the project's own configuration, once with
 * the source files in path order and once in reverse.
 */
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, it } from 'node:test';
import { loadWidgets } from '../../scripts/load-widgets.mjs';

const root = resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'palaute-manifest-order-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** The project's configuration, with the files handed to the analyzer in the given order. */
async function manifestWithFiles(order) {
  const configPath = join(scratch, `${order}.config.mjs`);
  const projectConfig = pathToFileURL(resolve(root, 'custom-elements-manifest.config.mjs')).href;
  writeFileSync(
    configPath,
    `import { readFileSync } from 'node:fs';
import config from ${JSON.stringify(projectConfig)};
export default {
  ...config,
  quiet: true,
  // The analyzer would otherwise point package.json's customElements field at its output.
  packagejson: false,
  overrideModuleCreation: ({ ts, globs }) => {
    const files = [...globs].sort();
    if (${JSON.stringify(order)} === 'reversed') files.reverse();
    return files.map((file) =>
      ts.createSourceFile(file, readFileSync(${JSON.stringify(root)} + '/' + file, 'utf8'), ts.ScriptTarget.ES2015, true),
    );
  },
};
`,
  );
  return cli({ argv: ['analyze', '--config', configPath], cwd: root, noWrite: true });
}

it('the manifest does not depend on the order the source files are listed in', async () => {
  const inPathOrder = await manifestWithFiles('sorted');
  const inReverse = await manifestWithFiles('reversed');
  const tags = (manifest) =>
    manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  // Every element in the widget list and the dashboard's sections (elements of their own, in
  // folders under the dashboard's).
  const { ELEMENTS, tagOf } = await loadWidgets();
  const sections = ['palaute-dashboard-alerts', 'palaute-dashboard-notes'];
  assert.deepEqual(
    [...tags(inPathOrder)].sort(),
    [...ELEMENTS.map(({ folder }) => tagOf(folder)), ...sections].sort(),
  );
  assert.deepEqual(inReverse, inPathOrder);
});
