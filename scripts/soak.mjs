/**
 * `npm run soak`: the outbox against an endpoint that keeps failing, for a set time, in a real
 * browser. Not part of the tests: it takes minutes and prints figures rather than passing or failing.
 *
 * A local endpoint (loopback only) cycles up, down (connection cut), slow (2–8 s), 500 and 429
 * with Retry-After, while three tabs of one headless Chromium give answers. Then it stays up, and
 * the soak waits until every answer given is delivered. It prints answers given, delivered,
 * duplicated (an id accepted twice by the endpoint), lost, the longest wait from answer to
 * delivery, and the drain time after recovery. Goal: 0 lost, 0 duplicated, drain ≤ 2 s.
 *
 *   npm run soak                        10 minutes of flapping
 *   npm run soak -- --minutes 2         a shorter run
 *   npm run soak -- --drain 1000        1,000 answers given while the endpoint fails, then it
 *                                       comes up: how long until all are delivered
 *   npm run soak -- --floor 1000        the floor under that figure on this machine: 1,000 plain
 *                                       fetches to the same endpoint, six at a time, no outbox
 * Options: --phase-seconds 20 (length of each endpoint state), --per-minute 30 (answers per tab).
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findChrome } from './find-chrome.mjs';

const { values: args } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'phase-seconds': { type: 'string', default: '20' },
    'per-minute': { type: 'string', default: '30' },
    drain: { type: 'string' },
    floor: { type: 'string' },
  },
});
const TABS = 3;
const PHASES = ['up', 'down', 'slow', '500', '429'];
const root = resolve(import.meta.dirname, '..');

// The current source, not a possibly stale dist/: the soak tests what is in the working tree.
const { outputFiles } = await esbuild.build({
  entryPoints: [resolve(root, 'src/delivery/index.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  target: 'es2022',
});
const coreJs = outputFiles[0].text;

const PAGE = `<!doctype html><meta charset="utf-8"><title>soak</title><script type="module">
  import { Outbox, createEnvelope } from '/core.js';
  const outbox = new Outbox().start();
  window.soak = {
    async give() {
      const envelope = createEnvelope('nps', { score: Math.floor(Math.random() * 11) }, 'fi',
        { unit: 'soak', service: null, context: null, respondent: null });
      const { durable } = await outbox.enqueue(envelope, '/answers');
      return { id: envelope.id, at: Date.now(), durable };
    },
    pendingCount: () => outbox.pendingCount(),
  };
  window.soakReady = true;
</script>`;

/** The endpoint's state, and what reached it. */
let state = 'up';
const accepted = new Map(); // id → time of its first 2xx
let duplicated = 0;
let requests = 0;
const firstAcceptAfter = { since: Infinity, at: undefined };

const server = createServer(async (req, res) => {
  if (req.method === 'GET' && req.url === '/') return send(res, 200, 'text/html', PAGE);
  if (req.method === 'GET' && req.url === '/core.js') return send(res, 200, 'text/javascript', coreJs);
  if (req.method !== 'POST' || req.url !== '/answers') return send(res, 404, 'text/plain', 'not here');
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  requests += 1;
  const id = JSON.parse(Buffer.concat(chunks).toString('utf8')).id;
  const answering = state;
  if (answering === 'down') return req.socket.destroy();
  if (answering === '500') return send(res, 500, 'text/plain', 'failing');
  if (answering === '429') return send(res, 429, 'text/plain', 'busy', { 'Retry-After': '5' });
  if (answering === 'slow') await new Promise((r) => setTimeout(r, 2000 + Math.random() * 6000));
  if (res.destroyed) return undefined;
  if (accepted.has(id)) duplicated += 1;
  else accepted.set(id, Date.now());
  if (Date.now() >= firstAcceptAfter.since && firstAcceptAfter.at === undefined)
    firstAcceptAfter.at = Date.now();
  return send(res, 201, 'application/json', JSON.stringify({ received: id }));
});

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body);
}

await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: CHROME_ARGS,
});
const pages = [];
for (let i = 0; i < TABS; i += 1) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`tab ${i + 1}:`, error.message));
  await page.goto(origin);
  await page.waitForFunction('window.soakReady === true');
  pages.push(page);
}

