/**
 * Issue 20, the form's part: the receipt code is shown once after sending (16 digits, grouped,
 * spelt digit by digit for screen readers) and kept nowhere but the element's memory: not in
 * IndexedDB (every database, every store), localStorage, sessionStorage, cookies, the URL, the
 * `palaute-answer` event or the console; the kiosk reset drops it from the DOM. A malformed code
 * typed to follow a report is named in words and makes no request. (Against a running collector:
 * test/deviation-form/receipt-follow-up.node.test.mjs.)
 */
import { expect, oneEvent } from '@open-wc/testing';
import { reportReceiptSchema, type Envelope } from '../../../src/schema/index.js';
import { $, fillValid, renderForm, root, send, setValue } from '../../support/deviation-form-driver.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { press } from '../../support/input.js';
import { disposeTestOutboxes, readEveryStore } from '../../support/outbox.js';
import { warmUpPage } from '../../support/warm-up.js';

/** Every console line written until `restore()`, of every level. */
function captureConsole() {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((name) => console[name]);
  const messages: string[] = [];
  for (const name of methods)
    console[name] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return {
    messages,
    restore: () => methods.forEach((name, i) => (console[name] = originals[i]!)),
  };
}

const CODE = /^\d{4} \d{4} \d{4} \d{4}$/;

/** Everything this page's origin could keep, as one string. */
async function everythingKept(): Promise<string> {
  const databases = (await indexedDB.databases?.()) ?? [];
  const stored = await Promise.all(databases.map(({ name }) => (name ? readEveryStore(name) : [])));
  const web = (storage: Storage) => Object.entries({ ...storage });
  // Other test files leave databases of their own on this origin, some with BigInt values.
  const anyValue = (_key: string, value: unknown) => (typeof value === 'bigint' ? String(value) : value);
  return JSON.stringify(
    {
      stored,
      local: web(localStorage),
      session: web(sessionStorage),
      cookie: document.cookie,
      url: location.href,
      history: history.state,
    },
    anyValue,
  );
}

const contains = (haystack: string, code: string) =>
  haystack.includes(code) || haystack.includes(code.replace(/ /g, ''));

const shownCode = (el: Element) =>
  root(el).querySelector('.code [aria-hidden="true"]')?.textContent?.trim() ?? '';

