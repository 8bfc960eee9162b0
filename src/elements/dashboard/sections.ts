/**
 * Sections other features add to the dashboard, below its charts: each is a custom element with
 * `endpoint` and `token` properties and a `refresh()` method, which the dashboard calls when the
 * live stream says results changed. To add one: import its define module in define.ts and add
 * its tag here, e.g. `'palaute-dashboard-alerts'`. The dashboard creates the element once,
 * passes the collector's base URL and the token, and removes it on sign-out.
 */
export interface DashboardSection extends HTMLElement {
  /** The collector's base URL, as `<palaute-dashboard endpoint>`. */
  endpoint: string;
  /** The `results` token the person signed in with. */
  token: string | undefined;
  /** Read again: the results changed. */
  refresh(): void;
}

/** Tags of the added sections, in the order they are shown. */
export const DASHBOARD_SECTIONS: readonly string[] = ['palaute-dashboard-alerts', 'palaute-dashboard-notes'];
