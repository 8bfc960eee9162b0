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
    // The next person's way on: Next needs a score again, and the comment step opens empty.
    await clickCentre(find(el, 'button[type="submit"]')!);
    await waitFor(() => find(el, '#score-error'), 'the missing score');
    await clickCentre(find(el, 'label.option:nth-of-type(5)')!);
    await clickCentre(find(el, 'button[type="submit"]')!);
    const comment = await waitFor(() => find<HTMLTextAreaElement>(el, 'textarea'), 'the comment step');
    expect(comment.value).to.equal('');
    expect(root(el).innerHTML).not.to.contain('Sensitive words');
    // Last: engines that cannot read the accessibility tree skip only this check.
    const tree = JSON.stringify(await a11ySnapshotOrSkip(this));
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

  it('<palaute-deviation-form> gives 20 seconds to answer the notice (WCAG 2.2.1)', async function () {
    this.timeout(40000);
    const el = await fixture(
      html`<palaute-deviation-form
        .outbox=${testOutbox()}
        lang="en"
        kiosk
        reset-after="40"
      ></palaute-deviation-form>`,
    );
    find<HTMLTextAreaElement>(el, '#description')!.focus();
    await sendKeys({ type: 'Joku' });
    const notice = await waitFor(() => find(el, '.idle-notice'), 'the notice', 25000);
    expect(notice.textContent).to.contain('The form will be cleared in 20 seconds');
  });

  it('<palaute-deviation-form> warns before clearing, announced, with "I need more time"', async () => {
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
