/**
 * `npm run bench`: Palaute's one-question NPS page beside the bare Lit floor (bench/floor), in
 * headless Chromium on loopback. Not a test: it prints figures and writes bench/results.json.
 *
 * 1. Both pages loaded interleaved (RUNS times, the first of each discarded): navigation → scale
 *    visible and clickable, JS heap after GC, bytes fetched (gzip on the wire); as ratios to the floor.
 *    Then the time to visible again over an emulated slow network (100 ms latency), where each
 *    round trip shows, also for a Swedish page (its messages are a chunk of their own).
 * 2. Tap → answer durable in IndexedDB (`palaute-answer` fires only after the write), p50/p95 over
 *    200 answers; the same taps on the floor (its event follows idb-keyval's `set()`), and
 *    Palaute's `enqueue()` → durable with no tap (the outbox's own part).
 * 3. Palaute only: 1,000 answers queued offline, then the endpoint comes back: time to drain,
 *    requests made, delivered and duplicated; again with the CPU slowed 4× (a cheap tablet).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const TAPS = 200;
const QUEUED = 1000;

if (!existsSync(join(root, 'dist/palaute.js'))) {
  console.error('dist/palaute.js is missing: run `npm run build` first.');
  process.exit(1);
}

async function buildFloor() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(import.meta.dirname, 'floor/floor-nps.ts'), formats: ['es'] },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)[0].code;
}

const palautePage = (
  lang,
) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Palaute</title>
<script type="module" src="/dist/palaute.js"></script></head>
<body><palaute-nps endpoint="/answers" unit="bench" service="nps"></palaute-nps></body></html>`;
const PAGES = {
  palaute: palautePage('fi'),
  // Swedish: the widget waits for its Swedish messages, a chunk of their own, before it renders.
  'palaute-sv': palautePage('sv'),
  floor: `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Floor</title>
<script type="module" src="/floor.js"></script></head>
<body><floor-nps endpoint="/answers"></floor-nps></body></html>`,
};

/** Loopback server: the pages, gzipped scripts, and an endpoint that counts what arrives. */
function startServer(floorCode) {
  const received = { requests: 0, ids: new Map() };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/answers') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.requests += 1;
        const id = JSON.parse(body).id;
        received.ids.set(id, (received.ids.get(id) ?? 0) + 1);
        res.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
      });
      return;
    }
    const page = PAGES[url.pathname.slice(1).replace('.html', '')];
    if (page) return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    let code;
    if (url.pathname === '/floor.js') code = floorCode;
    else if (url.pathname.startsWith('/dist/') && extname(url.pathname) === '.js') {
      const file = join(root, url.pathname);
      if (file.startsWith(join(root, 'dist')) && existsSync(file)) code = readFileSync(file);
    }
    if (!code) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Encoding': 'gzip' })
      .end(gzipSync(code, { level: 9 }));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, received, base: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

