/**
 * `<palaute-dashboard>` against a real palaute-collector (test/support/test-collector.mjs) holding
 * eight weeks of answers from several offices, posted through its public ingest
 * (test/support/dashboard-seed.ts): what it draws and tabulates is what the API says, the filters
 * live in the URL, small groups show as hidden, it is usable with the keyboard alone, it follows
 * the live stream, and axe finds nothing in any state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dashboard/define.js';
import type { PalauteDashboard } from '../../../src/elements/dashboard/palaute-dashboard.js';
import { npsY, periodX } from '../../../src/elements/dashboard/charts/nps-scale.js';
import type { NpsResultsGroup } from '../../../src/schema/results.js';
import { dashboardSeed, post, seed } from '../../support/dashboard-seed.js';
import { waitFor } from '../../support/endpoint.js';
import { press } from '../../support/input.js';

interface Collector {
  url: string;
  token: string;
}

const root = (el: Element) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<E>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** A table row as a person reads it: its cells' texts, one space apart. */
const cells = (row: Element | null | undefined) =>
  [...((row as HTMLTableRowElement | null)?.cells ?? [])].map(text).join(' ').trim();

let collector: Collector;

async function api<G>(view: string, query: Record<string, string>): Promise<G[]> {
  const response = await fetch(`${collector.url}/v1/results/${view}?${new URLSearchParams(query)}`, {
    headers: { Authorization: `Bearer ${collector.token}` },
  });
  expect(response.status).to.equal(200);
  return ((await response.json()) as { groups: G[] }).groups;
}

async function typeToken(el: Element, token: string) {
  $<HTMLInputElement>(el, '#token')!.focus();
  await sendKeys({ type: token });
  await press('Enter');
}

async function signedIn(query = '') {
  history.replaceState(null, '', `${location.pathname}${query}`);
  const el = await fixture<PalauteDashboard>(
    html`<palaute-dashboard lang="en" endpoint=${`${collector.url}/`}></palaute-dashboard>`,
  );
  await typeToken(el, collector.token);
  await dataShown(el);
  return el;
}

/** The numbers are in and nothing is loading. */
const dataShown = (el: Element) =>
  waitFor(
    () =>
      $(el, '[data-view="nps"]') && !$(el, '[aria-busy="true"]') && /Updated/.test(text(root(el) as never)),
    'the results',
    20_000,
  );

const series = (el: Element, unit: string, service: string) =>
  $(el, `figure[data-unit="${unit}"][data-service="${service}"]`);

const numbersOf = (group: NpsResultsGroup) => ('nps' in group ? group : undefined);

