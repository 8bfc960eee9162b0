/**
 * Size report and budgets (gzip -9; brotli 11 shown too). Run after `npm run build`.
 * - What a page downloads through the loader, dist/palaute.js: the loader, then the chunks a
 *   page with only one answer widget (each in scripts/widgets.ts), or with every one, imports
 *   (followed from the built files' own import statements).
 * - `palaute/nps` alone, bundled as a page that imports only it would bundle it.
 * - Where the bytes of `palaute/nps` go, module by module.
 * Exits 1 when a budget is exceeded. SIZE_BYTES=1 prints bytes instead of KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { loadWidgets } from './load-widgets.mjs';
import { BUDGETS, WIDGET_PAGE_BUDGETS } from './size-budgets.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const KB = 1024;
const { LOADER_ELEMENTS, tagOf } = await loadWidgets();
const onlyPage = (tag) => `page with only <${tag}>`;

const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const sum = (sizes) =>
  sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });

function read(file) {
  try {
    return readFileSync(join(dist, file));
  } catch {
    console.error(`dist/${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** A built file's imports: static ones always load, dynamic ones only when asked for. */
function importsOf(file) {
  const code = read(file).toString();
  const found = (pattern) => [...code.matchAll(pattern)].map((m) => m[1].replace(/^\.\//, ''));
  return {
    static: found(/(?:import|export)\s*(?:[\w${},\s*]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g),
    dynamic: found(/import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g),
  };
}

/**
 * Chunks a page fetches only when someone asks: the other languages' messages (a Finnish page
 * loads them only where a widget speaks them), the meeting survey's QR code (issue 21), a
 * site's own meeting survey's reading and checking (with zod), loaded only when one is given, and
 * kiosk mode's idle reset, loaded only where a widget is a kiosk (issue 24).
 */
const ON_DEMAND = /-messages\.(sv|en)-|^palaute-qr-code-|^palaute-own-survey-source-|^palaute-kiosk-idle-/;
const OWN_MEETING_SURVEY = /^palaute-own-survey-source-.*\.js$/;
const QR_CODE = /^palaute-qr-code-.*\.js$/;
const KIOSK_IDLE = /^palaute-kiosk-idle-.*\.js$/;

/** Every file a page fetches when it loads `entry` and then dynamically the chunks matching `wanted`. */
function pageFiles(entry, wanted) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const { static: statics, dynamic } = importsOf(file);
    statics.forEach(visit);
    dynamic
      .filter((chunk) => wanted.some((prefix) => chunk.startsWith(prefix)))
      // Loaded only where needed, never with the page: the other languages' messages, the QR code.
      .filter((chunk) => !ON_DEMAND.test(chunk))
      // Loaded when used (a report sealed on send, a receipt code, a follow-up): rows of their own.
      .filter((chunk) => !WHEN_USED.some(([, prefix]) => chunk.startsWith(prefix)))
      .forEach(visit);
  };
  visit(entry);
  return [...files];
}

/**
 * `entry` bundled for a page that imports only it, in Finnish: the entry and what it imports
 * statically; chunks it imports on demand (the other languages' messages) are left out.
 */
async function bundleAlone(entry) {
  const output = await build({
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'all-in-one',
    logLevel: 'silent',
    build: {
      write: false,
      rolldownOptions: { input: resolve(root, entry), output: { codeSplitting: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output])
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const loaded = new Set();
  const visit = (chunk) => {
    if (loaded.has(chunk)) return;
    loaded.add(chunk);
    chunk.imports.forEach((name) => visit(byName.get(name)));
  };
  visit(chunks.find((c) => c.isEntry));
  return {
    code: [...loaded].map((c) => c.code).join('\n'),
    modules: Object.assign({}, ...[...loaded].map((c) => c.modules)),
  };
}

/** The sender's entry, which the loader imports at idle (it imports the sender and the storing code). */
const SENDER = 'palaute-shared-outbox-';
/**
 * The deviation form's chunks loaded when used, not with the page, each a row with the chunks it
 * imports that the form's page does not already load (the report crypto they share).
 */
const WHEN_USED = [
  // Issue 19: sealing, imported at the first input and used on send with reportKey configured.
  ['report sealing, loaded on send', 'palaute-report-seal-'],
  // Issue 20: the receipt code, made from the first input (PBKDF2 while the person writes).
  ['receipt code, made at the first input', 'palaute-receipt-maker-'],
  // Issue 20: following a report with its code, loaded when the reporter asks.
  ['follow-up by receipt code, when asked', 'palaute-follow-up-'],
];

/** Every file of the chunks named `prefix`, with what they import statically, less `page`'s files. */
function whenUsedFiles(prefix, page) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file) || page.includes(file)) return;
    files.add(file);
    importsOf(file).static.forEach(visit);
  };
  readdirSync(dist)
    .filter((f) => f.startsWith(prefix))
    .forEach(visit);
  return [...files];
}

