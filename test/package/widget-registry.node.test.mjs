/**
 * The widget list (scripts/widgets.ts) against the places that name every widget by hand, so that a
 * widget folder forgotten in one of them fails here instead of shipping half-registered: the folders
 * under src/elements/, package.json's exports and sideEffects, src/index.ts, src/schema/index.ts, the
 * size budgets, the test drivers, the custom elements manifest (written by `npm run build`) and the
 * envelope's kinds.
 * The loader's tags and the package entries are generated from the list and need no check.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { runnerImport } from 'vite';
import { loadWidgets } from '../../scripts/load-widgets.mjs';
import { WIDGET_PAGE_BUDGETS } from '../../scripts/size-budgets.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const missing = (wanted, present) => wanted.filter((name) => !present.includes(name));

describe('every widget folder is in the widget list and in each place that names widgets', () => {
  let elements;
  let answerWidgets;
  let loaderElements;
  let tagOf;

  before(async () => {
    const widgets = await loadWidgets();
    elements = widgets.ELEMENTS;
    answerWidgets = widgets.ANSWER_WIDGETS;
    loaderElements = widgets.LOADER_ELEMENTS;
    tagOf = widgets.tagOf;
  });

  it('lists each folder under src/elements/, and nothing else', () => {
    const folders = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    const listed = elements.map((element) => element.folder);
    assert.deepEqual(missing(folders, listed), [], 'folders missing from scripts/widgets.ts');
    assert.deepEqual(missing(listed, folders), [], 'listed in scripts/widgets.ts with no folder');
  });

  it("registers each folder's element under palaute-<folder> in its define.ts", () => {
    const wrong = elements.filter(
      ({ folder }) => !read(`src/elements/${folder}/define.ts`).includes(`'${tagOf(folder)}'`),
    );
    assert.deepEqual(
      wrong.map(({ folder }) => folder),
      [],
    );
  });

  it('gives each element a package entry in package.json: exports and sideEffects', () => {
    const { exports, sideEffects } = JSON.parse(read('package.json'));
    for (const { folder } of elements) {
      assert.deepEqual(
        exports[`./${folder}`],
        { types: `./dist/types/elements/${folder}/define.d.ts`, default: `./dist/${folder}.js` },
        `package.json exports["./${folder}"]`,
      );
    }
    const defining = elements.map(({ folder }) => `./dist/${folder}.js`);
    assert.deepEqual(missing(defining, sideEffects), [], 'package.json sideEffects lacks');
  });

  it('registers each answer widget and public-page element in `palaute` (src/index.ts)', () => {
    const index = read('src/index.ts');
    const absent = loaderElements.filter(
      ({ folder }) => !index.includes(`from './elements/${folder}/define.js'`),
    );
    assert.deepEqual(
      absent.map(({ folder }) => folder),
      [],
    );
  });

  it('gives each element the loader carries a page budget in the size report (scripts/size-budgets.mjs)', () => {
    const tags = loaderElements.map(({ folder }) => tagOf(folder));
    assert.deepEqual(missing(tags, Object.keys(WIDGET_PAGE_BUDGETS)), []);
    assert.deepEqual(missing(Object.keys(WIDGET_PAGE_BUDGETS), tags), [], 'budgets for no widget');
  });

  it('gives each answer widget a test driver (test/support/widgets.ts)', () => {
    const drivers = read('test/support/widgets.ts');
    const absent = answerWidgets.filter(({ folder }) => !drivers.includes(`'${tagOf(folder)}': {`));
    assert.deepEqual(
      absent.map(({ folder }) => folder),
      [],
    );
  });

  it('describes each element in the custom elements manifest', () => {
    const manifestPath = join(root, 'custom-elements.json');
    assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run `npm run build` first');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    const described = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
    const tags = elements.map(({ folder }) => tagOf(folder));
    assert.deepEqual(missing(tags, described), []);
  });

  it("exports each answer widget's data schema from `palaute/schema` (src/schema/<kind>.ts)", () => {
    const schemaIndex = read('src/schema/index.ts');
    const absent = answerWidgets.filter(({ kind }) => !schemaIndex.includes(`from './${kind}.js'`));
    assert.deepEqual(
      absent.map(({ kind }) => kind),
      [],
    );
  });

  it('pairs each answer widget with a kind of envelope, and each kind with a widget', async () => {
    const { envelopeSchema, FOLLOW_UP_KINDS } = (await runnerImport(join(root, 'src/schema/envelope.ts')))
      .module;
    const kinds = envelopeSchema.def.options
      .map((option) => option.shape.kind.def.values[0])
      .filter((kind) => !FOLLOW_UP_KINDS.includes(kind));
    const widgetKinds = answerWidgets.map(({ kind }) => kind);
    assert.deepEqual(missing(widgetKinds, kinds), [], 'kinds the envelope does not know');
    assert.deepEqual(missing(kinds, widgetKinds), [], 'kinds no widget sends');
  });
});
