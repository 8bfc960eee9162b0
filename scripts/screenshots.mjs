/**
 * Screenshots for the README, taken from the built dist/palaute.js on a plain page:
 * `npm run build && npm run screenshots` writes docs/screenshots/*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'docs/screenshots');
const bundle = readFileSync(resolve(root, 'dist/palaute.js'));
const survey = readFileSync(resolve(root, 'dist/surveys/safety-5-8.json'));

const page = (body) => `<!doctype html><html lang="fi"><head><meta charset="utf-8">
<style>body { font-family: system-ui, sans-serif; margin: 0; padding: 16px; background: #fff; width: 640px; }</style>
<script type="module" src="/palaute.js"></script></head><body>${body}</body></html>`;

const shots = {
  nps: page('<palaute-nps endpoint="/api" unit="demo" comment></palaute-nps>'),
  'emoji-survey': page(
    '<palaute-emoji-survey endpoint="/api" unit="demo" src="/survey.json"></palaute-emoji-survey>',
  ),
  'deviation-form': page(
    '<palaute-deviation-form endpoint="/api" unit="demo" privacy-url="/privacy"></palaute-deviation-form>',
  ),
};

const server = createServer((req, res) => {
  const name = req.url.slice(1);
  if (name === 'palaute.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(bundle);
  if (name === 'survey.json') return res.writeHead(200, { 'Content-Type': 'application/json' }).end(survey);
  if (shots[name]) return res.writeHead(200, { 'Content-Type': 'text/html' }).end(shots[name]);
  res.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  mkdirSync(out, { recursive: true });
  const tab = await browser.newPage();
  await tab.setViewport({ width: 672, height: 900, deviceScaleFactor: 1 });
  for (const name of Object.keys(shots)) {
    await tab.goto(`http://127.0.0.1:${server.address().port}/${name}`, { waitUntil: 'networkidle0' });
    const element = await tab.waitForSelector(`palaute-${name}`);
    await tab.waitForFunction(
      (tag) => document.querySelector(tag).shadowRoot?.querySelector('input'),
      {},
      `palaute-${name}`,
    );
    await element.screenshot({ path: resolve(out, `${name}.png`) });
    console.log(`docs/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  server.close();
}
