/** The publish form's fields and their checks, before the collector's own. */
import { format } from '../../../kit/i18n.js';
import { IDENTIFIER_MAX_LENGTH } from '../../../schema/constants.js';
import type { DashboardNotesMessages } from './messages.js';
import type { NewNote } from './notes-api.js';

/** The collector's bound on each text (collector/src/notes/note-schemas.ts). */
export const NOTE_TEXT_MAX_LENGTH = 300;

export type NoteField = 'unit' | 'youSaid' | 'weDid' | 'date';
export const NOTE_FIELDS: readonly NoteField[] = ['unit', 'youSaid', 'weDid', 'date'];

/** Each field's problem, in the reader's language, naming the field; empty when the note can go. */
export function noteProblems(note: NewNote, m: DashboardNotesMessages): Partial<Record<NoteField, string>> {
  const problems: Partial<Record<NoteField, string>> = {};
  for (const field of NOTE_FIELDS) {
    const value = note[field].trim();
    const name = m[field];
    if (!value) problems[field] = format(m.required, { field: name });
    else if (field !== 'date') {
      // The unit is an identifier like a widget's `unit` attribute: the collector's bound is shorter.
      const max = field === 'unit' ? IDENTIFIER_MAX_LENGTH : NOTE_TEXT_MAX_LENGTH;
      if (value.length > max) problems[field] = format(m.tooLong, { field: name, max });
    }
  }
  return problems;
}

/** Today in the browser's own time zone, as an `<input type="date">` value. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
