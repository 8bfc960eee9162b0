import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import type { MessageOverrides } from '../../delivery/configure.js';
import { reportProblem } from '../../kit/events.js';
import { format } from '../../kit/i18n.js';
import { jsonAttribute } from '../../kit/json-attribute.js';
import { LocalizeController } from '../../kit/localize-controller.js';
import { sharedStyles } from '../../kit/shared.styles.js';
import { RESULT_BUCKETS, type NpsResultsGroup, type ResultBucket } from '../../schema/results.js';
import { resultsMessages, type ResultsMessages } from './messages.js';
import { resultsStyles } from './palaute-results.styles.js';
import { meetingTable } from './meeting-table.js';
import {
  followChanges,
  loadMeetingGroups,
  loadNpsRows,
  ResultsProblem,
  type NpsRow,
  type ResultsView,
} from './results-source.js';
import { trendLine } from './trend.js';

/**
 * @tag palaute-results
 * @summary Results per office and service from palaute-collector, live: a table whose numbers are
 * the source of truth. `view="nps"` (the default): NPS with a small trend line per row;
 * `view="meeting"`: client-plan meeting items, their mean, n and the family–municipal gap.
 * For the organisation's intranet.
 *
 * Groups with too few answers are shown without numbers, as the collector sends them.
 *
 * @event palaute-error - The results could not be read; `detail` is `{ code: 'results-unavailable', message }`.
 *
 * @csspart base - The frame.
 * @csspart table - The results table.
 * @csspart status - The line saying when the numbers were updated.
 */
export class PalauteResults extends LitElement {
  static override styles = [sharedStyles, resultsStyles];
  static override properties: PropertyDeclarations = {
    src: {},
    token: { attribute: false },
    unit: {},
    service: {},
    from: {},
    to: {},
    bucket: {},
    view: {},
    respondent: {},
    live: { type: Boolean },
    messages: { converter: jsonAttribute<MessageOverrides>('messages') },
    revision: { state: true, attribute: false },
  };

  /** Base URL of palaute-collector, e.g. `https://palaute.example.fi/`. */
  src = '/';

  /** A bearer token with the `results` role. A property only: a token in an attribute would be in the page's HTML. */
  token?: string;

  /** Only this office. */
  unit?: string;

  /** Only this service. */
  service?: string;

  /** First day (YYYY-MM-DD), inclusive. */
  from?: string;

  /** Last day (YYYY-MM-DD), inclusive. */
  to?: string;

  /** Period of the trend line: day, week or month. */
  bucket: ResultBucket = 'week';

  /** Which results: `nps` or `meeting`. */
  view: ResultsView = 'nps';

  /**
   * Only answers of this respondent role (`parent`, `municipal-worker`, …), the envelope's
   * `respondent` values; the meeting view only. (Not `role`: that is an ARIA attribute.)
   */
  respondent?: string;

  /** Follow new answers as they arrive. */
  live = false;

  /** Per-language message overrides, as for the other widgets. */
  messages?: MessageOverrides;

  private revision = 0;
  private readonly localize = new LocalizeController(this, resultsMessages);
  private liveStream: AbortController | undefined;

  private readonly results = new Task(this, {
    task: async ([view, respondent, src, token, unit, service, from, to, bucket], { signal }) =>
      view === 'meeting'
        ? {
            view,
            ...(await loadMeetingGroups(src, token, { unit, service, from, to, role: respondent }, signal)),
          }
        : { view, ...(await loadNpsRows(src, token, { unit, service, from, to }, bucket, signal)) },
    args: () =>
      [
        this.checkedView,
        this.respondent,
        this.src,
        this.token,
        this.unit,
        this.service,
        this.from,
        this.to,
        this.checkedBucket,
        this.revision,
      ] as const,
    onError: (error) =>
      reportProblem(this, 'results-unavailable', error instanceof Error ? error.message : String(error)),
  });

  private get checkedView(): ResultsView {
    return this.view === 'meeting' ? 'meeting' : 'nps';
  }

  private get checkedBucket(): ResultBucket {
    return (RESULT_BUCKETS as readonly string[]).includes(this.bucket) ? this.bucket : 'week';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.followLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.liveStream?.abort();
  }