describe('<palaute-dashboard> with a running collector and eight weeks of answers', function () {
  this.timeout(60_000);

  before(async function () {
    this.timeout(120_000);
    collector = (await (
      await fetch('/test-collector?received-as-written', { method: 'POST' })
    ).json()) as Collector;
    await seed(collector.url, dashboardSeed());
  });
  after(async () => {
    history.replaceState(null, '', location.pathname);
    await fetch(`/test-collector/${new URL(collector.url).port}`, { method: 'DELETE' });
  });

  it('asks for a token, refuses a wrong one in words, and is accessible signed out', async () => {
    history.replaceState(null, '', location.pathname);
    const el = await fixture<PalauteDashboard>(
      html`<palaute-dashboard lang="en" endpoint=${`${collector.url}/`}></palaute-dashboard>`,
    );
    expect(text($(el, 'label[for="token"]'))).to.equal('Results access token');
    await expect(el).to.be.accessible();
    await typeToken(el, 'not-a-token');
    await waitFor(() => text($(el, '[role="alert"]')), 'the refusal');
    expect(text($(el, '[role="alert"]'))).to.match(/cannot read the results/);
    expect(root(el).activeElement?.id).to.equal('token');
    expect($(el, '[data-view="nps"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws each office and service with its interval band and n, and tabulates what the API says', async () => {
    const el = await signedIn();
    const groups = await api<NpsResultsGroup>('nps', { bucket: 'week' });
    const buckets = [...new Set(groups.map((group) => group.bucket!))].sort();
    expect(buckets.length).to.equal(8);
    for (const [unit, service] of [
      ['north', 'family-work'],
      ['south', 'family-work'],
      ['north', 'aftercare'],
    ] as const) {
      const figure = series(el, unit, service)!;
      expect(figure, `${unit} / ${service}`).to.exist;
      const mine = groups.filter((group) => group.unit === unit && group.service === service);
      const band = figure.querySelector('polygon.band')!.getAttribute('points')!;
      const labels = [...figure.querySelectorAll('text.n')].map(text);
      const rows = [...figure.querySelectorAll('tbody tr')].map(cells);
      expect(rows.length).to.equal(buckets.length);
      for (const group of mine) {
        const numbers = numbersOf(group)!;
        const index = buckets.indexOf(group.bucket!);
        const x = periodX(index, buckets.length).toFixed(1);
        // The band's top and bottom at this period are the API's NPS ± its margin.
        expect(band).to.include(`${x},${npsY(numbers.nps + numbers.marginOfError).toFixed(1)}`);
        expect(band).to.include(`${x},${npsY(numbers.nps - numbers.marginOfError).toFixed(1)}`);
        expect(labels).to.include(String(numbers.n));
        const signed = numbers.nps.toLocaleString('en', {
          maximumFractionDigits: 1,
          signDisplay: 'exceptZero',
        });
        expect(rows[index], `${unit} week ${group.bucket}`).to.include(signed);
        expect(rows[index]).to.match(new RegExp(`${numbers.n}$`));
      }
    }
    // south sends 6 a week and shows the batch of 5.
    expect(
      groups.filter((group) => group.unit === 'south').map((group) => numbersOf(group)?.n),
    ).to.deep.equal(Array(8).fill(5));
    expect(text($(el, '[data-view="nps"] .summary'))).to.match(
      /^4 office–service lines over 8 periods; the latest NPS is between/,
    );
    await expect(el).to.be.accessible();
  });

  it('shows its alerts and notes sections once signed in, in its language, accessibly', async () => {
    const el = await signedIn();
    const heading = (tag: string) => text($(el, tag)?.shadowRoot?.querySelector('h2'));
    // A section the build dropped (a define module treated as free of side effects) is never upgraded.
    await waitFor(
      () =>
        heading('palaute-dashboard-alerts') === 'Alerts' &&
        heading('palaute-dashboard-notes') === 'You said, we did',
      'the alerts and notes sections',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a group with too few answers as hidden, never as zero', async () => {
    const el = await signedIn();
    const tiny = series(el, 'tiny', 'family-work')!;
    const rows = [...tiny.querySelectorAll('tbody tr')].map(cells);
    expect(rows.length).to.equal(8);
    for (const row of rows) expect(row).to.match(/hidden \(fewer than 5 answers\)$/);
    expect(tiny.querySelector('circle.point, polygon.band, text.n')).to.equal(null);
    expect(tiny.querySelectorAll('text.suppressed-mark').length).to.equal(8);
    await expect(el).to.be.accessible();
  });

  it('tabulates the emoji survey, deviation reports and meeting survey as the API gives them', async () => {
    const el = await signedIn();
    const emoji = await api<{
      bucket: string;
      questions: { questionId: string; faces: Record<string, number>; declined: number; n: number }[];
    }>('emoji-survey', { bucket: 'week' });
    const feelSafe = emoji.flatMap((group) => group.questions.filter((q) => q.questionId === 'feel-safe'));
    const emojiRows = [...$(el, '[data-view="emoji-survey"] table')!.querySelectorAll('tbody tr')].map(cells);
    expect(emojiRows.length).to.equal(feelSafe.length);
    feelSafe.forEach((question, index) =>
      expect(emojiRows[index]).to.include(
        `${[1, 2, 3, 4, 5].map((face) => question.faces[face]).join(' ')} ${question.declined} ${question.n}`,
      ),
    );
    const [deviations] = await api<{ n: number; byCategory: Record<string, number> }>('deviation-reports', {
      bucket: 'month',
    });
    const categoryRow = cells($(el, '[data-view="deviation-reports"] table tbody tr'));
    expect(categoryRow).to.include(
      `${['rights', 'self-determination', 'safety', 'mistreatment', 'service-quality', 'other'].map((c) => deviations!.byCategory[c]).join(' ')} ${deviations!.n}`,
    );
    const [meeting] = await api<{ items: { item: string; mean: number; n: number }[] }>('meeting', {
      role: 'parent',
    });
    const heard = meeting!.items.find((item) => item.item === 'heard')!;
    const meetingRows = [...$(el, '[data-view="meeting"] tbody')!.querySelectorAll('tr')].map(cells);
    expect(meetingRows[0]).to.equal(`Parent north family-work Being heard ${heard.mean} ${heard.n}`);
  });

  it('keeps the filters in the URL, restores them from it, and is usable with the keyboard alone', async () => {
    const el = await signedIn();
    // Keyboard only: from the sign-out button, Tab to the office and choose "north" with the arrows.
    $<HTMLButtonElement>(el, '.sign-out')!.focus();
    await press('Tab');
    expect(root(el).activeElement?.id).to.equal('unit');
    await press('ArrowDown');
    await waitFor(
      () => new URLSearchParams(location.search).get('unit') === 'north',
      'unit=north in the URL',
    );
    await dataShown(el);
    await waitFor(() => !series(el, 'south', 'family-work'), 'only north shown');
    expect(series(el, 'north', 'family-work')).to.exist;
    expect($<HTMLSelectElement>(el, '#unit')!.value).to.equal('north');
    // Back: the URL before, and the dashboard with it.
    history.back();
    await waitFor(() => !location.search.includes('unit='), 'the URL before');
    await waitFor(() => series(el, 'south', 'family-work'), 'every office again', 20_000);
    expect($<HTMLSelectElement>(el, '#unit')!.value).to.equal('');
    // A shared address opens with its filters.
    el.remove();
    const shared = await signedIn('?unit=south&bucket=month');
    expect($<HTMLSelectElement>(shared, '#unit')!.value).to.equal('south');
    expect($<HTMLSelectElement>(shared, '#bucket')!.value).to.equal('month');
    const months = await api<NpsResultsGroup>('nps', { unit: 'south', bucket: 'month' });
    expect([...series(shared, 'south', 'family-work')!.querySelectorAll('tbody tr')].length).to.equal(
      months.length,
    );
    expect(series(shared, 'north', 'family-work')).to.equal(null);
    await expect(shared).to.be.accessible();
  });

  it('says when a choice has no answers, accessibly', async () => {
    const el = await signedIn('?from=2020-01-06&to=2020-01-12');
    expect(text($(el, '[data-view="nps"] .summary'))).to.equal('No answers for this choice.');
    await expect(el).to.be.accessible();
  });

  it('reads again when the live stream says answers arrived', async () => {
    const el = await signedIn('?unit=north');
    const before = series(el, 'north', 'family-work')!.querySelectorAll('tbody tr').length;
    // A batch of five in the current week: a new period appears without a reload.
    for (const score of [10, 10, 9, 9, 10]) {
      await post(
        collector.url,
        { kind: 'nps', unit: 'north', service: 'family-work', weeksAgo: 0, data: { score } },
        new Date().toISOString(),
      );
    }
    await waitFor(
      () => series(el, 'north', 'family-work')!.querySelectorAll('tbody tr').length === before + 1,
      'the new week',
      20_000,
    );
  });

  it('says the results cannot be read when the collector is gone, accessibly', async () => {
    const el = await signedIn();
    el.endpoint = 'http://127.0.0.1:9/';
    await waitFor(() => text($(el, '[role="alert"]')), 'the problem', 20_000);
    expect(text($(el, '[role="alert"]'))).to.match(/cannot be loaded/);
    await expect(el).to.be.accessible();
  });

  it('keeps one status paragraph from loading to loaded, changing only its words', async () => {
    const el = await signedIn();
    const status = $(el, '[role="status"]')!;
    expect(text(status)).to.match(/^Updated /);
    const said: string[] = [];
    new MutationObserver(() => said.push(text(status))).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });
    el.refresh();
    await waitFor(() => said.includes('Loading results…'), 'the status to say it is loading');
    await dataShown(el);
    // A screen reader reads a change in a live region it knows, not one inserted with its words.
    expect(status.isConnected).to.equal(true);
    expect($(el, '[role="status"]')).to.equal(status);
    expect(root(el).querySelectorAll('[role="status"]').length).to.equal(1);
    expect(text(status)).to.match(/^Updated /);
    await expect(el).to.be.accessible();
  });
});
