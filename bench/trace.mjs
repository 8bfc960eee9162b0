/**
 * `node bench/trace.mjs`: where the time before the NPS scale is visible goes, Palaute's page beside
 * the floor's. Loads each page TRACE_RUNS times (the first discarded) under a Chromium trace and
 * sums, from navigation to the scale visible, the main thread's work by kind; prints the medians.
 * Not a test: a profile for bench/RESULTS.md.
 */
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { buildFloor, startServer } from './server.mjs';
import { median } from './stats.mjs';

const RUNS = Number(process.env.TRACE_RUNS ?? 11);
const CATEGORIES = ['devtools.timeline', 'v8', 'blink', 'loading', 'disabled-by-default-devtools.timeline'];

/** Trace event names, grouped into what the issue asks about. */
const KINDS = {
  'parse HTML': ['ParseHTML'],
  'compile (parse + compile JS)': [
    'v8.compileModule',
    'v8.compile',
    'V8.CompileCode',
    'v8.parseOnBackground',
  ],
  'module evaluation': ['v8.evaluateModule'],
  'other script (tasks, microtasks, observers)': [
    'FunctionCall',
    'RunMicrotasks',
    'TimerFire',
    'EventDispatch',
  ],
  'style (recalc, adoption)': ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout'],
  'paint and composite': ['Paint', 'PrePaint', 'Layerize', 'UpdateLayer', 'Commit', 'CompositeLayers'],
};

const WATCH_VISIBLE = `(() => {
  const check = () => {
    const host = document.querySelector('palaute-nps, floor-nps');
    const radio = host?.shadowRoot?.querySelector('input[type="radio"]');
    const box = radio?.closest('label')?.getBoundingClientRect();
    if (box && box.width > 0) return (window.__visibleAt = performance.now());
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Self time of complete events on the renderer's main thread, per kind, before `endUs`. */
function analyse(events, url) {
  // The page's main thread is the one that marked the scale visible; time counts from the page's request.
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'visible');
  const { pid: rendererPid, tid, ts: end } = mark;
  const start = events.find((e) => e.name === 'ResourceSendRequest' && e.args.data.url === url).ts;
  const byKind = Object.fromEntries(Object.keys(KINDS).map((k) => [k, 0]));
  const onMain = events
    .filter((e) => e.pid === rendererPid && e.tid === tid && e.ph === 'X' && e.ts >= start && e.ts < end)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time: a kind's events minus what nested events of another kind took.
  const kindOf = (name) => Object.keys(KINDS).find((k) => KINDS[k].includes(name));
  const stack = [];
  for (const e of onMain) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const kind = kindOf(e.name);
    if (!kind) continue;
    const parent = stack.findLast((p) => kindOf(p.name));
    const clipped = Math.min(e.dur, end - e.ts);
    byKind[kind] += clipped;
    if (parent) byKind[kindOf(parent.name)] -= clipped;
    stack.push(e);
  }
  const busy = Object.values(byKind).reduce((a, b) => a + b, 0);
  // Scripts: each one's request sent before the scale showed, and when the last one finished.
  const scriptRequests = new Map();
  for (const e of events) {
    const data = e.args?.data;
    if (
      e.name === 'ResourceSendRequest' &&
      e.ts >= start &&
      e.ts < end &&
      data.url.endsWith('.js') &&
      data.url.startsWith(new URL(url).origin)
    ) {
      scriptRequests.set(data.requestId, data.url);
    }
  }
  let lastScriptDone = 0;
  for (const e of events) {
    if (e.name === 'ResourceFinish' && scriptRequests.has(e.args.data.requestId) && e.ts < end) {
      lastScriptDone = Math.max(lastScriptDone, e.ts - start);
    }
  }
  const scripts = new Set(scriptRequests.values()).size;
  return {
    url,
    visibleMs: (end - start) / 1000,
    lastScriptMs: lastScriptDone / 1000,
    scripts,
    busyMs: busy / 1000,
    ...Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v / 1000])),
  };
}

async function traceOnce(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(
    WATCH_VISIBLE.replace(
      '(window.__visibleAt = performance.now())',
      '(console.timeStamp("visible"), window.__visibleAt = performance.now())',
    ),
  );
  await page.tracing.start({ categories: CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__visibleAt !== undefined, { timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 100));
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  await context.close();
  return analyse(traceEvents, url);
}

const floorCode = await buildFloor();
const { server, base } = await startServer(floorCode);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: CHROME_ARGS });
try {
  const samples = { floor: [], palaute: [] };
  for (let run = 0; run < RUNS; run += 1) {
    for (const name of run % 2 ? ['floor', 'palaute'] : ['palaute', 'floor']) {
      const result = await traceOnce(browser, `${base}/${name}.html`);
      if (run > 0) samples[name].push(result);
    }
  }
  const keys = ['visibleMs', 'lastScriptMs', 'scripts', 'busyMs', ...Object.keys(KINDS)];
  console.log(`median of ${RUNS - 1} traced loads each (ms from navigation to the scale visible)`);
  console.log('|'.padEnd(1), 'what'.padEnd(44), '| floor    | Palaute  |');
  for (const key of keys) {
    const f = median(samples.floor.map((s) => s[key]));
    const p = median(samples.palaute.map((s) => s[key]));
    console.log(`| ${key.padEnd(44)} | ${f.toFixed(1).padStart(8)} | ${p.toFixed(1).padStart(8)} |`);
  }
} finally {
  await browser.close();
  server.close();
}
