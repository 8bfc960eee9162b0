/**
 * A site's own meeting survey (JSON, like the emoji survey's): its items shown as text, answered
 * with the keyboard, reaching the endpoint with the survey's and the items' ids; a child on faces
 * with the child's wording; a malformed survey reported once naming the field, a polite error on
 * screen, and the page still working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PalauteErrorDetail } from '../../../src/delivery/events.js';
import type { PalauteMeetingSurvey } from '../../../src/elements/meeting-survey/palaute-meeting-survey.js';
import type { Envelope } from '../../../src/schema/index.js';
import { captureConsoleErrors } from '../../support/console.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { press } from '../../support/input.js';
import { click, find, root } from '../../support/meeting-driver.js';
import { disposeTestOutboxes, testOutbox } from '../../support/outbox.js';

type MeetingEnvelope = Extract<Envelope, { kind: 'meeting' }>;

const MARKUP = '<img src=x onerror="window.ownSurveyInjected = true">';

const ownSurvey = {
  id: 'family-meeting-2027',
  roleQuestion: { fi: 'Kuka vastaa?', en: 'Who is answering this time?' },
  items: [
    { id: 'plan', text: { fi: 'Oliko suunnitelma selvä?', en: 'Was the plan clear?' } },
    {
      id: 'markup',
      text: { en: `Was this text shown as text? ${MARKUP}` },
      childText: { en: 'Did you understand what was said?' },
    },
  ],
  comment: { label: { en: 'Anything else?' } },
};

const progressIs = (el: Element, text: string) =>
  waitFor(() => root(el).querySelector('.progress')?.textContent?.trim() === text, text);
const questionText = (el: Element) => root(el).querySelector('.question')?.textContent?.trim();

/** The survey as a page writes it: inside the element, as an inline JSON script. */
async function renderInline(endpoint: string, json: string) {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<palaute-meeting-survey endpoint="${endpoint}" lang="en" unit="espoo-leppavaara">
    <script type="application/json">${json}</script>
  </palaute-meeting-survey>`;
  const el = wrapper.firstElementChild as PalauteMeetingSurvey;
  el.outbox = testOutbox();
  return el;
}

describe("<palaute-meeting-survey> with a site's own survey", function () {
  this.timeout(60_000);
  afterEach(disposeTestOutboxes);

  it('shows its items as text, is answered with the keyboard, and sends the items by id', async () => {
    const endpoint = await TestEndpoint.create();
    const el = await renderInline(endpoint.url, JSON.stringify(ownSurvey));
    await waitFor(() => questionText(el) === 'Who is answering this time?', 'the own role question');
    await expect(el).to.be.accessible();
    // Into the role group, down to the second role (parent), Enter for Next.
    await press('Tab');
    await press('ArrowDown', 'Enter');
    await progressIs(el, 'Question 1 / 2');
    expect(questionText(el)).to.equal('Was the plan clear?');
    // Tab into the scale; End is "I don't want to answer", the arrow up from it is 10.
    await press('Tab', 'End', 'ArrowUp', 'Enter');
    await progressIs(el, 'Question 2 / 2');
    expect(questionText(el)).to.equal(`Was this text shown as text? ${MARKUP}`);
    expect(root(el).querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
    // 9: from "I don't want to answer" two up.
    await press('Tab', 'End', 'ArrowUp', 'ArrowUp', 'Enter');
    const area = await find<HTMLTextAreaElement>(el, 'textarea');
    expect(root(el).querySelector('label[for="comment"]')!.textContent).to.equal('Anything else?');
    await waitFor(() => root(el).activeElement === area, 'focus on the comment');
    await sendKeys({ type: 'More time' });
    await press('Tab', 'Tab', 'Enter');
    await find(el, '.thanks');
    const [request] = await endpoint.waitForRequests(1);
    const data = (request!.body as MeetingEnvelope).data;
    expect(data.surveyId).to.equal('family-meeting-2027');
    expect(data.items).to.deep.equal({ plan: 10, markup: 9 });
    expect(data.role).to.equal('parent');
    expect(data.comment).to.equal('More time');
    expect((window as { ownSurveyInjected?: boolean }).ownSurveyInjected).to.equal(undefined);
  });

  it("asks a child in the child's words on faces, and without the free text sends after the last item", async () => {
    const endpoint = await TestEndpoint.create();
    const el = await fixture<PalauteMeetingSurvey>(
      html`<palaute-meeting-survey
        endpoint=${endpoint.url}
        lang="en"
        .outbox=${testOutbox()}
        .survey=${{ ...ownSurvey, comment: false }}
      ></palaute-meeting-survey>`,
    );
    await waitFor(() => questionText(el) === 'Who is answering this time?', 'the own survey');
    await click(el, 'input[value="child"] + span');
    await click(el, 'button[type="submit"]');
    await progressIs(el, 'Question 1 / 2');
    // No child's wording given: the adults' text.
    expect(questionText(el)).to.equal('Was the plan clear?');
    await click(el, '.face-cell:nth-of-type(5) .face-option');
    await click(el, 'button[type="submit"]');
    await progressIs(el, 'Question 2 / 2');
    expect(questionText(el)).to.equal('Did you understand what was said?');
    await click(el, '.skip-option');
    const send = root(el).querySelector('button[type="submit"]')!;
    expect(send.textContent!.trim()).to.equal('Send');
    await expect(el).to.be.accessible();
    await click(el, 'button[type="submit"]');
    await find(el, '.thanks');
    const [request] = await endpoint.waitForRequests(1);
    const data = (request!.body as MeetingEnvelope).data;
    expect(data).to.deep.include({ surveyId: 'family-meeting-2027', role: 'child', scale: 'faces' });
    expect(data.items).to.deep.equal({ plan: 10, markup: null });
    expect(data).not.to.have.property('comment');
  });

  it('reports a malformed survey once naming the field, says politely it cannot be shown, and recovers', async () => {
    const broken = {
      ...ownSurvey,
      items: [ownSurvey.items[0], { id: 'second', text: { fi: '', en: 'Second?' } }],
    };
    const events: PalauteErrorDetail[] = [];
    const listener = (e: CustomEvent<PalauteErrorDetail>) => events.push(e.detail);
    document.addEventListener('palaute-error', listener);
    let el!: PalauteMeetingSurvey;
    try {
      const errors = await captureConsoleErrors(async () => {
        el = await renderInline('/x', JSON.stringify(broken));
        await waitFor(() => root(el).querySelector('[part="error"]'), 'the error');
      });
      const surveyErrors = errors.filter((error) => error.includes('survey cannot be shown'));
      expect(surveyErrors.length).to.equal(1);
      expect(surveyErrors[0]).to.contain('items[1].text.fi: should have at least 1 character(s)');
      expect(events.filter((e) => e.code === 'invalid-survey').length).to.equal(1);
    } finally {
      document.removeEventListener('palaute-error', listener);
    }
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.textContent!.trim()).to.equal(
      "The survey cannot be shown right now. Please tell the meeting's organiser.",
    );
    expect(error.getAttribute('role')).to.equal('status');
    // No half-made survey behind the message.
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
    // The page goes on: a good survey given afterwards is shown.
    el.survey = ownSurvey;
    await waitFor(() => questionText(el) === 'Who is answering this time?', 'the good survey');
  });

  it('reports JSON that does not parse, naming where it came from', async () => {
    let el!: PalauteMeetingSurvey;
    const errors = await captureConsoleErrors(async () => {
      el = await renderInline('/x', '{ "id": "broken",');
      await waitFor(() => root(el).querySelector('[part="error"]'), 'the error');
    });
    expect(errors.join('\n')).to.match(/inline <script type="application\/json">.*not valid JSON/);
  });
});
