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
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { drain } from './drain.mjs';
import { enqueueToDurable, tapToDurable } from './durable.mjs';
import { measureLoads } from './load.mjs';
import { printResults } from './report.mjs';
import { buildFloor, startServer } from './server.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 11);

if (!existsSync(join(root, 'dist/palaute.js'))) {
  console.error('dist/palaute.js is missing: run `npm run build` first.');
  process.exit(1);
}

const floorCode = await buildFloor();
const { server, received, base } = await startServer(floorCode);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const preload = existsSync(join(root, 'dist/preload.json'));
  const { palaute, floor, slowNetwork } = await measureLoads(browser, base, RUNS, preload);
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
  printResults(results);
} finally {
  await browser.close();
  server.close();
}
