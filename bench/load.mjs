/** Part 1: a page loaded until its scale is visible and clickable, its heap and bytes; both pages interleaved. */
import { median } from './stats.mjs';

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

export async function loadOnce(browser, url, network) {
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

/**
 * Both pages `runs` times, interleaved, the first of each discarded; then the same over the slow
 * network, fewer runs (each load takes most of a second), a Swedish page too, and with `preload`
 * a page that preloads the widget's modules (dist/preload.json, issue 24).
 */
export async function measureLoads(browser, base, runs, preload = false) {
  const samples = { palaute: [], floor: [] };
  for (let run = 0; run < runs; run += 1) {
    const order = Object.keys(samples);
    for (const name of run % 2 ? order.reverse() : order) {
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
  const slowRuns = Math.max(5, Math.ceil(runs / 2));
  const slow = { palaute: [], 'palaute-sv': [], floor: [], ...(preload ? { 'palaute-preload': [] } : {}) };
  for (let run = 0; run < slowRuns; run += 1) {
    const order = Object.keys(slow);
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
  return { palaute, floor, slowNetwork };
}
