/** `show-summary` (issue 21): the meeting's averages for the room, never one person's answer. */
import { expect } from '@open-wc/testing';
import { TestEndpoint, waitFor } from '../../support/endpoint.js';
import { answerAs, click, find, renderMeeting, root } from '../../support/meeting-driver.js';
import { disposeTestOutboxes } from '../../support/outbox.js';

const everyoneAnswered = (el: Element) => click(el, '.thanks button:not(.primary)');
const nextPerson = (el: Element) => click(el, '.thanks button.primary');

describe('<palaute-meeting-survey show-summary>', function () {
  this.timeout(60_000);
  afterEach(disposeTestOutboxes);

  it('refuses with two respondents and says why', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderMeeting(endpoint.url, 'show-summary');
    await answerAs(el, 'parent', [9, 9, 9, 9]);
    await nextPerson(el);
    await answerAs(el, 'municipal-worker', [3, 3, 3, 3]);
    await everyoneAnswered(el);
    await click(el, '.thanks button:not(.primary)');
    const panel = await find(el, '.meeting-summary');
    expect(panel.textContent!.trim()).to.equal(
      "The averages can be shown once at least 3 people have answered, so that nobody's own answer shows. So far 2 have.",
    );
    expect(root(el).querySelector('dl')).to.equal(null);
    await waitFor(() => root(el).activeElement === panel, 'focus on the explanation');
    await expect(el).to.be.accessible();
  });

  it('shows per item the mean of three people, and "too few" where only two scored it', async () => {
    const endpoint = await TestEndpoint.create();
    const { el } = await renderMeeting(endpoint.url, 'show-summary');
    await answerAs(el, 'parent', [9, 8, null, 10]);
    await nextPerson(el);
    await answerAs(el, 'municipal-worker', [6, 5, 4, 7]);
    await nextPerson(el);
    // The child's 5th face is 10, the 4th 7, the 1st 0.
    await answerAs(el, 'child', [5, 4, 1, 5]);
    await everyoneAnswered(el);
    await click(el, '.thanks button:not(.primary)');
    await find(el, '.summary-title');
    const rows = [...root(el).querySelectorAll('dt')].map((dt) => [
      dt.textContent!.trim(),
      dt.nextElementSibling!.textContent!.trim(),
    ]);
    expect(root(el).querySelector('.summary-title')!.textContent).to.equal(
      "The meeting's averages (3 people answered)",
    );
    expect(rows).to.deep.equal([
      ['Being heard', '8.3 / 10'],
      ['Talking about what matters', '6.7 / 10'],
      ['Working together', 'too few answers'],
      ['The meeting as a whole', '9 / 10'],
    ]);
    await expect(el).to.be.accessible();
    // A new meeting starts from nothing: its summary knows none of these answers.
    await nextPerson(el);
    await answerAs(el, 'staff', [1, 1, 1, 1]);
    await everyoneAnswered(el);
    await click(el, '.thanks button:not(.primary)');
    expect((await find(el, '.meeting-summary')).textContent).to.contain('So far 1 have.');
  });

  it('offers no summary without the attribute', async () => {
    const { el } = await renderMeeting('/x');
    await answerAs(el, 'parent', [9, 9, 9, 9]);
    await everyoneAnswered(el);
    await find(el, '.thanks-title');
    expect([...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'New meeting',
    ]);
  });
});
