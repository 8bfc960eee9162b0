/**
 * The inbox as the node tests drive it: the self-contained build, and the helpers that read and
 * press things inside its shadow root in Chromium (puppeteer), as a handler's keyboard and eyes do.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

/** dist/inbox/inbox.js as `vite build --mode inbox` makes it, in memory. */
export async function buildInbox() {
  const output = await build({
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'inbox',
    logLevel: 'silent',
    build: { write: false },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  assert.equal(chunks.length, 1, 'dist/inbox/inbox.js is one module');
  assert.equal(chunks[0].fileName, 'inbox/inbox.js');
  return chunks[0].code;
}

/** Helpers bound to `getPage()`, which may change page between tests. */
export function inboxPage(getPage) {
  const shadow = (fn, ...args) => getPage().evaluate(fn, ...args);
  const inside = (selector) => `palaute-report-inbox >>> ${selector}`;
  return {
    inside,
    shadowText: () =>
      shadow(() => {
        const root = document.querySelector('palaute-report-inbox').shadowRoot;
        const values = [...root.querySelectorAll('input, textarea')].map((field) => field.value).join(' ');
        return `${root.textContent.replace(/\s+/g, ' ')} ${values}`;
      }),
    /** The text of every element `selector` matches, whitespace collapsed. */
    texts: (selector) =>
      shadow(
        (wanted) =>
          [...document.querySelector('palaute-report-inbox').shadowRoot.querySelectorAll(wanted)].map(
            (node) => node.textContent.replace(/\s+/g, ' ').trim(),
          ),
        selector,
      ),
    focusedText: () =>
      shadow(() =>
        document.querySelector('palaute-report-inbox').shadowRoot.activeElement?.textContent.trim(),
      ),
    waitForText: (text, timeout = 20_000) =>
      getPage().waitForFunction(
        (wanted) =>
          document
            .querySelector('palaute-report-inbox')
            .shadowRoot.textContent.replace(/\s+/g, ' ')
            .includes(wanted),
        { timeout },
        text,
      ),
    // Polled each frame: a selector's MutationObserver does not see inside the shadow root.
    waitInside: (selector, timeout = 20_000) =>
      getPage().waitForFunction(
        (wanted) => document.querySelector('palaute-report-inbox').shadowRoot.querySelector(wanted),
        { timeout },
        selector,
      ),
    click: (selector) => getPage().locator(inside(selector)).click(),
    fill: (selector, value) => getPage().locator(inside(selector)).fill(value),
    axe: () =>
      shadow(async () => {
        const result = await window.axe.run(document.querySelector('palaute-report-inbox'));
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
      }),
    fitsNarrowScreen: () => shadow(() => document.documentElement.scrollWidth <= window.innerWidth),
  };
}

/** Every row of every table in the public schema as JSON text: what a search for a sentinel reads. */
export async function publicTablesAsText(db) {
  const tables = await db.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  let dump = '';
  for (const { table_name: table } of tables.rows) {
    const { rows } = await db.query(`SELECT row_to_json(t)::text AS row FROM "${table}" t`);
    dump += rows.map((row) => row.row).join('\n');
  }
  return dump;
}
