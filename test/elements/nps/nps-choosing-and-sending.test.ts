/** Choosing a score and sending it: the scale, pointer input, one answer per Send, the status after. */
import { expect, oneEvent } from '@open-wc/testing';
import { configure } from '../../../src/delivery/configure.js';
import type { Envelope } from '../../../src/schema/index.js';
import { clickCentre } from '../../support/input.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { renderNps, radios, root, text } from '../../support/nps-driver.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

describe('<palaute-nps>: choosing and sending', () => {
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
});
