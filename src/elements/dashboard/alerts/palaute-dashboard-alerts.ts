import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { MessageOverrides } from '../../../delivery/configure.js';
import { reportAttribute, reportProblem } from '../../../kit/events.js';
import { format } from '../../../kit/i18n.js';
import { jsonAttribute } from '../../../kit/json-attribute.js';
import { LocalizeController } from '../../../kit/localize-controller.js';
import { sharedStyles } from '../../../kit/shared.styles.js';
import { alertSentence } from './alert-words.js';
import { acknowledge, AlertsProblem, loadAlerts, type DashboardAlert } from './alerts-source.js';
import { dashboardAlertsMessages, type DashboardAlertsMessages } from './messages.js';
import { dashboardAlertsStyles } from './palaute-dashboard-alerts.styles.js';

type Loading =
  { state: 'loading' } | { state: 'ready' } | { state: 'failed'; problem: AlertsProblem['kind'] };

/**
 * @tag palaute-dashboard-alerts
 * @summary The collector's open alerts (issue 22): each rule in words with its numbers, the unit
 * (and service), when it fired and whether it has recovered, and an Acknowledge button. The
 * dashboard calls `refresh()` when answers arrive (its results stream); alerts that were not
 * there before are announced in a polite live region.
 *
 * @event palaute-error - The alerts could not be read or an alert could not be acknowledged;
 * `detail` is `{ code: 'results-unavailable', message }`.
 *
 * @csspart base - The frame.
 * @cssproperty --palaute-color-alert - The edge of an alert that still holds.
 */
export class PalauteDashboardAlerts extends LitElement {
  static override styles = [sharedStyles, dashboardAlertsStyles];
  static override properties: PropertyDeclarations = {
    endpoint: {},
    token: { attribute: false },
    messages: { converter: jsonAttribute<MessageOverrides>('messages') },
    alerts: { state: true, attribute: false },
    loading: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    failedId: { state: true, attribute: false },
  };

  /** Base URL of palaute-collector, e.g. `https://palaute.example.fi/`. */
  endpoint = '/';

  /** A bearer token with the `results` role. A property only: a token in an attribute would be in the page's HTML. */
  token?: string;

  /** Per-language message overrides, as for the other elements. */
  messages?: MessageOverrides;

