/**
 * The dashboard as the collector serves it at / (same origin as the API, the inbox's strict CSP),
 * with the self-contained build (dist/dashboard/dashboard.js, built here), in Debian's Chromium:
 * the page loads under its CSP with nothing refused, signs in with a `results` token, shows the
 * numbers, is axe clean, and prints on A4 without its controls and without anything wider than
 * the page.
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { createCollector } from 'palaute-collector';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from '../../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const TOKEN = 'results-token-for-the-dashboard-page-test';
/** A4 at 96 px per inch less 15 mm margins on each side: the width a printed page has for content. */
const A4_CONTENT_PX = Math.floor(((210 - 30) / 25.4) * 96);

async function buildDashboard() {
  const output = await build({
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'dashboard',
    logLevel: 'silent',
    build: { write: false },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  assert.equal(chunks.length, 1, 'dist/dashboard/dashboard.js is one module');
  return chunks[0].code;
}

const npsAnswer = (score) => ({
  id: randomUUID(),
  kind: 'nps',
  schemaVersion: 1,
  createdAt: new Date().toISOString(),
  locale: 'fi',
  context: { unit: 'north', service: 'family-work', context: null, respondent: null },
  data: { score },
});

describe("the collector's dashboard page in Chromium", () => {
  let collector;
  let collectorUrl;
  let browser;
  let page;
  let dataDir;
  const refusals = [];
  const inside = (selector) => `palaute-dashboard >>> ${selector}`;
  const shadowText = () =>
    page.evaluate(() =>
      document.querySelector('palaute-dashboard').shadowRoot.textContent.replace(/\s+/g, ' '),
    );
  const waitForText = (text) =>
    page.waitForFunction(
      (wanted) =>
        document
          .querySelector('palaute-dashboard')
          .shadowRoot.textContent.replace(/\s+/g, ' ')
          .includes(wanted),
      { timeout: 20_000 },
      text,
    );
  const axe = () =>
    page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('palaute-dashboard'));
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
    });

  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'palaute-dashboard-page-'));
    const dashboardScript = join(dataDir, 'dashboard.js');
    writeFileSync(dashboardScript, await buildDashboard());
    collector = await createCollector({
      port: 0,
      dataDir: join(dataDir, 'db'),
      dashboardScript,
      tokens: [{ role: 'results', sha256: createHash('sha256').update(TOKEN).digest('hex') }],
      logLevel: 'warn',
    });
    collectorUrl = await collector.listen();
    for (const score of [10, 9, 8, 3, 10]) {
      const answer = npsAnswer(score);
      const response = await fetch(`${collectorUrl}/v1/answers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': answer.id },
        body: JSON.stringify(answer),
      });
      assert.equal(response.status, 201);
    }
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
    page = await browser.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
    });
    await page.goto(`${collectorUrl}/`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('palaute-dashboard')?.shadowRoot?.querySelector('#token'),
    );
  });

  after(async () => {
    await browser?.close();
    await collector?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads under its CSP in Finnish, signs in with the token typed, and shows the numbers', async () => {
    assert.equal(
      await page.$eval(inside('label[for="token"]'), (label) => label.textContent),
      'Tulosten käyttötunnus',
    );
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await waitForText('Results access token');
    await page.locator(inside('#token')).fill(TOKEN);
    await page.keyboard.press('Enter');
    await waitForText('Updated at');
    // 3 promoters, 1 passive, 1 detractor of 5: NPS +40.
    assert.match(await shadowText(), /north – family-work/);
    assert.match(await shadowText(), /\+40/);
    // The alerts and notes sections are in the built page, upgraded and in its language: the build
    // once dropped both, their define modules being taken for free of side effects.
    const headings = await page.waitForFunction(() => {
      const dashboard = document.querySelector('palaute-dashboard').shadowRoot;
      const texts = ['palaute-dashboard-alerts', 'palaute-dashboard-notes'].map((tag) =>
        dashboard.querySelector(tag)?.shadowRoot?.querySelector('h2')?.textContent?.trim(),
      );
      return texts.every(Boolean) && texts;
    });
    assert.deepEqual(await headings.jsonValue(), ['Alerts', 'You said, we did']);
    // Styles applied under style-src 'self': the frame has its padding (adoptedStyleSheets).
    const padding = await page.$eval(inside('.base'), (base) => getComputedStyle(base).paddingTop);
    assert.notEqual(padding, '0px');
    await page.evaluate(readFileSync(resolve(root, 'node_modules/axe-core/axe.min.js'), 'utf8'));
    assert.deepEqual(await axe(), []);
    assert.deepEqual(refusals, []);
  });

  it('shows Swedish with ?lang=sv in the address', async () => {
    const swedish = await browser.newPage();
    await swedish.goto(`${collectorUrl}/?lang=sv`, { waitUntil: 'load' });
    const label = await swedish.waitForFunction(
      () =>
        document.querySelector('palaute-dashboard')?.shadowRoot?.querySelector('label[for="token"]')
          ?.textContent,
    );
    assert.equal(await label.jsonValue(), 'Nyckel för resultaten');
    await swedish.close();
  });

  it('prints on A4: no controls, nothing wider than the page', async () => {
    await page.setViewport({ width: A4_CONTENT_PX, height: 1000 });
    await page.emulateMediaType('print');
    const hidden = await page.evaluate(() =>
      ['.filters', '.sign-out', '.status', 'palaute-dashboard-notes'].map(
        (selector) =>
          getComputedStyle(document.querySelector('palaute-dashboard').shadowRoot.querySelector(selector))
            .display,
      ),
    );
    assert.deepEqual(hidden, ['none', 'none', 'none', 'none']);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the printed page is as wide as A4',
    );
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // The @page rule's A4, 210 × 297 mm: 595 × 842 points (Chromium writes 594.96 × 841.92).
    const [, width, height] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(
      Buffer.from(pdf).toString('latin1'),
    );
    assert.deepEqual([Math.round(width), Math.round(height)], [595, 842]);
    await page.emulateMediaType(null);
  });
});
