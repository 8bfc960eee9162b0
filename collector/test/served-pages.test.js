/**
 * The pages the collector serves on its own origin, the reports inbox at /inbox and the results
 * dashboard at /: each a page and a script anyone may load, under a CSP that allows only this
 * collector, and a 404 that says what to do when the script is not built.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { STORAGE } from './support/storage.js';

const CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; " +
  "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const PAGES = [
  {
    name: 'the inbox',
    path: '/inbox',
    script: '/inbox/inbox.js',
    tag: 'palaute-report-inbox',
    option: 'inboxScript',
    warning: 'reports inbox is not built',
    module: 'inbox-page.js',
    file: 'inboxScriptFile',
  },
  {
    name: 'the dashboard',
    path: '/',
    script: '/dashboard/dashboard.js',
    tag: 'palaute-dashboard',
    option: 'dashboardScript',
    warning: 'results dashboard is not built',
    module: 'dashboard-page.js',
    file: 'dashboardScriptFile',
  },
];

function assertStrictHeaders(headers) {
  assert.equal(headers.get('content-security-policy'), CSP);
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  assert.equal(headers.get('referrer-policy'), 'no-referrer');
}

describe(`the pages the collector serves [${STORAGE}]`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'palaute-pages-'));
  const scriptText = (tag) => `customElements.define("${tag}", class extends HTMLElement {});\n`;
  let server;
  let missing;
  const lines = [];
  before(async () => {
    const scripts = {};
    for (const page of PAGES) {
      scripts[page.option] = join(dir, `${page.tag}.js`);
      writeFileSync(scripts[page.option], scriptText(page.tag));
    }
    server = await startCollector(scripts);
    missing = await startCollector({
      inboxScript: join(dir, 'not-built.js'),
      dashboardScript: join(dir, 'not-built-either.js'),
      logLevel: 'warn',
      logDestination: { write: (line) => lines.push(line) },
    });
  });
  after(async () => {
    await server?.stop();
    await missing?.stop();
  });

  for (const page of PAGES) {
    describe(page.name, () => {
      it(`serves ${page.path} without a token, in Finnish, with the element and its script`, async () => {
        const response = await fetch(`${server.url}${page.path}`);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type'), /^text\/html; charset=utf-8/);
        assertStrictHeaders(response.headers);
        assert.equal(response.headers.get('cache-control'), 'no-store');
        const html = await response.text();
        assert.match(html, /<html lang="fi">/);
        assert.ok(html.includes(`<${page.tag}></${page.tag}>`), html);
        assert.ok(html.includes(`<script type="module" src="${page.script}"></script>`), html);
        assert.equal(html.match(/<script/g).length, 1, 'no other script, no inline script');
        assert.doesNotMatch(html, /style/, 'no inline style');
      });

      it('serves its script from the package as JavaScript, with the same headers', async () => {
        const response = await fetch(`${server.url}${page.script}`);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type'), /^text\/javascript/);
        assertStrictHeaders(response.headers);
        assert.equal(response.headers.get('cache-control'), 'no-cache');
        assert.equal(await response.text(), scriptText(page.tag));
      });

      it('answers 404 saying the script is not built, and warned of it at start', async () => {
        const response = await fetch(`${missing.url}${page.script}`);
        assert.equal(response.status, 404);
        const body = await response.json();
        assert.ok(body.error.includes(`${page.name} is not built`), body.error);
        assert.equal(lines.filter((line) => line.includes(page.warning)).length, 1);
      });

      it('finds the built script in the installed palaute package by default', async () => {
        const module = await import(`../dist/http/${page.module}`);
        assert.ok(module[page.file]().endsWith(`/dist${page.script}`), module[page.file]());
      });
    });
  }

  it('warns once at start that reports are stored in the clear while there is no reports key', () => {
    const warnings = lines.filter((line) =>
      line.includes('stored in the clear until `palaute-collector reports init`'),
    );
    assert.equal(warnings.length, 1);
  });
});
