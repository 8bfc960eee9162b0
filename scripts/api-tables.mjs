/**
 * The README's attribute, event, CSS property and part tables, generated from custom-elements.json
 * (itself generated from the JSDoc in src), between markers:
 *   <!-- api:palaute-nps --> … <!-- /api:palaute-nps -->
 * `node scripts/api-tables.mjs` rewrites them; `--check` fails when the README has drifted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';

const root = resolve(import.meta.dirname, '..');
const readmePath = resolve(root, 'README.md');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));

// Exported constants with their values, so a default such as DEFAULT_RESET_AFTER_SECONDS reads as 8.
const constants = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.kind === 'variable' && d.default !== undefined)
    .map((d) => [d.name, d.default]),
);
const valueOf = (text) => constants.get(text) ?? text;

const cell = (text = '') =>
  String(text)
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function tablesFor(element) {
  // A subclass may override an inherited default (the deviation form's reset-after): its field wins.
  const defaultOf = (a) => (element.members ?? []).find((m) => m.name === a.fieldName)?.default ?? a.default;
  const attributes = (element.attributes ?? []).map((a) => [
    code(a.name),
    code(a.fieldName),
    code(a.type?.text),
    code(defaultOf(a) === undefined ? undefined : valueOf(defaultOf(a))),
    cell(a.description),
  ]);
  const properties = (element.members ?? [])
    .filter((m) => m.kind === 'field' && !(element.attributes ?? []).some((a) => a.fieldName === m.name))
    .map((m) => [code(m.name), code(m.type?.text), cell(m.description)]);
  const methods = (element.members ?? [])
    .filter((m) => m.kind === 'method')
    .map((m) => [code(`${m.name}()`), cell(m.description)]);
  const events = (element.events ?? []).map((e) => [code(e.name), cell(e.description)]);
  const cssProperties = (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]);
  const parts = (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  return [
    '**Attributes**',
    table(['attribute', 'property', 'type', 'default', 'description'], attributes),
    properties.length ? '**Properties without attribute**' : '',
    table(['property', 'type', 'description'], properties),
    methods.length ? '**Methods**' : '',
    table(['method', 'description'], methods),
    '**Events** (bubbling, composed)',
    table(['event', 'description'], events),
    '**CSS custom properties**',
    table(['property', 'description'], cssProperties),
    '**CSS parts**',
    table(['part', 'description'], parts),
  ]
    .filter(Boolean)
    .join('\n\n');
}

const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
let readme = readFileSync(readmePath, 'utf8');
for (const element of elements) {
  const start = `<!-- api:${element.tagName} -->`;
  const end = `<!-- /api:${element.tagName} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md has no ${start} … ${end} markers`);
  readme = `${readme.slice(0, from + start.length)}\n\n${tablesFor(element)}\n\n${readme.slice(to)}`;
}
const options = (await prettier.resolveConfig(readmePath)) ?? {};
const formatted = await prettier.format(readme, { ...options, parser: 'markdown' });

if (process.argv.includes('--check')) {
  if (formatted !== readFileSync(readmePath, 'utf8')) {
    console.error('README.md API tables differ from custom-elements.json: run `npm run docs` and commit.');
    process.exit(1);
  }
  console.log(`README.md API tables match custom-elements.json (${elements.length} elements).`);
} else {
  writeFileSync(readmePath, formatted);
  console.log(`README.md API tables written for ${elements.length} elements.`);
}
