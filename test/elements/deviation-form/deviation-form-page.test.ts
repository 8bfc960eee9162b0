/** What the form always shows and how: 112, the privacy notice, its headings and required questions, a narrow column. */
import { expect, fixture, html } from '@open-wc/testing';
import type { PalauteDeviationForm } from '../../../src/elements/deviation-form/palaute-deviation-form.js';
import { $, renderForm, root, setValue } from '../../support/deviation-form-driver.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

describe('<palaute-deviation-form>: the page', () => {
  afterEach(disposeTestOutboxes);

  it('always shows how to reach 112 and the privacy notice with its link', async () => {
    const { el } = await renderForm('/x', { lang: 'en' });
    expect($(el, '.emergency').textContent).to.contain(
      'If a child is in immediate danger, call the emergency number 112.',
    );
    expect($<HTMLAnchorElement>(el, '.emergency a').href).to.equal('tel:112');
    expect($<HTMLAnchorElement>(el, '.privacy a').href).to.equal(new URL('/privacy', location.href).href);
  });

  it('makes the call-112 link a target of at least 44 × 44 px', async () => {
    const { el } = await renderForm('/x', { lang: 'en' });
    const box = $(el, '.emergency a').getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
  });

  it('gives the form a title heading and exposes its required questions as required', async () => {
    const { el } = await renderForm('/x', { lang: 'en' });
    expect($(el, '.title').getAttribute('role')).to.equal('heading');
    expect($(el, '.title').getAttribute('aria-level')).to.equal('2');
    for (const name of ['reporterRole', 'category', 'harm']) {
      const radios = [...root(el).querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
      expect(
        radios.every((radio) => radio.required),
        name,
      ).to.equal(true);
    }
    expect($<HTMLTextAreaElement>(el, '#description').required).to.equal(true);
    expect($<HTMLTextAreaElement>(el, '#hopedOutcome').required).to.equal(false);
  });

  it('reports a malformed privacy-url and shows no link', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      const { el } = await renderForm('/x', { privacyUrl: 'javascript:alert(1)' });
      expect(root(el).querySelectorAll('.privacy a').length).to.equal(0);
    } finally {
      console.error = original;
    }
    expect(errors.some((e) => e.includes('attribute "privacy-url"'))).to.equal(true);
  });

  it('fits a 320 px column', async () => {
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <palaute-deviation-form .outbox=${testOutbox()} lang="sv"></palaute-deviation-form>
      </div>`,
    );
    const el = column.querySelector('palaute-deviation-form')!;
    // The fixture waited for the column only: the form renders once its Swedish texts are loaded.
    await el.updateComplete;
    await setValue(el as PalauteDeviationForm, 'input[name="giveContact"]', true);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const control of root(el).querySelectorAll(
      '.choice, .check, button, input:not([type="radio"]):not([type="checkbox"]):not(#website)',
    )) {
      const box = control.getBoundingClientRect();
      expect(box.height, control.outerHTML.slice(0, 60)).to.be.at.least(44);
      expect(box.right).to.be.at.most(column.getBoundingClientRect().right);
    }
    await expect(el).to.be.accessible();
  });
});