// Records when the first radio of the widget is laid out and is what a tap there would hit.
const WATCH_VISIBLE = `(() => {
  const check = () => {
    const host = document.querySelector('palaute-nps, floor-nps');
    const radio = host?.shadowRoot?.querySelector('input[type="radio"]');
    const box = radio?.closest('label')?.getBoundingClientRect();
    if (box && box.width > 0) {
      const hit = host.shadowRoot.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      if (hit && radio.closest('label').contains(hit)) return (window.__visibleAt = performance.now());
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** A phone on a weak mobile connection: where round trips, not bytes alone, decide. */
const SLOW_NETWORK = { offline: false, latency: 100, downloadThroughput: 200_000, uploadThroughput: 100_000 };

async function loadOnce(browser, url, network) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', network);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  await page.evaluateOnNewDocument(WATCH_VISIBLE);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__visibleAt !== undefined, { timeout: 30_000 });
  const visibleMs = await page.evaluate(() => window.__visibleAt);
  // Let the outbox's start-up flush and any late chunk settle before the heap is read.
  await new Promise((r) => setTimeout(r, 300));
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { visibleMs, heapBytes: usedSize, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** The two pages' widgets: where to tap, and the event each fires once the answer is in IndexedDB. */
const WIDGETS = {
  palaute: {
    tag: 'palaute-nps',
    option: 'label.option:nth-of-type(9)',
    send: 'button[type="submit"]',
    durableEvent: 'palaute-answer',
  },
  floor: { tag: 'floor-nps', option: 'label:nth-of-type(9)', send: 'button', durableEvent: 'floor-answer' },
};

/**
 * Tap on Send → the widget's event saying the answer is in IndexedDB, TAPS times. The floor is
 * measured the same way: in Chromium the transaction's completion waits behind the frame that the
 * tap itself causes, so the floor's figure shows what any page pays for a tap.
 */
async function tapToDurable(browser, base, name) {
  const { tag, option, send, durableEvent } = WIDGETS[name];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/${name}.html`, { waitUntil: 'load' });
  await page.waitForSelector(`${tag} >>> ${option}`);
  await page.evaluate(
    (tag, durableEvent) => {
      const el = document.querySelector(tag);
      window.__durable = [];
      el.addEventListener(durableEvent, () => window.__durable.push(performance.now() - window.__tapAt));
      // The tap is the click on Send, taken before the widget's own handler runs.
      el.shadowRoot.addEventListener('click', () => (window.__tapAt = performance.now()), true);
    },
    tag,
    durableEvent,
  );
  for (let i = 0; i < TAPS; i += 1) {
    await page.click(`${tag} >>> ${option}`);
    await page.click(`${tag} >>> ${send}`);
    await page.waitForFunction((n) => window.__durable.length === n, {}, i + 1);
    // The floor keeps its form as it is; Palaute's thank-you is left for a new round.
    await page.evaluate((tag) => document.querySelector(tag).reset?.(), tag);
  }
  const times = await page.evaluate(() => window.__durable);
  await context.close();
  return { p50: median(times), p95: percentile(times, 95), n: times.length };
}

/**
 * Runs in the page: `count` NPS answers into the page's outbox, `pauseMs` apart; resolves to how
 * long each `enqueue()` took (to durable in IndexedDB).
 */
async function enqueueInPage(count, pauseMs) {
  const outbox = await (await import('/dist/palaute.js')).getOutbox();
  const context = { unit: 'bench', service: 'nps', context: null, respondent: null };
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const envelope = {
      id: crypto.randomUUID(),
      kind: 'nps',
      schemaVersion: 1,
      createdAt: new Date().toISOString(),
      locale: 'fi',
      context,
      data: { score: i % 11 },
    };
    const started = performance.now();
    await outbox.enqueue(envelope, '/answers');
    times.push(performance.now() - started);
    if (pauseMs > 0) await new Promise((r) => setTimeout(r, pauseMs));
  }
  return times;
}

