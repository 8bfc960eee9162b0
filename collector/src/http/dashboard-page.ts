/** The results dashboard as the collector serves it at / (served-page.ts). */
import { packageScriptFile, type ServedPage } from './served-page.js';

export const DASHBOARD_PAGE: ServedPage = {
  path: '/',
  script: 'dashboard/dashboard.js',
  tag: 'palaute-dashboard',
  title: 'Palautteen tulokset',
  name: 'the dashboard',
};

/** `dist/dashboard/dashboard.js` of the installed palaute package. */
export const dashboardScriptFile = () => packageScriptFile(DASHBOARD_PAGE);
