import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { configure } from '../../../src/delivery/configure.js';
import { envelopeSchema, type Envelope } from '../../../src/schema/index.js';
import '../../../src/elements/nps/define.js';
import { PalauteNps } from '../../../src/elements/nps/palaute-nps.js';
import { describeNode } from '../../support/describe-node.js';
import { emulateMediaOrSkip, endMediaEmulation } from '../../support/engine-features.js';
import { press, clickCentre } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

const LANGS = ['fi', 'sv', 'en'] as const;

async function renderNps(
  endpoint: TestEndpoint | string,
  attrs: { lang?: string; comment?: boolean; kiosk?: boolean; resetAfter?: number; maxLength?: number } = {},
) {
  const outbox = testOutbox();
  const url = typeof endpoint === 'string' ? endpoint : endpoint.url;
  const el = await fixture<PalauteNps>(
    html`<palaute-nps
      .outbox=${outbox}
      endpoint=${url}
      lang=${attrs.lang ?? 'fi'}
      unit="espoo-leppavaara"
      service="family-work"
      context="client-plan-meeting"
      respondent="municipal-worker"
      ?comment=${attrs.comment ?? false}
      ?kiosk=${attrs.kiosk ?? false}
      reset-after=${attrs.resetAfter ?? 8}
      comment-max-length=${attrs.maxLength ?? 500}
    ></palaute-nps>`,
  );
  return { el, outbox };
}