const pages = {
  loader: pageFiles('palaute.js', []),
  ...Object.fromEntries(
    LOADER_ELEMENTS.map(({ folder }) => [
      onlyPage(tagOf(folder)),
      pageFiles('palaute.js', [SENDER, `${tagOf(folder)}-`]),
    ]),
  ),
  'page with every widget': pageFiles('palaute.js', ['palaute-']),
};
/**
 * Issue 24: what a page with only <palaute-nps> fetches before the scale is visible: the loader,
 * the widget's chunk and what that imports statically. Its dynamic imports (the sender, at idle;
 * other languages) come later. The outbox's sender on the critical path again shows here.
 */
const BEFORE_VISIBLE = 'before visible, <palaute-nps>';
function beforeVisibleFiles(tag) {
  const chunk = readdirSync(dist).find((f) => new RegExp(`^${tag}-[\\w-]{6}\\.js$`).test(f));
  if (!chunk) throw new Error(`no chunk of <${tag}> in dist/: run \`npm run build\` first.`);
  const files = new Set(['palaute.js']);
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    importsOf(file).static.forEach(visit);
  };
  visit(chunk);
  return [...files];
}
pages[BEFORE_VISIBLE] = beforeVisibleFiles('palaute-nps');

const deviationPage = pages[onlyPage('palaute-deviation-form')];
const whenUsed = WHEN_USED.map(([name, prefix]) => [name, whenUsedFiles(prefix, deviationPage)]);
const unknownChunks = readdirSync(dist).filter(
  (f) =>
    /^palaute-.*\.js$/.test(f) &&
    !ON_DEMAND.test(f) &&
    !whenUsed.some(([, files]) => files.includes(f)) &&
    !pages['page with every widget'].includes(f),
);
if (unknownChunks.length) console.warn(`Chunks no page loads (stale build?): ${unknownChunks.join(', ')}`);

