/** Answering the meeting survey: keyboard only, the faces read aloud, errors, 320 px. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Envelope } from '../../../src/schema/index.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { press } from '../../support/input.js';
import { click, find, onItem, renderMeeting, root } from '../../support/meeting-driver.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

type MeetingEnvelope = Extract<Envelope, { kind: 'meeting' }>;
const EMOJI = /\p{Extended_Pictographic}/u;

describe('<palaute-meeting-survey> answering', function () {
  this.timeout(60_000);
  afterEach(disposeTestOutboxes);

  it('can be answered with the keyboard alone', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderMeeting(endpoint.url);
    // Into the role group, down to the third role (relative), Enter for Next.
    await press('Tab');
    await press('ArrowDown', 'ArrowDown', 'Enter');
    for (let item = 1; item <= 4; item++) {
      await onItem(el, item);
      // Focus is on the question: Tab into the scale; End is "I don't want to answer", the last
      // choice of the group, and the arrow up from it is 10; Enter goes on.
      await press('Tab', 'End', 'ArrowUp', 'Enter');
    }
    const area = await find<HTMLTextAreaElement>(el, 'textarea');
    await waitFor(() => root(el).activeElement === area, 'focus on the comment');
    await sendKeys({ type: 'Shorter meeting' });
    // Back, then Send: Tab past Back to Send.
    await press('Tab', 'Tab', 'Enter');
    await find(el, '.thanks');
    const [request] = await endpoint.waitForRequests(1);
    const data = (request!.body as MeetingEnvelope).data;
    expect(data.role).to.equal('relative');
    expect(data.items).to.deep.equal({ heard: 10, mattered: 10, together: 10, overall: 10 });
    expect(data.comment).to.equal('Shorter meeting');
    await waitFor(() => root(el).activeElement?.classList.contains('thanks-title'), 'focus on the hand-over');
  });

  it('asks again when Next is pressed with nothing chosen, and says why', async () => {
    const { el } = await renderMeeting('/x');
    await click(el, 'button[type="submit"]');
    expect((await find(el, '.error')).textContent).to.equal('Choose who is answering.');
    await expect(el).to.be.accessible();
    await click(el, 'input[value="parent"] + span');
    await click(el, 'button[type="submit"]');
    await onItem(el, 1);
    await click(el, 'button[type="submit"]');
    expect((await find(el, '.error')).textContent).to.equal('Choose one, or “I don’t want to answer”.');
    expect(root(el).querySelectorAll('[aria-invalid="true"]').length).to.equal(12);
  });

  it('asks a child the same four things on faces, with "I don\'t want to answer" and drawn icons only', async () => {
    const { el } = await renderMeeting('/x');
    await click(el, 'input[value="child"] + span');
    await click(el, 'button[type="submit"]');
    await onItem(el, 1);
    expect(root(el).querySelector('.question')!.textContent).to.equal(
      'How well did the grown-ups listen to you?',
    );
    expect(root(el).querySelectorAll('.face-option svg.face')).to.have.length(5);
    expect(root(el).querySelector('.skip-option')!.textContent!.trim()).to.equal("I don't want to answer");
    for (const button of root(el).querySelectorAll('button')) expect(button.textContent).not.to.match(EMOJI);
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px column on every kind of screen', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = document.createElement('palaute-meeting-survey');
    el.outbox = testOutbox();
    el.setAttribute('lang', 'fi');
    wrapper.append(el);
    await find(el, '.question');
    expect(el.scrollWidth).to.be.at.most(320);
    await click(el, 'input[value="child"] + span');
    await click(el, 'button[type="submit"]');
    await find(el, '.faces');
    expect(el.scrollWidth).to.be.at.most(320);
    await click(el, 'button[type="button"]');
    await click(el, 'input[value="municipal-worker"] + span');
    await click(el, 'button[type="submit"]');
    await find(el, '.scale');
    expect(el.scrollWidth).to.be.at.most(320);
  });
});
