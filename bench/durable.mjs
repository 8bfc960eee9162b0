/** Part 2: tap → answer durable in IndexedDB, on Palaute and on the floor, and Palaute's enqueue() alone. */
import { median, percentile } from './stats.mjs';

const TAPS = 200;

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
export async function tapToDurable(browser, base, name) {
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
export async function enqueueInPage(count, pauseMs) {
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
export async function enqueueToDurable(browser, base) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${base}/palaute.html`, { waitUntil: 'load' });
  const times = await page.evaluate(enqueueInPage, TAPS, 50);
  await context.close();
  return { p50: median(times), p95: percentile(times, 95), n: times.length };
}
