/** Registers `<palaute-dashboard-alerts>`; the dashboard imports it. Not part of the loader: it is for intranets. */
import { PalauteDashboardAlerts } from './palaute-dashboard-alerts.js';

if (!customElements.get('palaute-dashboard-alerts')) {
  customElements.define('palaute-dashboard-alerts', PalauteDashboardAlerts);
}

declare global {
  interface HTMLElementTagNameMap {
    'palaute-dashboard-alerts': PalauteDashboardAlerts;
  }
}

export { PalauteDashboardAlerts };
export { dashboardAlertsMessages, type DashboardAlertsMessages } from './messages.js';
export type { DashboardAlert } from './alerts-source.js';
