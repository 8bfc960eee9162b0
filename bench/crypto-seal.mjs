/**
 * Time to seal a deviation report as the form does (`sealDeviationReport`: a 5,000-character
 * description, date, place, hope and contact details, the text and the contact sealed apart) in
 * Chromium with the CPU slowed 4× (Chrome DevTools Protocol `Emulation.setCPUThrottlingRate`):
 * the form's lazy module (src/elements/deviation-form/report-seal.ts, which checks the key, then
 * seals) bundled by esbuild, served from 127.0.0.1 (WebCrypto needs a secure context). The first
 * seal of a page is reported apart from the median of the next ones; the time to import the
 * module once, as the form does on its first send, apart too.
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
  entryPoints: [resolve(root, 'src/elements/deviation-form/report-seal.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
const module = bundled.outputFiles[0].text;
// Making the organisation's key is not the form's work: a bundle of its own.
const keys = (
  await build({
    entryPoints: [resolve(root, 'src/crypto/report-key.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  })
).outputFiles[0].text;
const server = createServer((req, res) => {
  if (req.url === '/crypto.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(module);
  } else if (req.url === '/keys.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(keys);
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
    async (origin, runs) => {
      const { exportReportPublicKey, generateReportKeyPair } = await import(`${origin}/keys.js`);
      const keyPair = await generateReportKeyPair();
      const reportKey = await exportReportPublicKey(keyPair.publicKey);
      const description = 'Lapsen ääntä ei kuultu, eikä hänelle kerrottu päätöksestä. '
        .repeat(90)
        .slice(0, 5000);
      /** A full DeviationReportData, as the form hands it over. */
      const report = {
        reporterRole: 'parent-or-relative',
        category: 'rights',
        description,
        occurredAt: '2026-11-20',
        location: 'Leppävaaran perhekoti',
        harm: 'unknown',
        hopedOutcome: 'Että joku soittaa minulle ja asiasta puhutaan lapsen kanssa.',
        anonymous: false,
        contact: {
          name: 'Maija Meikäläinen',
          email: 'maija@example.fi',
          phone: '040 123 4567',
          consent: true,
        },
      };
      const importStart = performance.now();
      const { sealReport } = await import(`${origin}/crypto.js`);
      const importMs = performance.now() - importStart;
      const times = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await sealReport(reportKey, crypto.randomUUID(), report);
        times.push(performance.now() - start);
      }
      return { times, importMs, bytes: new TextEncoder().encode(JSON.stringify(report)).length };
    },
    origin,
    runs,
  );
  const [first, ...rest] = result.times;
  rest.sort((a, b) => a - b);
  const median = rest[Math.floor(rest.length / 2)];
  console.log(
    `${await browser.version()}, CPU slowed ${rate}×, a named report with a 5,000-character description (${result.bytes} bytes of JSON), sealDeviationReport as the form calls it:`,
  );
  console.log(
    `  import of the module ${result.importMs.toFixed(1)} ms (served locally); first seal ${first.toFixed(1)} ms; median of the next ${rest.length} ${median.toFixed(1)} ms (min ${rest[0].toFixed(1)}, max ${rest.at(-1).toFixed(1)})`,
  );
} finally {
  await browser.close();
  server.close();
}
