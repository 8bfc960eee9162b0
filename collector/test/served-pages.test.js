/** /inbox: a page and a script anyone may load, under a CSP that allows only this collector. */
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

function assertStrictHeaders(headers) {
  assert.equal(headers.get('content-security-policy'), CSP);
  assert.equal(headers.get('x-content-type-options'), 'nosniff');
  assert.equal(headers.get('referrer-policy'), 'no-referrer');
}

describe(`the inbox page [${STORAGE}]`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'palaute-inbox-'));
  const script = join(dir, 'inbox.js');
  const SCRIPT_TEXT = 'customElements.define("palaute-report-inbox", class extends HTMLElement {});\n';
  let server;
  let missing;
  const lines = [];
  before(async () => {
    writeFileSync(script, SCRIPT_TEXT);
    server = await startCollector({ inboxScript: script });
    missing = await startCollector({
      inboxScript: join(dir, 'not-built.js'),
      logLevel: 'warn',
      logDestination: { write: (line) => lines.push(line) },
    });
  });
  after(async () => {
    await server?.stop();
    await missing?.stop();
  });

  it('serves the page without a token, in Finnish, with the element and its script', async () => {
    const response = await fetch(`${server.url}/inbox`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/html; charset=utf-8/);
    assertStrictHeaders(response.headers);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    const html = await response.text();
    assert.match(html, /<html lang="fi">/);
    assert.match(html, /<palaute-report-inbox><\/palaute-report-inbox>/);
    assert.match(html, /<script type="module" src="\/inbox\/inbox.js"><\/script>/);
    assert.equal(html.match(/<script/g).length, 1, 'no other script, no inline script');
  });

  it('serves the inbox script from the package as JavaScript, with the same headers', async () => {
    const response = await fetch(`${server.url}/inbox/inbox.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/javascript/);
    assertStrictHeaders(response.headers);
    assert.equal(await response.text(), SCRIPT_TEXT);
  });

  it('answers 404 saying the inbox is not built, and warned of it at start', async () => {
    const response = await fetch(`${missing.url}/inbox/inbox.js`);
    assert.equal(response.status, 404);
    const body = await response.json();
    assert.match(body.error, /inbox is not built/);
    const warnings = lines.filter((line) => line.includes('reports inbox is not built'));
    assert.equal(warnings.length, 1);
  });

  it('warns once at start that reports are stored in the clear while there is no reports key', () => {
    const warnings = lines.filter((line) =>
      line.includes('stored in the clear until `palaute-collector reports init`'),
    );
    assert.equal(warnings.length, 1);
  });

  it('finds the built inbox in the installed palaute package by default', async () => {
    const { inboxScriptFile } = await import('../dist/http/inbox-page.js');
    assert.match(inboxScriptFile(), /\/dist\/inbox\/inbox\.js$/);
  });
});