const root = (el: PalauteNps) => el.shadowRoot!;
const radios = (el: PalauteNps) => [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const activeInside = (el: PalauteNps) => root(el).activeElement as HTMLElement | null;
const text = (el: PalauteNps, selector: string) =>
  root(el).querySelector(selector)?.textContent?.trim() ?? '';

describe('<palaute-nps>', () => {
  afterEach(() => {
    disposeTestOutboxes();
    configure({ endpoint: undefined, messages: undefined });
  });

  it('is a radio group of 0–10 named by the question and described by the end labels', async () => {
    const { el } = await renderNps(await TestEndpoint.create(), { lang: 'en' });
    const group = root(el).querySelector('fieldset')!;
    expect(group.querySelector('legend')!.textContent).to.equal(
      'How likely are you to recommend our service to someone close to you or a colleague?',
    );
    expect(radios(el).map((r) => r.labels![0]!.textContent!.trim())).to.deep.equal([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(new Set(radios(el).map((r) => r.name)).size).to.equal(1);
    expect(
      radios(el).some((r) => r.checked),
      'nothing preselected',
    ).to.equal(false);
    const description = group
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => root(el).getElementById(id)!.textContent);
    expect(description.join(' ')).to.contain('0 = not at all likely').and.contain('10 = extremely likely');
  });

  it('can be answered with the keyboard alone: Tab, arrows, Home, End, Enter', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderNps(endpoint);

    await press('Tab');
    expect(describeNode(activeInside(el))).to.equal(describeNode(radios(el)[0]));
    await press('End');
    expect(radios(el)[10]!.checked).to.equal(true);
    await press('Home');
    expect(radios(el)[0]!.checked).to.equal(true);
    await press(
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
    );
    expect(radios(el)[8]!.checked).to.equal(true);
    expect(describeNode(activeInside(el))).to.equal(describeNode(radios(el)[8]));
    await press('ArrowLeft');
    expect(radios(el)[7]!.checked).to.equal(true);

    const answered = oneEvent(el, 'palaute-answer');
    await press('Enter');
    const envelope = (await answered).detail as Envelope;
    expect(envelope.data).to.deep.equal({ score: 7 });
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(activeInside(el)?.textContent).to.equal('Kiitos vastauksestasi!');

    const [request] = await endpoint.waitForRequests(1);
    const parsed = envelopeSchema.safeParse(request!.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.equal(true);
    expect(request!.body).to.deep.include({ kind: 'nps', locale: 'fi', data: { score: 7 } });
    expect((request!.body as Envelope).context).to.deep.equal({
      unit: 'espoo-leppavaara',
      service: 'family-work',
      context: 'client-plan-meeting',
      respondent: 'municipal-worker',
    });
  });

  it('takes a comment on a second step, keyboard only, and enforces and counts its length', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderNps(endpoint, { comment: true, maxLength: 12, lang: 'en' });

    await press('Tab', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    expect(text(el, 'button[type="submit"]')).to.equal('Next');
    await press('Enter');
    await waitFor(() => root(el).querySelector('textarea'), 'the comment step');
    expect(describeNode(activeInside(el))).to.equal(describeNode(root(el).querySelector('textarea')));

    await sendKeys({ type: 'Friendly staff, thank you' });
    const textarea = root(el).querySelector('textarea')!;
    expect(textarea.value).to.equal('Friendly sta');
    expect(text(el, '.counter')).to.equal('12 / 12 characters');
    expect(text(el, '[aria-live="polite"]')).to.equal('0 characters left');

    // Back keeps the choice; forward again keeps the comment.
    await press('Tab', 'Enter');
    await waitFor(() => root(el).querySelector('fieldset'), 'the scale again');
    expect(radios(el)[3]!.checked).to.equal(true);
    expect(describeNode(activeInside(el))).to.equal(describeNode(radios(el)[3]));
    await press('Enter');
    await waitFor(() => root(el).querySelector('textarea'), 'the comment step again');
    expect(root(el).querySelector('textarea')!.value).to.equal('Friendly sta');

    const answered = oneEvent(el, 'palaute-answer');
    await press('Tab', 'Tab', 'Enter');
    expect((await answered).detail.data).to.deep.equal({ score: 3, comment: 'Friendly sta' });
    const [request] = await endpoint.waitForRequests(1);
    expect(envelopeSchema.safeParse(request!.body).success).to.equal(true);
  });

  it('stores one answer when Send is clicked twice in a row', async () => {
    const { el, outbox } = await renderNps(await TestEndpoint.create([], { drop: true }));
    let answers = 0;
    el.addEventListener('palaute-answer', () => (answers += 1));
    radios(el)[4]!.click();
    const button = root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
    // Two activations in one task: quicker than real input can be, the worst case of a double click.
    button.click();
    button.click();
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(answers).to.equal(1);
    expect(await outbox.pendingCount()).to.equal(1);
  });

  it('can be answered with the pointer', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderNps(endpoint, { lang: 'sv' });
    await clickCentre(radios(el)[9]!.labels![0]!);
    expect(radios(el)[9]!.checked).to.equal(true);
    const answered = oneEvent(el, 'palaute-answer');
    await clickCentre(root(el).querySelector('button[type="submit"]')!);
    expect((await answered).detail).to.deep.include({ locale: 'sv', data: { score: 9 } });
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

  it('has its status region in place, empty, before the first message, so the message is announced', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderNps(endpoint, { lang: 'en' });
    const region = root(el).querySelector('[role="status"]');
    expect(region?.textContent).to.equal('');
    await clickCentre(radios(el)[5]!.nextElementSibling!);
    await clickCentre(root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!);
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(root(el).querySelector('[role="status"]') === region, 'the same region').to.equal(true);
    await waitFor(() => region!.textContent !== '', 'a message in it');
  });

  it('shows the thank-you status moving from saved to sent, and fires palaute-delivered', async () => {
    const endpoint = await TestEndpoint.create([{ status: 503 }]);
    const { el } = await renderNps(endpoint, { lang: 'en' });
    await clickCentre(radios(el)[5]!.nextElementSibling!);
    const answered = oneEvent(el, 'palaute-answer');
    const delivered = oneEvent(el, 'palaute-delivered');
    // Every text the status line shows, in order: the retrying one lasts only until the quick
    // retry (tens of milliseconds here), too short to catch by polling on a busy machine.
    const region = root(el).querySelector('.status[role="status"]')!;
    const shown: string[] = [region.textContent!.trim()];
    new MutationObserver(() => shown.push(region.textContent!.trim())).observe(region, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await clickCentre(root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!);
    const { id } = (await answered).detail as Envelope;
    expect((await delivered).detail).to.deep.equal({ id });
    await waitFor(
      () => text(el, '.status[role="status"]') === 'Your answer has been sent.',
      'the sent status',
    );
    const retrying = shown.findIndex((line) => line.startsWith('The connection is not working'));
    expect(retrying, JSON.stringify(shown)).to.be.at.least(0);
    expect(shown.indexOf('Your answer has been sent.'), JSON.stringify(shown)).to.be.above(retrying);
  });

  it('in kiosk mode starts over after reset-after seconds with no trace of the previous answer', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderNps(endpoint, { kiosk: true, resetAfter: 1, comment: true, lang: 'en' });
    await press('Tab', 'End', 'Enter');
    await waitFor(() => root(el).querySelector('textarea'), 'the comment step');
    await sendKeys({ type: 'my secret reason' });
    await press('Tab', 'Tab', 'Enter');
    await waitFor(() => root(el).querySelector('.thanks'), 'the thank-you');
    expect(text(el, '.thanks')).to.contain('The next person can start in a moment.');
    await expect(el).to.be.accessible();

    await waitFor(() => root(el).querySelector('fieldset'), 'the start again', 4000);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(root(el).innerHTML).not.to.contain('my secret reason');
    expect(root(el).textContent).not.to.contain('Your answer');
    expect(describeNode(activeInside(el)), 'focus back on the scale').to.equal(describeNode(radios(el)[0]));
    // Nothing to go back to: Next with no choice is an error, not the last person's comment.
    await press('Tab', 'Enter');
    await el.updateComplete;
    expect(root(el).querySelector('textarea')).to.equal(null);
    expect(text(el, '.error')).to.equal('Choose a number from zero to ten.');
    await expect(el).to.be.accessible();
    expect((await endpoint.requests()).length).to.equal(1);
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
