/**
 * <palaute-dashboard-alerts> against a real palaute-collector on another origin (test/support/
 * test-collector.mjs) with one alert rule: answers that cross the line make an alert the element
 * lists in words and announces; acknowledging it with the keyboard takes it off the collector's
 * open list. Server text is shown as text; a bad token and a bad endpoint are reported.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createEnvelope } from '../../../src/delivery/create-envelope.js';
import '../../../src/elements/dashboard/alerts/define.js';
import type { PalauteDashboardAlerts } from '../../../src/elements/dashboard/alerts/define.js';
import { captureConsoleErrors } from '../../support/console.js';
import { uniqueName, waitFor } from '../../support/endpoint.js';
import { HOST_PAGES, resetHostPage, useHostPage } from '../../support/host-page.js';
import { press } from '../../support/input.js';
import { warmUpPage } from '../../support/warm-up.js';

interface Collector {
  url: string;
  token: string;
}

// Per service, so that the element shows one.
const RULES = [{ id: 'low-nps', kind: 'nps-below', lastAnswers: 3, below: 0, byService: true }];

const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => (root(el).textContent ?? '').replace(/\s+/g, ' ');

describe('<palaute-dashboard-alerts> with a running collector', function () {
  this.timeout(30_000);
  let collector: Collector;

  before(async function () {
    this.timeout(120_000);
    await warmUpPage();
    const started = await fetch('/test-collector', {
      method: 'POST',
      body: JSON.stringify({ alerts: RULES, minGroup: 3 }),
    });
    collector = (await started.json()) as Collector;
  });
  after(async function () {
    // Closing waits for the alert checks under way; on a loaded machine that once took over 30 s.
    this.timeout(120_000);
    await fetch(`/test-collector/${new URL(collector.url).port}`, { method: 'DELETE' });
  });

  /** Three detractors of `unit`: the rule's window fills below the line. */
  async function crossTheLine(unit: string, service = 'family-work') {
    for (let i = 0; i < 3; i++) {
      const envelope = createEnvelope('nps', { score: 0 }, 'fi', {
        unit,
        service,
        context: null,
        respondent: null,
      });
      const response = await fetch(`${collector.url}/v1/answers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': envelope.id },
        body: JSON.stringify(envelope),
      });
      expect(response.status).to.equal(201);
    }
  }

  async function openAlerts(all = false) {
    const response = await fetch(`${collector.url}/v1/alerts${all ? '?all=1' : ''}`, {
      headers: { Authorization: `Bearer ${collector.token}` },
    });
    return (
      (await response.json()) as { alerts: { id: string; unit: string; acknowledgedAt: string | null }[] }
    ).alerts;
  }

  async function render(lang = 'en') {
    const el = await fixture<PalauteDashboardAlerts>(
      html`<palaute-dashboard-alerts
        lang=${lang}
        endpoint=${collector.url}
        .token=${collector.token}
      ></palaute-dashboard-alerts>`,
    );
    await waitFor(() => root(el).querySelector('li, .none, [role="alert"]'), 'the first list');
    return el;
  }

  /** Acknowledges every open alert, so each test starts from an empty list. */
  async function acknowledgeAll() {
    for (const alert of await openAlerts()) {
      await fetch(`${collector.url}/v1/alerts/${alert.id}/acknowledge`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${collector.token}` },
      });
    }
  }
  beforeEach(acknowledgeAll);

  it('lists a new alert in words after refresh(), announces it, and is accessible', async () => {
    const el = await render();
    expect(text(el)).to.contain('No unacknowledged alerts.');
    await expect(el).to.be.accessible();

    const unit = uniqueName('unit');
    await crossTheLine(unit);
    const [alert] = await waitFor(async () => {
      const open = await openAlerts();
      return open.length ? open : undefined;
    }, 'the collector to fire the alert');
    await el.refresh();

    const items = root(el).querySelectorAll('li');
    expect(items.length).to.equal(1);
    expect(items[0]!.querySelector('.where')!.textContent!.trim()).to.equal(`${unit}, service family-work`);
    expect(items[0]!.querySelector('.sentence')!.textContent!.trim()).to.equal(
      'NPS over the last 3 answers is -100, below the line of 0.',
    );
    expect(items[0]!.querySelector('.state')!.textContent!.trim()).to.equal('Still below the line');
    expect(items[0]!.querySelector('.rule')!.textContent!.trim()).to.equal('Rule low-nps');
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(
      (await fullAlert(alert!.id)).firedAt,
    );
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('New alerts: 1.');
    await expect(el).to.be.accessible();
  });

  async function fullAlert(id: string) {
    const response = await fetch(`${collector.url}/v1/alerts?all=1`, {
      headers: { Authorization: `Bearer ${collector.token}` },
    });
    const { alerts } = (await response.json()) as { alerts: { id: string; firedAt: string }[] };
    return alerts.find((alert) => alert.id === id)!;
  }

  it('acknowledges with the keyboard: gone here and from the collector’s open list', async () => {
    await crossTheLine(uniqueName('unit'));
    await waitFor(async () => (await openAlerts()).length === 1, 'the alert');
    const el = await render();
    const button = root(el).querySelector<HTMLButtonElement>('button.acknowledge')!;
    expect(button.textContent!.trim()).to.equal('Acknowledge');
    button.focus();
    await press('Enter');

    await waitFor(() => root(el).querySelector('li') === null, 'the alert to leave the list');
    expect(text(el)).to.contain('No unacknowledged alerts.');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Alert acknowledged.');
    expect(root(el).activeElement?.id, 'focus on the heading').to.equal('heading');
    expect(await openAlerts()).to.deep.equal([]);
    const [acknowledged] = await openAlerts(true);
    expect(acknowledged!.acknowledgedAt).to.match(/^\d{4}-/);
    await expect(el).to.be.accessible();
  });

  it('keeps focus on the button while acknowledging, and announces each acknowledgement', async () => {
    await crossTheLine(uniqueName('unit'));
    await crossTheLine(uniqueName('unit'));
    await waitFor(async () => (await openAlerts()).length === 2, 'two alerts');
    const el = await render();
    const status = root(el).querySelector('[role="status"]')!;
    const said: string[] = [];
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, {
      subtree: true,
      childList: true,
      characterData: true,
    });

    for (const left of [1, 0]) {
      const button = root(el).querySelector<HTMLButtonElement>('button.acknowledge')!;
      button.focus();
      button.click();
      button.click();
      await el.updateComplete;
      // A disabled button would drop focus to the page's body; aria-disabled keeps it here.
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Acknowledging…');
      expect(root(el).activeElement).to.equal(button);
      await waitFor(() => root(el).querySelectorAll('li').length === left, `${left} alert(s) left`);
      await el.updateComplete;
    }
    // Emptied before each: the second, identical, announcement is a change a screen reader reads.
    expect(said.filter((words) => words === 'Alert acknowledged.').length).to.equal(2);
    expect(said.filter((words) => words === '').length).to.be.at.least(1);
    expect(await openAlerts()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows a unit name from the collector as text, never as markup', async () => {
    const unit = `<img src=x onerror="window.hacked=1">${uniqueName('u')}`;
    await crossTheLine(unit);
    await waitFor(async () => (await openAlerts()).length === 1, 'the alert');
    const el = await render();
    expect(root(el).querySelector('img')).to.equal(null);
    expect(root(el).querySelector('.where')!.textContent!.trim()).to.equal(`${unit}, service family-work`);
  });

  it('speaks Finnish by default and Swedish with lang="sv"', async () => {
    await crossTheLine(uniqueName('yksikko'));
    await waitFor(async () => (await openAlerts()).length === 1, 'the alert');
    const fi = await fixture<PalauteDashboardAlerts>(
      html`<palaute-dashboard-alerts
        endpoint=${collector.url}
        .token=${collector.token}
      ></palaute-dashboard-alerts>`,
    );
    await waitFor(() => root(fi).querySelector('li'), 'the list in Finnish');
    expect(root(fi).querySelector('h2')!.textContent).to.equal('Hälytykset');
    expect(root(fi).querySelector('.sentence')!.textContent!.trim()).to.equal(
      'NPS viimeisistä 3 vastauksesta on −100, alle rajan 0.',
    );
    expect(root(fi).querySelector('button')!.textContent!.trim()).to.equal('Kuittaa');
    await expect(fi).to.be.accessible();

    const sv = await render('sv');
    expect(root(sv).querySelector('h2')!.textContent).to.equal('Larm');
    expect(root(sv).querySelector('button')!.textContent!.trim()).to.equal('Kvittera');
    await expect(sv).to.be.accessible();
  });

  it('says when the token may not read alerts, and names a bad endpoint in the console', async () => {
    let el!: PalauteDashboardAlerts;
    const errors = await captureConsoleErrors(async () => {
      el = await fixture<PalauteDashboardAlerts>(
        html`<palaute-dashboard-alerts
          lang="en"
          endpoint=${collector.url}
          .token=${'not-a-token'}
        ></palaute-dashboard-alerts>`,
      );
      await waitFor(() => root(el).querySelector('[role="alert"]'), 'the refusal');
    });
    expect(root(el).querySelector('[role="alert"]')!.textContent!.trim()).to.equal(
      'Alerts cannot be shown: this token may not read results.',
    );
    expect(errors.join('\n')).to.contain('<palaute-dashboard-alerts> the collector answered 401');
    await expect(el).to.be.accessible();

    const badEndpoint = await captureConsoleErrors(async () => {
      const bad = await fixture<PalauteDashboardAlerts>(
        html`<palaute-dashboard-alerts
          lang="en"
          endpoint="http://[::1"
          .token=${collector.token}
        ></palaute-dashboard-alerts>`,
      );
      await waitFor(() => root(bad).querySelector('[role="alert"]'), 'the problem');
    });
    expect(badEndpoint.join('\n')).to.contain('attribute "endpoint": "http://[::1" is not a URL');
  });

  describe('on every host page', () => {
    afterEach(resetHostPage);
    for (const host of HOST_PAGES) {
      it(`is accessible with an alert listed on a ${host} page`, async function () {
        await useHostPage(this, host);
        await crossTheLine(uniqueName('unit'));
        await waitFor(async () => (await openAlerts()).length === 1, 'the alert');
        const el = await render();
        expect(root(el).querySelectorAll('li').length).to.equal(1);
        await expect(el).to.be.accessible();
      });
    }
  });
});
