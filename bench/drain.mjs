/** Part 3: answers queued offline, then the endpoint comes back: how long until all are delivered, once. */
import { enqueueInPage } from './durable.mjs';

export const QUEUED = 1000;

export async function drain(browser, base, received, cpuSlowdown) {
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