  protected override updated(changed: Map<string, unknown>): void {
    const followed = ['view', 'live', 'src', 'token', 'unit', 'service', 'from', 'to'];
    if (followed.some((name) => changed.has(name))) this.followLive();
  }

  private followLive(): void {
    this.liveStream?.abort();
    this.liveStream = undefined;
    if (!this.live || !this.isConnected) return;
    const controller = new AbortController();
    this.liveStream = controller;
    const query = { unit: this.unit, service: this.service, from: this.from, to: this.to };
    // The stream takes the shared filter only: a role filter is applied when reading again.
    void followChanges(
      [this.checkedView],
      this.src,
      this.token,
      query,
      () => (this.revision += 1),
      controller.signal,
    );
  }

  protected override render() {
    const m = this.localize.messages;
    return html`<div part="base" class="base">
      ${this.results.render({
        initial: () => html`<p role="status">${m.loading}</p>`,
        pending: () =>
          this.results.value
            ? this.renderTable(m, this.results.value)
            : html`<p role="status">${m.loading}</p>`,
        complete: (value) => this.renderTable(m, value),
        error: (error) =>
          html`<p class="error" role="alert">
            ${error instanceof ResultsProblem && error.kind === 'unauthorized' ? m.unauthorized : m.unavailable}
          </p>`,
      })}
    </div>`;
  }

  private renderTable(m: ResultsMessages, value: NonNullable<typeof this.results.value>) {
    const { minGroup, generatedAt } = value;
    const time = new Date(generatedAt).toLocaleTimeString(this.localize.locale, {
      hour: '2-digit',
      minute: '2-digit',
    });
    const status = html`<p class="status" part="status" role="status">
      ${format(m.updated, { time })}${this.live ? html` · ${m.live}` : nothing}
    </p>`;
    const count = value.view === 'meeting' ? value.groups.length : value.rows.length;
    if (count === 0)
      return html`<p>${m.empty}</p>
        ${status}`;
    return html`<div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
        ${
          value.view === 'meeting'
            ? meetingTable(m, value.groups, minGroup, this.localize.locale)
            : this.renderNpsTable(m, value.rows, minGroup)
        }
      </div>
      ${status}`;
  }

  private renderNpsTable(m: ResultsMessages, rows: readonly NpsRow[], minGroup: number) {
    return html`<table part="table">
      <caption id="caption">
        ${m.caption}
      </caption>
      <thead>
        <tr>
          ${[
            m.unit,
            m.service,
            m.nps,
            m.margin,
            m.answers,
            m.promoters,
            m.passives,
            m.detractors,
            m.trend,
          ].map((label) => html`<th scope="col">${label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => this.renderRow(m, row, minGroup))}
      </tbody>
    </table>`;
  }

  private renderRow(m: ResultsMessages, { total, trend }: NpsRow, minGroup: number) {
    const name = (value: string | null) => value ?? html`<span class="muted">${m.notSet}</span>`;
    const numbers = 'nps' in total ? total : undefined;
    // A suppressed group has no numbers at all: one cell says why, across the number columns.
    const cells = numbers
      ? [
          html`<strong>${signed(numbers.nps)}</strong>`,
          `±${numbers.marginOfError}`,
          numbers.n,
          numbers.promoters,
          numbers.passives,
          numbers.detractors,
        ].map((cell) => html`<td class="number">${cell}</td>`)
      : html`<td colspan="6"><span class="muted">${format(m.tooFew, { min: minGroup })}</span></td>`;
    const values = trend
      .map((point: NpsResultsGroup) => ('nps' in point ? signed(point.nps) : '–'))
      .join(', ');
    return html`<tr>
      <th scope="row">${name(total.unit)}</th>
      <td>${name(total.service)}</td>
      ${cells}
      <td>
        ${
          trend.length > 1
            ? html`${trendLine(trend)}<span class="sr-only">${format(m.trendLabel, { values })}</span>`
            : nothing
        }
      </td>
    </tr>`;
  }
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-results': PalauteResults;
  }
  interface PalauteMessagesByTag {
    'palaute-results': ResultsMessages;
  }
}
