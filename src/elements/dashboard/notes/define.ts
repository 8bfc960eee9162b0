/** Registers `<palaute-dashboard-notes>`; the dashboard imports this for its notes view. */
import { PalauteDashboardNotes } from './palaute-dashboard-notes.js';

if (!customElements.get('palaute-dashboard-notes')) {
  customElements.define('palaute-dashboard-notes', PalauteDashboardNotes);
}

export { PalauteDashboardNotes };
export { dashboardNotesMessages, type DashboardNotesMessages } from './messages.js';
export type { NewNote, StaffNote } from './notes-api.js';