  private alerts: readonly DashboardAlert[] = [];
  private loading: Loading = { state: 'loading' };
  private announcement = '';
  /** The alert whose acknowledgement is under way. */
  private busy: string | undefined;
  private failedId: string | undefined;
  /** Ids shown so far: a refresh announces only the others. Undefined before the first list. */
  private seen: Set<string> | undefined;
  private readonly localize = new LocalizeController(this, dashboardAlertsMessages);
  private reading: AbortController | undefined;
  private rendered = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // After the first render, so that a token set just after the element was added is used.
    void this.updateComplete.then(() => this.refresh());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reading?.abort();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (this.rendered && (changed.has('endpoint') || changed.has('token'))) void this.refresh();
    this.rendered = true;
  }

  /** Reads the open alerts again; resolves when they are shown (or the problem is). */
  async refresh(): Promise<void> {
    if (!this.isConnected) return;
    if (!URL.canParse(this.endpoint, document.baseURI)) {
      reportAttribute(this, 'endpoint', `"${this.endpoint}" is not a URL`);
      this.loading = { state: 'failed', problem: 'unavailable' };
      return;
    }
    this.reading?.abort();
    const reading = new AbortController();
    this.reading = reading;
    try {
      const { alerts, problems } = await loadAlerts(this.endpoint, this.token, reading.signal);
      if (reading.signal.aborted) return;
      for (const problem of problems)
        reportProblem(this, 'results-unavailable', `GET /v1/alerts: ${problem}`, problem.split(':')[0]);
      this.announceNew(alerts);
      this.alerts = alerts;
      this.loading = { state: 'ready' };
    } catch (error) {
      if (reading.signal.aborted) return;
      const problem =
        error instanceof AlertsProblem ? error : new AlertsProblem('unavailable', String(error));
      reportProblem(this, 'results-unavailable', problem.message);
      this.loading = { state: 'failed', problem: problem.kind };
    }
    await this.updateComplete;
  }

  private announceNew(alerts: readonly DashboardAlert[]): void {
    const ids = alerts.map((alert) => alert.id);
    const fresh = this.seen ? ids.filter((id) => !this.seen!.has(id)).length : 0;
    this.seen = new Set([...(this.seen ?? []), ...ids]);
    if (fresh) this.announcement = format(this.localize.messages.newAlerts, { count: fresh });
  }

  private async acknowledge(alert: DashboardAlert, index: number): Promise<void> {
    // The button stays focusable while busy (aria-disabled), so a second press must be ignored here.
    if (this.busy) return;
    this.busy = alert.id;
    this.failedId = undefined;
    try {
      await acknowledge(this.endpoint, this.token, alert.id);
    } catch (error) {
      reportProblem(this, 'results-unavailable', `alert ${alert.id} not acknowledged: ${String(error)}`);
      this.failedId = alert.id;
      this.busy = undefined;
      return;
    }
    this.busy = undefined;
    this.alerts = this.alerts.filter((shown) => shown.id !== alert.id);
    // Emptied first: the same words set again would not change the live region, so not be read.
    this.announcement = '';
    await this.updateComplete;
    this.announcement = this.localize.messages.acknowledged;
    await this.updateComplete;
    // Focus stays in the list: on the alert now in its place, or the heading when none is left.
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>('button.acknowledge');
    (
      buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('h2')
    )?.focus();
  }

  protected override render() {
    const m = this.localize.messages;
    return html`<section part="base" class="base" aria-labelledby="heading">
      <h2 id="heading" tabindex="-1">${m.heading}</h2>
      <p class="sr-only" role="status">${this.announcement}</p>
      ${this.renderBody(m)}
    </section>`;
  }

  private renderBody(m: DashboardAlertsMessages) {
    if (this.loading.state === 'loading') return html`<p>${m.loading}</p>`;
    if (this.loading.state === 'failed') {
      return html`<p class="error" role="alert">
        ${this.loading.problem === 'unauthorized' ? m.unauthorized : m.unavailable}
      </p>`;
    }
    if (!this.alerts.length) return html`<p class="none">${m.none}</p>`;
    return html`<ul>
      ${this.alerts.map((alert, index) => this.renderAlert(m, alert, index))}
    </ul>`;
  }

  private renderAlert(m: DashboardAlertsMessages, alert: DashboardAlert, index: number) {
    const locale = this.localize.locale;
    const when = (iso: string) =>
      html`<time datetime=${iso}
        >${new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' })}</time
      >`;
    const where = alert.service
      ? format(m.unitAndService, { unit: alert.unit, service: alert.service })
      : format(m.unitOnly, { unit: alert.unit });
    const sentenceId = `sentence-${index}`;
    const busy = this.busy === alert.id;
    return html`<li class=${alert.clearedAt ? 'cleared' : 'firing'}>
      <p class="state">${alert.clearedAt ? m.cleared : m.stillFiring}</p>
      <p class="where" id=${`where-${index}`}>${where}</p>
      <p class="sentence" id=${sentenceId}>${alertSentence(m, alert, locale)}</p>
      <p class="times">
        ${m.fired}:
        ${when(alert.firedAt)}${alert.clearedAt ? html` · ${m.cleared}: ${when(alert.clearedAt)}` : nothing}
      </p>
      <p class="rule">${format(m.rule, { rule: alert.rule })}</p>
      ${this.failedId === alert.id ? html`<p class="error" role="alert">${m.acknowledgeFailed}</p>` : nothing}
      <button
        type="button"
        class="acknowledge"
        aria-describedby=${`where-${index} ${sentenceId}`}
        aria-disabled=${busy ? 'true' : 'false'}
        @click=${() => this.acknowledge(alert, index)}
      >
        ${busy ? m.acknowledging : m.acknowledge}
      </button>
    </li>`;
  }
}
