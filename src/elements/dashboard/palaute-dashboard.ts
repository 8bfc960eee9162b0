import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { MessageOverrides } from '../../delivery/configure.js';
import { reportProblem } from '../../kit/events.js';
import { format } from '../../kit/i18n.js';
import { jsonAttribute } from '../../kit/json-attribute.js';
import { LocalizeController } from '../../kit/localize-controller.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { followChanges, getJson, ResultsProblem, url } from '../results/results-source.js';
import { DASHBOARD_VIEWS, loadDashboard, type DashboardData } from './dashboard-data.js';
import {
  filtersFromQuery,
  queryWithFilters,
  sameFilters,
  type DashboardFilters,
} from './dashboard-filters.js';
import { filtersForm, filtersOfForm } from './filters-form.js';
import { dashboardMessages, type DashboardMessages } from './messages.js';
import { dashboardStyles } from './palaute-dashboard.styles.js';
import { addA4PageRule } from './print-page.js';
import { DASHBOARD_SECTIONS, type DashboardSection } from './sections.js';
import { signInForm } from './sign-in.js';
import { deviationSection } from './views/deviation-section.js';
import { emojiSection } from './views/emoji-section.js';
import { meetingSection } from './views/meeting-section.js';
import { npsSection } from './views/nps-section.js';
import type { ViewContext } from './views/view-context.js';

/**
 * @tag palaute-dashboard
 * @summary The results dashboard: sign in with a `results` token, filter by office, service, days
 * and period, and read NPS with its 95 % interval, the emoji survey per question, deviation
 * reports per month and the meeting survey per item and role, each as a chart, a table and a
 * one-line summary, updated live. The collector serves it at `/`; it works on an intranet page too.
 *
 * The filters live in the page's URL query (`unit`, `service`, `from`, `to`, `bucket`), so a view
 * can be bookmarked and shared; `lang` there (fi, sv, en) sets the language when the element has none; the token is kept only in memory, never in the URL or storage.
 * Groups with too few answers show as hidden, never as zero.
 *
 * @event palaute-error - The results could not be read; `detail` is `{ code: 'results-unavailable', message }`.
 *
 * @csspart base - The frame.
 * @csspart filters - The filter form.
 * @csspart button - The sign-in button.
 */
export class PalauteDashboard extends LitElement {
  static override styles = [sharedStyles, dashboardStyles];
  static override properties: PropertyDeclarations = {
    endpoint: {},
    messages: { converter: jsonAttribute<MessageOverrides>('messages') },
    token: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    signIn: { state: true, attribute: false },
    revision: { state: true, attribute: false },
  };

  /** Base URL of palaute-collector, e.g. `https://palaute.example.fi/`; the page's own origin by default. */
  endpoint = '/';

  /** Per-language message overrides, as for the other widgets. */
  messages?: MessageOverrides;

  private token: string | undefined;
  private filters: DashboardFilters = { bucket: 'week' };
  private signIn: { busy: boolean; problem: string | undefined } = { busy: false, problem: undefined };
  private revision = 0;
  private readonly localize = new LocalizeController(this, dashboardMessages);
  private liveStream: AbortController | undefined;
  private readonly sections = new Map<string, DashboardSection>();

  private get base(): string {
    return this.endpoint.endsWith('/') ? this.endpoint : `${this.endpoint}/`;
  }

  private readonly data = new Task(this, {
    task: async ([base, token, filters], { signal }) =>
      token ? loadDashboard(base, token, filters, signal) : undefined,
    args: () => [this.base, this.token, this.filters, this.revision] as const,
    onError: (error) =>
      reportProblem(this, 'results-unavailable', error instanceof Error ? error.message : String(error)),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.filters = filtersFromQuery(location.search);
    // The collector's page is Finnish; `?lang=sv` or `?lang=en` in its address shows another language.
    const lang = new URLSearchParams(location.search).get('lang');
    if (lang && !this.hasAttribute('lang')) this.setAttribute('lang', lang);
    addEventListener('popstate', this.onPopState);
    addA4PageRule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    this.liveStream?.abort();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('token') || changed.has('filters') || changed.has('endpoint')) this.followLive();
  }

  /** Back and forward restore the filters the URL held. */
  private readonly onPopState = () => {
    const filters = filtersFromQuery(location.search);
    if (!sameFilters(filters, this.filters)) this.filters = filters;
  };

  private readonly changeFilters = (form: HTMLFormElement) => {
    const filters = filtersOfForm(form);
    if (sameFilters(filters, this.filters)) return;
    this.filters = filters;
    history.pushState(
      history.state,
      '',
      `${location.pathname}${queryWithFilters(location.search, filters)}${location.hash}`,
    );
  };

