/**
 * What assistive technology and other needs meet in every state: the error tied to the group, axe in
 * each language, the page's language followed, touch targets, reduced motion and forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../../../src/delivery/configure.js';
import { describeNode } from '../../support/describe-node.js';
import { emulateMediaOrSkip, endMediaEmulation } from '../../support/engine-features.js';
import { press } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { activeInside, LANGS, renderNps, radios, root, text } from '../../support/nps-driver.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

describe('<palaute-nps>: accessibility states', () => {
  afterEach(() => {
    disposeTestOutboxes();
    configure({ endpoint: undefined, messages: undefined });
  });

  it('says a choice is needed, ties the message to the group and focuses the first choice', async () => {
    const { el } = await renderNps(await TestEndpoint.create(), { lang: 'en' });
    root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(text(el, '.error')).to.equal('Choose a number from zero to ten.');
    expect(root(el).querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('score-error');
    expect(radios(el).every((r) => r.getAttribute('aria-invalid') === 'true')).to.equal(true);
    expect(describeNode(activeInside(el))).to.equal(describeNode(radios(el)[0]));
    await expect(el).to.be.accessible();

    await press('ArrowRight');
    await el.updateComplete;
    expect(root(el).querySelector('.error')).to.equal(null);
  });

  for (const lang of LANGS) {
    it(`passes axe in every state in ${lang}`, async () => {
      const endpoint = await TestEndpoint.create();
      const { el } = await renderNps(endpoint, { lang, comment: true });
      await expect(el).to.be.accessible();
      await press('Tab', 'ArrowRight');
      await expect(el).to.be.accessible();
      await press('Enter');
      await waitFor(() => root(el).querySelector('textarea'), 'the comment step');
      await expect(el).to.be.accessible();
      await sendKeys({ type: 'ok' });
      await press('Tab', 'Tab', 'Enter');
      await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
      await expect(el).to.be.accessible();
      await waitFor(() => text(el, '.status[role="status"]') !== '' && el.matches(':defined'), 'a status');
    });
  }

  it('follows the language of the nearest ancestor and re-renders when it changes', async () => {
    const outbox = testOutbox();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="sv-FI"><palaute-nps .outbox=${outbox}></palaute-nps></div>`,
    );
    const el = wrapper.querySelector('palaute-nps')!;
    expect(text(el, 'legend')).to.match(/^Hur sannolikt/);
    wrapper.setAttribute('lang', 'en');
    await waitFor(() => text(el, 'legend').startsWith('How likely'), 'English');
    wrapper.setAttribute('lang', 'de');
    await waitFor(() => /^(Kuinka|How)/.test(text(el, 'legend')), 'a fallback');
  });

  it('fits a 320 px column with touch targets of at least 44×44 px', async () => {
    const outbox = testOutbox();
    const column = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><palaute-nps .outbox=${outbox} comment></palaute-nps></div>`,
    );
    const el = column.querySelector('palaute-nps')!;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(root(el).querySelector('.base')!.scrollWidth).to.be.at.most(el.clientWidth);
    for (const radio of radios(el)) {
      const box = radio.nextElementSibling!.getBoundingClientRect();
      expect(box.width, `option ${radio.value}`).to.be.at.least(44);
      expect(box.height, `option ${radio.value}`).to.be.at.least(44);
      expect(box.right).to.be.at.most(column.getBoundingClientRect().right);
    }
  });

  it('has no transitions when the user prefers reduced motion', async function () {
    const { el } = await renderNps(await TestEndpoint.create());
    const duration = () => getComputedStyle(radios(el)[0]!.nextElementSibling!).transitionDuration;
    try {
      await emulateMediaOrSkip(this, [{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
      expect(duration()).not.to.equal('0s');
      await emulateMediaOrSkip(this, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      expect(duration()).to.equal('0s');
    } finally {
      await endMediaEmulation([{ name: 'prefers-reduced-motion', value: '' }]);
    }
  });

  it('keeps the chosen score and the focus visible in forced colours', async function () {
    const { el } = await renderNps(await TestEndpoint.create());
    try {
      await emulateMediaOrSkip(this, [{ name: 'forced-colors', value: 'active' }]);
      await press('Tab', 'ArrowRight');
      // Read colours after the choice's transition has ended, not mid-way.
      await Promise.all(
        root(el)
          .getAnimations()
          .map((animation) => animation.finished),
      );
      const [unchecked, checked] = [radios(el)[0]!, radios(el)[1]!].map((r) =>
        getComputedStyle(r.nextElementSibling!),
      );
      expect(checked!.backgroundColor).not.to.equal(unchecked!.backgroundColor);
      expect(checked!.outlineStyle).to.equal('solid');
      expect(parseFloat(checked!.outlineWidth)).to.be.at.least(2);
      expect(unchecked!.borderStyle).to.equal('solid');
    } finally {
      await endMediaEmulation([{ name: 'forced-colors', value: '' }]);
    }
  });
});
