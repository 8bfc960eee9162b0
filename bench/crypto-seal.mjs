/**
 * Time to seal a 5,000-character deviation report in Chromium with the CPU slowed 4× (Chrome
 * DevTools Protocol `Emulation.setCPUThrottlingRate`): the report crypto (src/crypto/) bundled by
 * esbuild, served from 127.0.0.1 (WebCrypto needs a secure context). The first seal of a page is
 * reported apart from the median of the next ones.
 *
 *   node bench/crypto-seal.mjs [--rate 4] [--runs 21]
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../scripts/find-browsers.mjs';

const { values } = parseArgs({
  options: { rate: { type: 'string', default: '4' }, runs: { type: 'string', default: '21' } },
});
const rate = Number(values.rate);
const runs = Number(values.runs);
const root = resolve(import.meta.dirname, '..');

const bundled = await build({
  entryPoints: [resolve(root, 'src/crypto/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
const module = bundled.outputFiles[0].text;
const server = createServer((req, res) => {
  if (req.url === '/crypto.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(module);
  } else {
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>seal</title>');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(origin);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const result = await page.evaluate(
    async (url, runs) => {
      const { exportReportPublicKey, generateReportKeyPair, sealReport } = await import(url);
      const keyPair = await generateReportKeyPair();
      const publicKeyJwk = await exportReportPublicKey(keyPair.publicKey);
      const description = 'Lapsen ääntä ei kuultu, eikä hänelle kerrottu päätöksestä. '
        .repeat(90)
        .slice(0, 5000);
      const report = { description, hopedOutcome: 'Että joku soittaa minulle.', occurredAt: '2026-11-20' };
      const times = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        // What the form will do: JSON, UTF-8, seal.
        const bytes = new TextEncoder().encode(JSON.stringify(report));
        await sealReport(publicKeyJwk, bytes, { envelopeId: crypto.randomUUID(), kind: 'deviation-report' });
        times.push(performance.now() - start);
      }
      return { times, bytes: new TextEncoder().encode(JSON.stringify(report)).length };
    },
    `${origin}/crypto.js`,
    runs,
  );
  const [first, ...rest] = result.times;
  rest.sort((a, b) => a - b);
  const median = rest[Math.floor(rest.length / 2)];
  console.log(
    `${await browser.version()}, CPU slowed ${rate}×, a 5,000-character report (${result.bytes} bytes of JSON):`,
  );
  console.log(
    `  first seal ${first.toFixed(1)} ms; median of the next ${rest.length} ${median.toFixed(1)} ms (min ${rest[0].toFixed(1)}, max ${rest.at(-1).toFixed(1)})`,
  );
} finally {
  await browser.close();
  server.close();
}
