import { expect, fixture, html } from '@open-wc/testing';
import { testOutbox } from './outbox.js';

/**
 * The first IndexedDB open and the first axe run in a new page can take seconds in WebKit on a busy
 * machine. A file whose first test would pay for them inside its time limit (and whose assertions
 * assume a page that has started) calls this in `before`: what it tests is the widget, not the
 * engine's start-up. A big file got this for free from the tests that ran before.
 */
export async function warmUpPage(): Promise<void> {
  await testOutbox().isDurable();
  await expect(await fixture(html`<p lang="en">Ready</p>`)).to.be.accessible();
}