const given = new Map(); // id → time given
let memoryOnly = 0;
async function give(page) {
  const answer = await page.evaluate(() => window.soak.give());
  given.set(answer.id, answer.at);
  if (!answer.durable) memoryOnly += 1;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

async function pendingEverywhere() {
  // Every tab reads the same IndexedDB; one is enough, but ask them all to notice a stuck tab.
  const counts = await Promise.all(pages.map((p) => p.evaluate(() => window.soak.pendingCount())));
  return Math.max(...counts);
}

/** Endpoint up from now: waits until everything given is accepted (or `limitMs` passes). */
async function recover(limitMs) {
  state = 'up';
  const upAt = Date.now();
  firstAcceptAfter.since = upAt;
  firstAcceptAfter.at = undefined;
  while (Date.now() - upAt < limitMs) {
    if ([...given.keys()].every((id) => accepted.has(id))) break;
    await sleep(20);
  }
  const lastAt = Math.max(...[...given.keys()].map((id) => accepted.get(id) ?? 0));
  return { upAt, firstAt: firstAcceptAfter.at, lastAt };
}

function report({ upAt, firstAt, lastAt }) {
  const lost = [...given.keys()].filter((id) => !accepted.has(id));
  const waits = [...given].filter(([id]) => accepted.has(id)).map(([id, at]) => accepted.get(id) - at);
  console.log('');
  console.log(`answers given        ${given.size} (${memoryOnly} kept in memory only)`);
  console.log(`delivered            ${given.size - lost.length}`);
  console.log(`duplicated           ${duplicated} (ids the endpoint accepted more than once)`);
  console.log(`lost                 ${lost.length}`);
  console.log(`requests             ${requests}`);
  console.log(`longest wait         ${seconds(Math.max(0, ...waits))} (answer given → accepted)`);
  if (firstAt !== undefined) {
    console.log(`first 2xx after up   ${seconds(firstAt - upAt)}`);
    console.log(`drain after recovery ${seconds(lastAt - firstAt)} (first 2xx → last answer accepted)`);
  } else {
    console.log('nothing was waiting at recovery');
  }
}

try {
  if (args.floor) {
    const ms = await pages[0].evaluate(async (count) => {
      const start = performance.now();
      let next = 0;
      const worker = async () => {
        for (; next < count; next += 1) {
          const body = JSON.stringify({ id: crypto.randomUUID() });
          await (await fetch('/answers', { method: 'POST', body })).text();
        }
      };
      await Promise.all(Array.from({ length: 6 }, worker));
      return performance.now() - start;
    }, Number(args.floor));
    console.log(`${args.floor} plain fetches, six at a time: ${seconds(ms)}`);
  } else if (args.drain) {
    const count = Number(args.drain);
    state = '500';
    console.log(`giving ${count} answers from ${TABS} tabs while the endpoint answers 500 …`);
    await Promise.all(
      pages.map(async (page, tab) => {
        for (let i = tab; i < count; i += TABS) await give(page);
      }),
    );
    // Every answer has failed once and waits for its own retry.
    while (requests < count) await sleep(50);
    console.log(`${count} answers waiting (pending: ${await pendingEverywhere()}); the endpoint comes up`);
    report(await recover(5 * 60_000));
  } else {
    const totalMs = Number(args.minutes) * 60_000;
    const phaseMs = Number(args['phase-seconds']) * 1000;
    const gapMs = 60_000 / Number(args['per-minute']);
    const start = Date.now();
    console.log(`${args.minutes} min of ${PHASES.join(' → ')} (${phaseMs / 1000} s each), ${TABS} tabs …`);
    const phases = (async () => {
      for (let i = 0; Date.now() - start < totalMs; i += 1) {
        const last = totalMs - (Date.now() - start) <= phaseMs;
        // The run ends failing, so that the recovery after it has answers waiting to drain.
        state = last && PHASES[i % PHASES.length] === 'up' ? 'down' : PHASES[i % PHASES.length];
        process.stdout.write(`${state} `);
        await sleep(Math.min(phaseMs, totalMs - (Date.now() - start)));
      }
    })();
    await Promise.all(
      pages.map(async (page) => {
        while (Date.now() - start < totalMs) {
          await give(page);
          await sleep(gapMs * (0.5 + Math.random()));
        }
      }),
    );
    await phases;
    console.log(`\nflapping over; the endpoint stays up (pending: ${await pendingEverywhere()})`);
    report(await recover(12 * 60_000));
  }
} finally {
  await browser.close();
  server.close();
}