  private followLive(): void {
    this.liveStream?.abort();
    this.liveStream = undefined;
    if (!this.token || !this.isConnected) return;
    const controller = new AbortController();
    this.liveStream = controller;
    const { unit, service, from, to } = this.filters;
    void followChanges(
      DASHBOARD_VIEWS,
      this.base,
      this.token,
      { unit, service, from, to },
      () => this.refresh(),
      controller.signal,
    );
  }

  /** Reads every section again. The live stream calls this when results change. */
  refresh(): void {
    this.revision += 1;
    for (const section of this.sections.values()) section.refresh();
  }

  private readonly submitToken = async (event: SubmitEvent) => {
    event.preventDefault();
    const m = this.localize.messages;
    if (this.signIn.busy) return;
    const input = (event.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    const token = input.value.trim();
    if (!token) {
      this.signIn = { busy: false, problem: m.tokenMissing };
      input.focus();
      return;
    }
    this.signIn = { busy: true, problem: undefined };
    try {
      await getJson(url(this.base, 'v1/results/nps', {}), token, new AbortController().signal);
      this.signIn = { busy: false, problem: undefined };
      this.token = token;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
    } catch (error) {
      const refused = error instanceof ResultsProblem && error.kind === 'unauthorized';
      this.signIn = { busy: false, problem: refused ? m.tokenRefused : m.unavailable };
      if (!refused)
        reportProblem(this, 'results-unavailable', error instanceof Error ? error.message : String(error));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
    }
  };

  private readonly signOut = async () => {
    this.token = undefined;
    this.sections.clear();
    this.liveStream?.abort();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#token')?.focus();
  };

  protected override render() {
    const m = this.localize.messages;
    return html`<div part="base" class="base">
      ${this.token ? this.renderSignedIn(m) : signInForm(m, this.signIn, this.submitToken)}
    </div>`;
  }

  private renderSignedIn(m: DashboardMessages) {
    const value = this.data.value;
    const choices = value ?? { units: [], services: [] };
    return html`<header class="top">
        <h1 class="title" tabindex="-1">${m.title}</h1>
        <button type="button" class="sign-out" @click=${this.signOut}>${m.signOut}</button>
      </header>
      ${filtersForm(m, this.filters, choices, this.changeFilters)}
      <p
        class="status"
        role="status"
        aria-busy=${this.data.status === TaskStatus.PENDING && value ? 'true' : nothing}
      >
        ${this.statusText(m)}
      </p>
      ${this.data.render({
        pending: () => (value ? this.renderData(m, value) : nothing),
        complete: (data) => (data ? this.renderData(m, data) : nothing),
        error: (error) =>
          html`<p class="error" role="alert">
            ${error instanceof ResultsProblem && error.kind === 'unauthorized' ? m.tokenRefused : m.unavailable}
          </p>`,
      })}
      ${DASHBOARD_SECTIONS.map((tag) => this.section(tag))}`;
  }

  /**
   * The live region's words. One paragraph kept across the states: a screen reader does not read
   * a live region that is inserted already holding its text, only a change to one it knows.
   */
  private statusText(m: DashboardMessages): string {
    const status = this.data.status;
    if (status === TaskStatus.INITIAL || status === TaskStatus.PENDING) return m.loading;
    const data = status === TaskStatus.COMPLETE ? this.data.value : undefined;
    if (!data) return '';
    const time = new Date(data.generatedAt).toLocaleTimeString(this.localize.locale, {
      hour: '2-digit',
      minute: '2-digit',
    });
    return `${format(m.updated, { time })} · ${m.live}`;
  }

  private renderData(m: DashboardMessages, data: DashboardData) {
    const context: ViewContext = {
      m,
      locale: this.localize.locale,
      minGroup: data.minGroup,
      bucket: this.filters.bucket,
    };
    return html`${npsSection(context, data.nps)} ${emojiSection(context, data.emoji)}
    ${deviationSection(context, data.deviations)} ${meetingSection(context, data.meeting)}`;
  }

  /**
   * An added section's element (sections.ts), made once per sign-in and kept, so its own state
   * survives renders; shown whatever state the charts are in, since it reads on its own.
   */
  private section(tag: string): DashboardSection {
    let section = this.sections.get(tag);
    if (!section) {
      section = document.createElement(tag) as DashboardSection;
      section.classList.add('section');
      this.sections.set(tag, section);
    }
    section.endpoint = this.base;
    section.token = this.token;
    return section;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-dashboard': PalauteDashboard;
  }
}
