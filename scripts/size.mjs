/**
 * Size report: gzip and brotli of dist/palaute.js (everything) and of each widget entry alone,
 * each bundled as a self-contained minified module, as a page that needs only it would load it.
 * Exits 1 when a budget is exceeded.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const KB = 1024;

/** Budgets from the issues, gzip: exceeding one fails. */
const BUDGETS = {
  'palaute/nps entry alone (with core, lit)': 16 * KB,
};
/**
 * The whole-library figure the team's before-stop hook shows (25,600 bytes). With lit and zod
 * (~12 KB together) it cannot hold the three widgets the issues budget at 16 + 8 + 8 KB, so it is
 * reported, not enforced: see the closing notes of the deviation-form issue.
 */
const REPORTED = { 'dist/palaute.js (all widgets)': 25 * KB };
/**
 * Added on top of the core, gzip: a widget's entry alone minus the core runtime and zod/mini
 * (the core's budget counts zod; widgets that validate outside input share it).
 */
const ADDED_BUDGETS = { 'palaute/emoji-survey': 8 * KB, 'palaute/deviation-form': 8 * KB };

async function bundleAlone(entry) {
  const output = await build({
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'standalone',
    logLevel: 'silent',
    build: { write: false, rolldownOptions: { input: resolve(root, entry) } },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  if (chunks.length !== 1) throw new Error(`${entry} did not bundle into one file`);
  return Buffer.from(chunks[0].code);
}

function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

let all;
try {
  all = readFileSync(resolve(root, 'dist/palaute.js'));
} catch {
  console.error(
    'dist/palaute.js is missing: run `npm run build` (or `npm run size`, which builds it) first.',
  );
  process.exit(1);
}

const core = measure(await bundleAlone('scripts/size-core-baseline.ts'));
const coreWithZod = measure(await bundleAlone('scripts/size-core-baseline-zod.ts'));
const rows = [
  ['dist/palaute.js (all widgets)', measure(all)],
  ['core runtime alone (lit, outbox, base element)', core],
  ['core runtime + zod/mini (survey schema)', coreWithZod],
  ['palaute/nps entry alone (with core, lit)', measure(await bundleAlone('src/elements/nps/define.ts'))],
  [
    'palaute/emoji-survey entry alone (with core, lit)',
    measure(await bundleAlone('src/elements/emoji-survey/define.ts')),
  ],
  [
    'palaute/deviation-form entry alone (with core, lit)',
    measure(await bundleAlone('src/elements/deviation-form/define.ts')),
  ],
];

const kb = (n) => `${(n / KB).toFixed(2)} KB`;
console.log(
  'bundle'.padEnd(44),
  'minified'.padStart(10),
  'gzip'.padStart(10),
  'brotli'.padStart(10),
  '  budget (gzip)',
);
let over = false;
for (const [name, size] of rows) {
  const budget = BUDGETS[name] ?? REPORTED[name];
  const verdict = budget
    ? `${kb(budget)} ${size.gzip <= budget ? 'ok' : BUDGETS[name] ? 'OVER' : `over by ${kb(size.gzip - budget)} (reported)`}`
    : '';
  over ||= Boolean(BUDGETS[name] && size.gzip > BUDGETS[name]);
  console.log(
    name.padEnd(44),
    kb(size.raw).padStart(10),
    kb(size.gzip).padStart(10),
    kb(size.brotli).padStart(10),
    ' ',
    verdict,
  );
}
console.log();
for (const [name, budget] of Object.entries(ADDED_BUDGETS)) {
  const alone = rows.find(([row]) => row.startsWith(name))[1];
  const added = alone.gzip - coreWithZod.gzip;
  over ||= added > budget;
  console.log(
    `${name} adds ${kb(added)} gzip on top of the core with zod, ${kb(alone.gzip - core.gzip)} on top of the core without zod (budget ${kb(budget)} ${added <= budget ? 'ok' : 'OVER'})`,
  );
}
if (over) {
  console.error('A bundle is over its budget.');
  process.exit(1);
}
