/**
 * `<palaute-results view="meeting">` against a real palaute-collector (test/support/
 * test-collector.mjs) on another origin, in every engine: each item's mean and n, the family–
 * municipal gap, a small office suppressed, a site's own survey's items by id, the gap left out
 * (and said why) under a respondent filter, live updates, axe clean.
 */
import { expect } from '@open-wc/testing';
import '../../src/elements/results/define.js';
import type { PalauteResults } from '../../src/elements/results/palaute-results.js';
import { waitFor } from '../support/endpoint.js';

interface Collector {
  url: string;
  token: string;
}

function envelope(unit: string, data: object) {
  return {
    id: crypto.randomUUID(),
    kind: 'meeting',
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: { unit, service: 'family-work', context: null, respondent: 'parent' },
    data,
  };
}

const ready = (unit: string, meetingId: string, role: string, heard: number) =>
  envelope(unit, {
    meetingId,
    role,
    scale: 'numbers',
    items: { heard, mattered: 8, together: 8, overall: 8 },
  });

async function send(collector: Collector, body: object & { id: string }): Promise<void> {
  const response = await fetch(`${collector.url}/v1/answers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
    body: JSON.stringify(body),
  });
  expect(response.status).to.equal(201);
}

const rows = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
  );

describe('<palaute-results view="meeting"> with a running collector', function () {
  // Starting a collector (PGlite) and sending 22 answers takes a few seconds.
  this.timeout(60_000);
  let collector: Collector;

  before(async function () {
    // Starting PGlite is slow on a busy machine.
    this.timeout(120_000);
    collector = (await (await fetch('/test-collector', { method: 'POST' })).json()) as Collector;
    const answers = [];
    // Five meetings where a parent gave "being heard" 9 and a municipal worker 6; a small office of 2.
    for (let i = 0; i < 5; i++) {
      const meetingId = crypto.randomUUID();
      answers.push(ready('meeting-office', meetingId, 'parent', 9));
      answers.push(ready('meeting-office', meetingId, 'municipal-worker', 6));
    }
    for (const heard of [3, 4]) answers.push(ready('small-office', crypto.randomUUID(), 'parent', heard));
    // A site's own survey in its own office: "plan" from five parents.
    for (const plan of [6, 7, 8, 9, 10]) {
      const data = {
        meetingId: crypto.randomUUID(),
        role: 'parent',
        scale: 'numbers',
        surveyId: 'own-2027',
        items: { plan },
      };
      answers.push(envelope('own-office', data));
    }
    // At once: the hook stays short on a busy machine (it timed out once in Firefox under load).
    await Promise.all(answers.map((answer) => send(collector, answer)));
  });

  after(async () => {
    if (collector) await fetch(`/test-collector/${new URL(collector.url).port}`, { method: 'DELETE' });
  });

  let el: PalauteResults | undefined;
  afterEach(() => el?.remove());

  async function show(attributes: Record<string, string> = {}): Promise<PalauteResults> {
    el = document.createElement('palaute-results');
    el.setAttribute('lang', 'en');
    el.setAttribute('view', 'meeting');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.src = `${collector.url}/`;
    el.token = collector.token;
    document.body.append(el);
    await waitFor(() => el!.shadowRoot?.querySelector('tbody tr'), 'the results table');
    return el;
  }

  it('shows each item’s mean and n, the family–municipal gap, a small office suppressed, an own survey by id', async () => {
    const table = rows(await show());
    // Being heard: parents 9 × 5, municipal workers 6 × 5 → mean 7.5 of 10, gap +3 over 5 meetings.
    expect(table[0]).to.deep.equal([
      'meeting-office',
      'family-work',
      'Being heard',
      '7.5',
      '10',
      '+3 (family 9, municipal 6; 5 meetings)',
    ]);
    expect(table.slice(1, 4).map((row) => [row[2], row[3], row[5]])).to.deep.equal([
      ['Talking about what matters', '8', '0 (family 8, municipal 8; 5 meetings)'],
      ['The way we worked together', '8', '0 (family 8, municipal 8; 5 meetings)'],
      ['The meeting as a whole', '8', '0 (family 8, municipal 8; 5 meetings)'],
    ]);
    // The own survey's item is named by its ids (the collector has no texts); no municipal side.
    expect(table[4]).to.deep.equal([
      'own-office',
      'family-work',
      'own-2027: plan',
      '8',
      '5',
      'Too few answers (fewer than 5)',
    ]);
    // Two answers: no numbers, one row across the number columns, as in the NPS view.
    expect(table[5]).to.deep.equal([
      'small-office',
      'family-work',
      'All questions',
      'Too few answers (fewer than 5)',
    ]);
    expect(table.length).to.equal(6);
    expect(el!.shadowRoot!.querySelector('caption')!.textContent!.trim()).to.equal(
      'Client-plan meeting ratings (0–10) by office and service',
    );
    await expect(el).to.be.accessible();
  });

  it('filters by respondent, and then leaves the gap out saying why: it needs both sides', async () => {
    const [heard] = rows(await show({ respondent: 'parent' }));
    expect(heard).to.deep.equal([
      'meeting-office',
      'family-work',
      'Being heard',
      '9',
      '5',
      'Not for one respondent group: the gap compares the family and the municipal workers',
    ]);
    await expect(el).to.be.accessible();
  });

  it('updates live when a meeting answer arrives, still filtered by respondent', async () => {
    await show({ respondent: 'parent', live: '' });
    // The stream opens with every view: wait for it before sending.
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Numbers move in whole batches of the minimum group (the collector's suppression): five
    // more parents make the next batch; a municipal worker's answer is not counted at all.
    for (let i = 0; i < 5; i++)
      await send(collector, ready('meeting-office', crypto.randomUUID(), 'parent', 3));
    await send(collector, ready('meeting-office', crypto.randomUUID(), 'municipal-worker', 0));
    // The answers column (the 5th cell) of the first row: 5 parents before, 10 after.
    await waitFor(() => rows(el!)[0]?.[4] === '10', 'ten parents in the first row', 10_000);
    // The parents' 9 × 5 and 3 × 5: mean 6 of 10.
    expect(rows(el!)[0]!.slice(3, 5)).to.deep.equal(['6', '10']);
  });
});
