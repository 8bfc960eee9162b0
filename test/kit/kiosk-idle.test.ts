/**
 * The kiosk idle reset with its "Are you still there?" notice (kit/idle-controller.ts), on the NPS
 * and the deviation form; the emoji survey's own is in test/elements/emoji-survey/kiosk-idle.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { a11ySnapshotOrSkip } from '../support/engine-features.js';
import '../../src/elements/deviation-form/define.js';
import '../../src/elements/nps/define.js';
import { describeNode } from '../support/describe-node.js';
import { waitFor } from '../support/endpoint.js';
import { clickCentre } from '../support/input.js';
import { disposeTestOutboxes, testOutbox } from '../support/outbox.js';

const root = (el: Element) => el.shadowRoot!;
const find = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<E>(selector);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('kiosk idle reset', () => {
  afterEach(disposeTestOutboxes);

  it('<palaute-nps> warns, then clears an unfinished answer after idle-after seconds', async function () {
    const el = await fixture(
      html`<palaute-nps .outbox=${testOutbox()} lang="en" kiosk comment idle-after="4"></palaute-nps>`,
    );
    await clickCentre(find(el, 'label.option:nth-of-type(3)')!);
    await clickCentre(find(el, 'button[type="submit"]')!);
    await waitFor(() => find(el, 'textarea'), 'the comment step');
    await sendKeys({ type: 'Sensitive words' });
    const notice = await waitFor(() => find(el, '.idle-notice'), 'the notice', 4000);
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('Are you still there? Your answer will be cleared in 2 seconds.');
    await expect(el).to.be.accessible();

    await waitFor(() => find(el, 'legend'), 'the first step again', 4000);
    expect(find(el, '.idle-notice')).to.equal(null);
    expect(root(el).querySelectorAll('input:checked')).to.have.length(0);
    const state = el as unknown as { score: unknown; commentText: string; step: string };
    expect([state.score, state.commentText, state.step]).to.deep.equal([undefined, '', 'score']);
    // Last: engines that cannot read the accessibility tree skip only this check.
    const tree = JSON.stringify(await a11ySnapshotOrSkip(this));
    expect(tree).not.to.contain('"checked":true');
    expect(tree).not.to.contain('Sensitive words');
  });

  it('<palaute-nps> "I need more time" keeps the answer and gives the full time again', async () => {
    const el = await fixture(
      html`<palaute-nps .outbox=${testOutbox()} lang="en" kiosk idle-after="4"></palaute-nps>`,
    );
    await clickCentre(find(el, 'label.option:nth-of-type(9)')!);
    await waitFor(() => find(el, '.idle-notice'), 'the notice', 4000);
    const radio = find<HTMLInputElement>(el, 'input:checked')!;
    await clickCentre(find(el, '.idle-notice button')!);
    await sleep(1500);
    expect(find(el, '.idle-notice')).to.equal(null);
    expect(find<HTMLInputElement>(el, 'input:checked')?.value).to.equal(radio.value);
  });

  it('<palaute-deviation-form> warns at least 20 s before clearing, announced, with "I need more time"', async () => {
    const el = await fixture(
      html`<palaute-deviation-form
        .outbox=${testOutbox()}
        lang="en"
        kiosk
        reset-after="41"
      ></palaute-deviation-form>`,
    );
    const idle = (el as unknown as { idle: { warningSeconds: number } }).idle;
    expect(idle.warningSeconds, 'WCAG 2.2.1: 20 s to answer').to.equal(20);

    const short = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<palaute-deviation-form
        .outbox=${testOutbox()}
        lang="en"
        kiosk
        reset-after="4"
      ></palaute-deviation-form>`,
    );
    find<HTMLTextAreaElement>(short, '#description')!.focus();
    await sendKeys({ type: 'Joku kirjoitti tähän' });
    // Some drivers return before every key has landed.
    await waitFor(
      () => find<HTMLTextAreaElement>(short, '#description')!.value === 'Joku kirjoitti tähän',
      'the typed text',
    );
    const notice = await waitFor(() => find(short, '.idle-notice'), 'the notice', 4000);
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.querySelector('button')!.textContent!.trim()).to.equal('I need more time');
    await expect(short).to.be.accessible();
    await clickCentre(notice.querySelector('button')!);
    await short.updateComplete;
    expect(find(short, '.idle-notice')).to.equal(null);
    expect(find<HTMLTextAreaElement>(short, '#description')!.value).to.equal('Joku kirjoitti tähän');
    expect(describeNode(root(short).activeElement), 'focus back where it was').to.equal(
      describeNode(find(short, '#description')),
    );
    await waitFor(
      () => find<HTMLTextAreaElement>(short, '#description')?.value === '',
      'the form cleared',
      6000,
    );
    expect(root(short).innerHTML).not.to.contain('Joku kirjoitti');
  });
});
