/**
 * "Answer on your own phone" (issue 21): a QR code of a link to the meeting page, its library
 * loaded only when asked; the link page opens the survey for one person, and refuses after 24 hours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Envelope } from '../../../src/schema/index.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { answerAs, click, find, renderMeeting, root } from '../../support/meeting-driver.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

type MeetingEnvelope = Extract<Envelope, { kind: 'meeting' }>;
const HOUR = 3_600_000;
const MEETING = '0b6d2f7e-93a4-4c1e-9d52-3f0a8e61c7b4';
const qrLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => /\/uqr\/|qr-code/.test(entry.name));

describe('<palaute-meeting-survey> on the people’s own phones', function () {
  this.timeout(60_000);
  const page = location.href;
  afterEach(() => {
    history.replaceState(null, '', page);
    disposeTestOutboxes();
  });

  it('shows a QR code of the meeting page’s link with the meeting id, unit and service, loading its library only then', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderMeeting(endpoint.url, 'link-page="/meeting.html"');
    expect(qrLoaded(), 'the QR library before anyone asked').to.equal(false);
    await click(el, '.own-phone button');
    const code = await find(el, 'svg.qr');
    expect(qrLoaded(), 'the QR library once asked').to.equal(true);
    expect(code.getAttribute('role')).to.equal('img');
    expect(code.getAttribute('aria-label')).to.equal("QR code of the link to this meeting's survey");
    expect(code.querySelector('path')!.getAttribute('d')).to.match(/^M\d+ \d+h1v1h-1z/);
    const link = new URL(root(el).querySelector('.qr-link')!.textContent!);
    expect(link.pathname).to.equal('/meeting.html');
    expect(link.searchParams.get('unit')).to.equal('espoo-leppavaara');
    expect(link.searchParams.get('service')).to.equal('family-work');
    expect(Math.abs(Date.now() - Number(link.searchParams.get('made')))).to.be.below(60_000);
    await waitFor(() => root(el).activeElement?.classList.contains('qr-title'), 'focus on the code’s title');
    await expect(el).to.be.accessible();

    // The device's own answers belong to the same meeting as the phones'.
    await click(el, '.own-phone button');
    await answerAs(el, 'municipal-worker', [7, 7, 7, 7]);
    const [request] = await endpoint.waitForRequests(1);
    expect((request!.body as MeetingEnvelope).data.meetingId).to.equal(link.searchParams.get('meeting'));
  });

  it('opens the survey for one respondent with the link’s meeting id, unit and service', async () => {
    const endpoint = await TestEndpoint.create();
    history.replaceState(
      null,
      '',
      `?meeting=${MEETING}&unit=vantaa-tikkurila&service=foster-care&made=${Date.now() - 2 * HOUR}`,
    );
    const { el } = await renderMeeting(endpoint.url, 'from-link');
    await answerAs(el, 'parent', [9, 8, 7, 6]);
    const [request] = await endpoint.waitForRequests(1);
    const envelope = request!.body as MeetingEnvelope;
    expect(envelope.data.meetingId).to.equal(MEETING);
    expect(envelope.context).to.include({ unit: 'vantaa-tikkurila', service: 'foster-care' });
    // One person, their own phone: a thank-you, no hand-over.
    expect(root(el).querySelector('.thanks-title')!.textContent).to.equal('Thank you for your answer!');
    expect(root(el).querySelectorAll('.thanks button')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('refuses a link older than 24 hours, politely', async () => {
    history.replaceState(null, '', `?meeting=${MEETING}&unit=u&service=s&made=${Date.now() - 25 * HOUR}`);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('palaute-meeting-survey');
    el.outbox = testOutbox();
    el.setAttribute('from-link', '');
    el.setAttribute('lang', 'en');
    wrapper.append(el);
    const title = await find(el, '.closed-title');
    expect(title.textContent).to.equal("This meeting's survey has closed");
    expect(root(el).querySelector('form, input')).to.equal(null);
    el.reset();
    await el.updateComplete;
    expect(root(el).querySelector('form, input'), 'a start over does not open it').to.equal(null);
    await expect(el).to.be.accessible();
  });
});
