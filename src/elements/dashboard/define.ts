/**
 * `palaute/dashboard`: registers `<palaute-dashboard>`. Not part of the loader: it is for the
 * collector's page at `/` (dist/dashboard/dashboard.js, Lit bundled in) and intranets.
 * Sections added to the dashboard (sections.ts) register here too.
 */
import { PalauteDashboard } from './palaute-dashboard.js';
import './alerts/define.js';
import './notes/define.js';

if (!customElements.get('palaute-dashboard')) customElements.define('palaute-dashboard', PalauteDashboard);

export { PalauteDashboard };
export { dashboardMessages, type DashboardMessages } from './messages.js';
export { DASHBOARD_SECTIONS, type DashboardSection } from './sections.js';
