/**
 * One device passed around a client-plan meeting (issue 21): each person's answers are one
 * envelope, all share one meeting id, and after the hand-over nothing of the previous person is on
 * screen, in the DOM, reachable with Back or in the accessibility tree.
 */
import { expect } from '@open-wc/testing';
import type { Envelope } from '../../../src/schema/index.js';
import { envelopeSchema } from '../../../src/schema/index.js';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { a11ySnapshotOrSkip } from '../../support/engine-features.js';
import { answerAs, click, find, onItem, renderMeeting, root } from '../../support/meeting-driver.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

type MeetingEnvelope = Extract<Envelope, { kind: 'meeting' }>;

describe('<palaute-meeting-survey> passed from person to person', function () {
  this.timeout(60_000);
  afterEach(disposeTestOutboxes);

  it('delivers three envelopes with one meeting id and three roles: two adults and a child', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderMeeting(endpoint.url);
    await answerAs(el, 'parent', [8, 9, 7, 8], 'Less jargon, please.');
    await click(el, '.thanks button.primary');
    await answerAs(el, 'municipal-worker', [6, 5, 6, 6]);
    await click(el, '.thanks button.primary');
    await answerAs(el, 'child', [5, null, 4, 2]);

    const requests = await endpoint.waitForRequests(3);
    const envelopes = requests.map((request) => request.body as MeetingEnvelope);
    for (const envelope of envelopes) expect(envelopeSchema.safeParse(envelope).success).to.equal(true);
    expect(envelopes.map((e) => e.kind)).to.deep.equal(['meeting', 'meeting', 'meeting']);
    expect(new Set(envelopes.map((e) => e.data.meetingId)).size).to.equal(1);
    expect(new Set(envelopes.map((e) => e.id)).size).to.equal(3);
    expect(envelopes.map((e) => e.data.role)).to.deep.equal(['parent', 'municipal-worker', 'child']);
    expect(envelopes[0]!.data).to.deep.include({
      scale: 'numbers',
      items: { heard: 8, mattered: 9, together: 7, overall: 8 },
      comment: 'Less jargon, please.',
    });
    expect(envelopes[1]!.data).not.to.have.property('comment');
    // The child's faces on the adults' scale: 5th face 10, skipped null, 4th 7, 2nd 3.
    expect(envelopes[2]!.data).to.deep.include({
      scale: 'faces',
      items: { heard: 10, mattered: null, together: 7, overall: 3 },
    });
    expect(envelopes[2]!.context).to.deep.equal({
      unit: 'espoo-leppavaara',
      service: 'family-work',
      context: 'client-plan-meeting',
      respondent: null,
    });
  });

  it('leaves nothing of the previous person on screen, in the DOM, behind Back or in the accessibility tree', async function () {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderMeeting(endpoint.url);
    await answerAs(el, 'municipal-worker', [3, 4, 2, 1], 'Secret remark 4711');
    const handOver = root(el).innerHTML;
    expect(handOver).not.to.contain('Secret remark 4711');
    expect(root(el).querySelectorAll('input, textarea'), 'no field on the hand-over').to.have.length(0);
    expect(root(el).querySelector('.thanks-title')!.textContent).to.equal(
      'Thank you. Give the device to the next person.',
    );
    await expect(el).to.be.accessible();

    await click(el, '.thanks button.primary');
    await find(el, 'input[name="role"]');
    const rootNode = root(el);
    expect(
      [...rootNode.querySelectorAll('input')].some((input) => input.checked),
      'a choice',
    ).to.equal(false);
    expect(rootNode.innerHTML).not.to.contain('Secret remark 4711');
    // The first screen has no Back: the previous person's answers are not one step away.
    expect([...rootNode.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Next',
    ]);
    // The next person, going forward and back, finds nothing chosen or typed.
    await click(el, 'input[value="parent"] + span');
    await click(el, 'button[type="submit"]');
    await onItem(el, 1);
    expect(rootNode.querySelector('input:checked'), 'a score of the previous person').to.equal(null);
    await click(el, 'button[type="button"]');
    await find(el, 'input[name="role"]');
    const tree = JSON.stringify(await a11ySnapshotOrSkip(this));
    expect(tree).not.to.contain('Secret remark 4711');
  });

  it('"Everyone has answered" ends the meeting: the next person starts a new one', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderMeeting(endpoint.url);
    await answerAs(el, 'staff', [7, 7, 7, 7]);
    await click(el, '.thanks button:not(.primary)');
    const done = await find(el, '.thanks-title');
    await waitFor(() => done.textContent === 'Thank you all for your answers!', 'the end of the meeting');
    await expect(el).to.be.accessible();
    await click(el, '.thanks button.primary');
    await answerAs(el, 'parent', [9, 9, 9, 9]);
    const [first, second] = (await endpoint.waitForRequests(2)).map((r) => r.body as MeetingEnvelope);
    expect(first!.data.meetingId).not.to.equal(second!.data.meetingId);
  });

  it('in kiosk mode hands over by itself after reset-after, to the same meeting', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderMeeting(endpoint.url, 'kiosk reset-after="1"');
    await answerAs(el, 'relative', [5, 5, 5, 5], 'Kiosk words');
    await waitFor(() => !root(el).querySelector('.thanks'), 'the next person', 4000);
    expect(root(el).innerHTML).not.to.contain('Kiosk words');
    await answerAs(el, 'other', [4, 4, 4, 4]);
    const [first, second] = (await endpoint.waitForRequests(2)).map((r) => r.body as MeetingEnvelope);
    expect(first!.data.meetingId).to.equal(second!.data.meetingId);
  });
});