describe('<palaute-deviation-form>: the receipt code', () => {
  before(warmUpPage);
  afterEach(disposeTestOutboxes);

  it('shows a 16-digit code once, kept nowhere but in the DOM of the receipt', async () => {
    const written = captureConsole();
    const endpoint = await TestEndpoint.create([], { status: 201 });
    const { el } = await renderForm(endpoint);
    await fillValid(el);
    const answered = oneEvent(el, 'palaute-answer');
    await send(el);
    const envelope = (await answered).detail as Envelope;
    await waitFor(() => root(el).querySelector('.code'), 'the receipt code');
    const code = shownCode(el);
    expect(code).to.match(CODE);
    // Read aloud digit by digit, groups apart.
    expect(root(el).querySelector('.code .sr-only')!.textContent).to.equal(
      code
        .split(' ')
        .map((group) => [...group].join(' '))
        .join(', '),
    );
    expect(root(el).textContent).to.contain(
      'Kirjoita koodi muistiin: se on ainoa tapa palata ilmoitukseesi.',
    );
    // The receipt travels in the report, the code does not.
    const receipt = (envelope.data as { receipt?: unknown }).receipt;
    expect(reportReceiptSchema.safeParse(receipt).success, 'data.receipt').to.equal(true);
    expect(contains(JSON.stringify(envelope), code), 'the palaute-answer event').to.equal(false);
    const [request] = await endpoint.waitForRequests(1);
    expect(contains(JSON.stringify(request!.body), code), 'the POST body').to.equal(false);
    expect(contains(await everythingKept(), code), 'storage, cookies, URL').to.equal(false);
    expect(
      written.messages.some((line) => contains(line, code)),
      'the console',
    ).to.equal(false);
    written.restore();
    await expect(el).to.be.accessible();

    // 320 CSS px wide, as on a small phone (WebKit's driver cannot resize the window).
    el.style.display = 'block';
    el.style.width = '320px';
    await el.updateComplete;
    expect(root(el).querySelector('.base')!.scrollWidth, 'no sideways scroll at 320 px').to.be.at.most(
      root(el).querySelector('.base')!.clientWidth + 1,
    );

    // "Make another report" drops it from the DOM.
    $(el, '.receipt > .actions button').click();
    await waitFor(() => !root(el).querySelector('.receipt'), 'the form again');
    expect(contains(root(el).innerHTML, code)).to.equal(false);
  });

  it('at a kiosk: no copy button (the clipboard would keep it), and the reset drops the code', async () => {
    const endpoint = await TestEndpoint.create([], { status: 201 });
    const { el } = await renderForm(endpoint, { kiosk: true, resetAfter: 1 });
    await fillValid(el);
    await send(el);
    await waitFor(() => root(el).querySelector('.code'), 'the receipt code');
    const code = shownCode(el);
    expect(code).to.match(CODE);
    expect(root(el).querySelector('button.copy')).to.equal(null);
    await waitFor(() => root(el).querySelector('form'), 'the form for the next person', 4000);
    expect(contains(root(el).innerHTML, code), 'the DOM after the reset').to.equal(false);
    expect(contains(await everythingKept(), code), 'storage after the reset').to.equal(false);
  });

  it('at a kiosk, a follow-up left alone is cleared with what was typed in it', async () => {
    const { el } = await renderForm('/x', { kiosk: true, resetAfter: 1 });
    $(el, 'button.follow-open').click();
    await waitFor(() => root(el).querySelector('#receipt-code'), 'the code field');
    await setValue(el, '#receipt-code', '4821 0937');
    await waitFor(() => root(el).querySelector('.title'), 'the form for the next person', 6000);
    expect(root(el).querySelector('#receipt-code')).to.equal(null);
    expect(root(el).innerHTML).not.to.contain('4821');
  });

  it('copies the code with a drawn icon and says so', async () => {
    const endpoint = await TestEndpoint.create([], { status: 201 });
    const { el } = await renderForm(endpoint, { lang: 'en' });
    await fillValid(el);
    await send(el);
    await waitFor(() => root(el).querySelector('button.copy'), 'the copy button');
    const button = $(el, 'button.copy');
    expect(button.querySelector('svg[aria-hidden="true"]'), 'a drawn icon').to.not.equal(null);
    expect(button.textContent!.trim()).to.equal('Copy the code');
    expect(root(el).textContent).to.contain('Write this down: it is the only way back to your report.');
    button.focus();
    await press('Enter');
    // Copied, or (a browser that refuses the clipboard here) told to write it down: never silent.
    await waitFor(() => $(el, '.copy-outcome').textContent!.trim() !== '', 'the copy outcome');
    expect(['The code is copied.', 'The code could not be copied. Write it down.']).to.include(
      $(el, '.copy-outcome').textContent!.trim(),
    );
  });

  it('asks for a code with a labelled numeric field; a malformed one is named in words, no request made', async () => {
    const endpoint = await TestEndpoint.create([], { status: 404 });
    const { el } = await renderForm(endpoint, { lang: 'sv' });
    const open = $(el, 'button.follow-open');
    expect(open.textContent!.trim()).to.equal('Följ din anmälan med koden');
    open.focus();
    await press('Enter');
    await waitFor(() => root(el).querySelector('#receipt-code'), 'the code field');
    const field = $(el, '#receipt-code');
    expect(root(el).activeElement, 'focus moves to the code field').to.equal(field);
    expect(field.getAttribute('inputmode')).to.equal('numeric');
    expect(field.getAttribute('autocomplete')).to.equal('off');
    expect(root(el).querySelector('label[for="receipt-code"]')!.textContent).to.equal(
      'Mottagningskod (16 siffror)',
    );
    await expect(el).to.be.accessible();

    await setValue(el, '#receipt-code', '1234 5678 9012');
    await press('Enter');
    await waitFor(() => $(el, '#receipt-code-error').textContent!.trim(), 'the error');
    expect($(el, '#receipt-code-error').textContent!.trim()).to.equal(
      'Koden har 16 siffror. Kontrollera att du skrev alla siffror.',
    );
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain('receipt-code-error');
    expect(await endpoint.requests(), 'no request for a malformed code').to.have.length(0);
    await expect(el).to.be.accessible();

    // Back to the form: focus returns to the button that opened the follow-up.
    $(el, '.follow button[type="button"]').click();
    await waitFor(() => root(el).querySelector('button.follow-open'), 'the form');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal($(el, 'button.follow-open'));
  });
});