/** Palaute's outbox alone, no tap: `enqueue()` → stored in IndexedDB, TAPS times, 50 ms apart. */
async function enqueueToDurable(browser, base) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/palaute.html`, { waitUntil: 'load' });
  const times = await page.evaluate(enqueueInPage, TAPS, 50);
  await context.close();
  return { p50: median(times), p95: percentile(times, 95), n: times.length };
}

async function drain(browser, base, received, cpuSlowdown) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await page.goto(`${base}/palaute.html`, { waitUntil: 'load' });
  // The loader's import of the outbox's chunk need not have finished by `load`: finish it before going offline.
  await page.evaluate(() => import('/dist/palaute.js').then((loader) => loader.getOutbox()));
  await page.setOfflineMode(true);
  await page.evaluate(enqueueInPage, QUEUED, 0);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  received.requests = 0;
  received.ids.clear();
  const started = Date.now();
  await page.setOfflineMode(false);
  while (received.ids.size < QUEUED && Date.now() - started < 120_000)
    await new Promise((r) => setTimeout(r, 20));
  const drainMs = Date.now() - started;
  const duplicated = [...received.ids.values()].filter((n) => n > 1).length;
  await context.close();
  return { drainMs, requests: received.requests, delivered: received.ids.size, duplicated, cpuSlowdown };
}

const floorCode = await buildFloor();
const { server, received, base } = await startServer(floorCode);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const samples = { palaute: [], floor: [] };
  for (let run = 0; run < RUNS; run += 1) {
    for (const name of run % 2 ? ['floor', 'palaute'] : ['palaute', 'floor']) {
      const sample = await loadOnce(browser, `${base}/${name}.html`);
      if (run > 0) samples[name].push(sample);
    }
  }
  const summary = (name) => ({
    visibleMs: median(samples[name].map((s) => s.visibleMs)),
    heapBytes: median(samples[name].map((s) => s.heapBytes)),
    bytes: median(samples[name].map((s) => s.bytes)),
  });
  const palaute = summary('palaute');
  const floor = summary('floor');
  // The same pages over a slow network, fewer runs (each load takes most of a second).
  const slowRuns = Math.max(5, Math.ceil(RUNS / 2));
  const slow = { palaute: [], 'palaute-sv': [], floor: [] };
  for (let run = 0; run < slowRuns; run += 1) {
    const order = ['palaute', 'palaute-sv', 'floor'];
    for (const name of run % 2 ? order.reverse() : order) {
      const sample = await loadOnce(browser, `${base}/${name}.html`, SLOW_NETWORK);
      if (run > 0) slow[name].push(sample.visibleMs);
    }
  }
  const slowNetwork = {
    conditions: SLOW_NETWORK,
    runs: slowRuns - 1,
    visibleMs: Object.fromEntries(Object.entries(slow).map(([name, times]) => [name, median(times)])),
  };
  const taps = await tapToDurable(browser, base, 'palaute');
  const floorTaps = await tapToDurable(browser, base, 'floor');
  const enqueued = await enqueueToDurable(browser, base);
  const drained = await drain(browser, base, received, 1);
  const drainedSlow = await drain(browser, base, received, 4);
  const results = {
    date: new Date().toISOString(),
    runs: RUNS - 1,
    chromium: await browser.version(),
    load: { palaute, floor },
    ratios: {
      visible: palaute.visibleMs / floor.visibleMs,
      heap: palaute.heapBytes / floor.heapBytes,
      bytes: palaute.bytes / floor.bytes,
    },
    slowNetwork,
    tapToDurableMs: taps,
    floorTapToDurableMs: floorTaps,
    enqueueToDurableMs: enqueued,
    drain: [drained, drainedSlow],
  };
  writeFileSync(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const f = (x, d = 1) => x.toFixed(d);
  console.log(`\nOne NPS question, median of ${RUNS - 1} interleaved loads (${results.chromium}, loopback)`);
  console.log('| measure | floor | Palaute | ratio | goal |\n| --- | --- | --- | --- | --- |');
  console.log(
    `| navigation → scale visible and clickable | ${f(floor.visibleMs)} ms | ${f(palaute.visibleMs)} ms | ${f(results.ratios.visible, 2)}× | ≤ 1.05× |`,
  );
  console.log(
    `| JS heap after GC | ${f(floor.heapBytes / 1e6, 2)} MB | ${f(palaute.heapBytes / 1e6, 2)} MB | ${f(results.ratios.heap, 2)}× | ≤ 1.1× |`,
  );
  console.log(
    `| bytes fetched (gzip, with the HTML) | ${f(floor.bytes / 1024)} KB | ${f(palaute.bytes / 1024)} KB | ${f(results.ratios.bytes, 2)}× | |`,
  );
  const sv = slowNetwork.visibleMs;
  console.log(
    `\nOver a slow network (100 ms latency, 1.6 Mbit/s down), median of ${slowNetwork.runs}: scale visible, floor ${f(sv.floor)} ms, Palaute ${f(sv.palaute)} ms (${f(sv.palaute / sv.floor, 2)}×), Palaute on a Swedish page ${f(sv['palaute-sv'])} ms`,
  );
  console.log(
    `\nTap → envelope durable in IndexedDB (${taps.n} answers): p50 ${f(taps.p50, 2)} ms, p95 ${f(taps.p95, 2)} ms (goal p50 ≤ 5 ms)`,
  );
  console.log(
    `  the floor, same taps: p50 ${f(floorTaps.p50, 2)} ms, p95 ${f(floorTaps.p95, 2)} ms; Palaute's enqueue() → durable with no tap: p50 ${f(enqueued.p50, 2)} ms, p95 ${f(enqueued.p95, 2)} ms`,
  );
  for (const d of results.drain) {
    console.log(
      `${QUEUED} answers queued offline, CPU ${d.cpuSlowdown}×: drained in ${f(d.drainMs / 1000, 2)} s with ${d.requests} requests; ${d.delivered} delivered, ${d.duplicated} duplicated (goal ≤ 5 s at 1×)`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