const npsAlone = await bundleAlone('src/elements/nps/define.ts');
const rows = [
  ...Object.entries(pages).map(([name, files]) => [name, sum(files.map((f) => measure(read(f)))), files]),
  ...whenUsed.map(([name, files]) => [name, sum(files.map((f) => measure(read(f)))), files]),
  ['palaute/nps alone', measure(Buffer.from(npsAlone.code)), ['one bundle of src/elements/nps/define.ts']],
  ['dist/palaute.all.js', measure(read('palaute.all.js')), ['palaute.all.js']],
  // The collector's /inbox page loads only this: Lit, the crypto and three languages in one module.
  ['dist/inbox/inbox.js', measure(read('inbox/inbox.js')), ['inbox/inbox.js']],
  // The collector's dashboard page at / loads only this: Lit, the charts and three languages.
  ['dist/dashboard/dashboard.js', measure(read('dashboard/dashboard.js')), ['dashboard/dashboard.js']],
  ...readdirSync(dist)
    .filter((f) => QR_CODE.test(f))
    .map((f) => ['QR code, when asked', measure(read(f)), [f]]),
  // Issue 24: what a kiosk's page adds once a widget is a kiosk: the idle reset, its notice and
  // styles, with what they import that the NPS page has not loaded already (nothing, today).
  ...readdirSync(dist)
    .filter((f) => KIOSK_IDLE.test(f))
    .map((f) => {
      const files = pageFiles(f, []).filter((file) => !pages[onlyPage('palaute-nps')].includes(file));
      return ['kiosk idle reset, when kiosk', sum(files.map((file) => measure(read(file)))), files];
    }),
  // What a meeting survey page adds when the site gives its own survey: the chunk and what it
  // imports that the page has not loaded already (zod, the survey JSON reading).
  ...readdirSync(dist)
    .filter((f) => OWN_MEETING_SURVEY.test(f))
    .map((f) => {
      const onPage = pages[onlyPage('palaute-meeting-survey')];
      const files = pageFiles(f, []).filter((file) => !onPage.includes(file));
      return [
        "meeting survey's own survey, when given",
        sum(files.map((file) => measure(read(file)))),
        files,
      ];
    }),
];

const kb = (n) => (process.env.SIZE_BYTES ? `${n} B` : `${(n / KB).toFixed(2)} KB`);
console.log(
  'bundle'.padEnd(42),
  'files',
  'minified'.padStart(10),
  'gzip'.padStart(10),
  'brotli'.padStart(10),
  '  budget / issue target (gzip)',
);
const budgets = {
  ...BUDGETS,
  ...Object.fromEntries(Object.entries(WIDGET_PAGE_BUDGETS).map(([tag, budget]) => [onlyPage(tag), budget])),
};
let over = false;
for (const [name, size, files] of rows) {
  const { budget, target } = budgets[name] ?? {};
  const verdict = budget === undefined ? '' : `${kb(budget)} ${size.gzip <= budget ? 'ok' : 'OVER'}`;
  const gap =
    target === undefined
      ? ''
      : size.gzip <= target
        ? ` / ${kb(target)} met`
        : ` / ${kb(target)} missed by ${kb(size.gzip - target)}`;
  over ||= budget !== undefined && size.gzip > budget;
  console.log(
    name.padEnd(42),
    String(files.length).padStart(5),
    kb(size.raw).padStart(10),
    kb(size.gzip).padStart(10),
    kb(size.brotli).padStart(10),
    ' ',
    verdict + gap,
  );
}

// Where palaute/nps's bytes go: minified bytes per module, grouped, and each group's share of gzip.
const groups = new Map();
for (const [id, module] of Object.entries(npsAlone.modules)) {
  const path = id.replace(`${root}/`, '');
  const group = path.startsWith('node_modules/')
    ? path
        .split('/')
        .slice(1, path.split('/')[1].startsWith('@') ? 3 : 2)
        .join('/')
    : path.replace(/\/[^/]+$/, '/');
  groups.set(group, (groups.get(group) ?? 0) + module.renderedLength);
}
const total = [...groups.values()].reduce((a, b) => a + b, 0);
const gzipTotal = measure(Buffer.from(npsAlone.code)).gzip;
console.log('\nWhere palaute/nps goes (minified bytes by source; gzip shared out in proportion):');
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(
    `  ${group.padEnd(34)} ${String(bytes).padStart(7)} B  ~${kb((gzipTotal * bytes) / total).padStart(9)}`,
  );
}

const unbudgeted = rows.filter(([name]) => !budgets[name]?.budget && name in pages).map(([name]) => name);
if (unbudgeted.length) {
  console.error(`\nNo budget in scripts/size-budgets.mjs for: ${unbudgeted.join(', ')}.`);
  process.exit(1);
}
if (over) {
  console.error('\nA bundle is over its budget.');
  process.exit(1);
}
