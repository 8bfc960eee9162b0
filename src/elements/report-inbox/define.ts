/**
 * `palaute/report-inbox`: registers `<palaute-report-inbox>`. Not part of the loader: it is for the
 * collector's `/inbox` page (dist/inbox/inbox.js, Lit bundled in) and intranets.
 */
import { PalauteReportInbox } from './palaute-report-inbox.js';

if (!customElements.get('palaute-report-inbox'))
  customElements.define('palaute-report-inbox', PalauteReportInbox);

export { PalauteReportInbox };
export { reportInboxMessages, type ReportInboxMessages } from './messages.js';
