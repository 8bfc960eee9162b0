/**
 * `show-notes`: the unit's latest "you said, we did" note on the thank-you screen. Imported only
 * when a child reaches that screen with `show-notes` on, so the survey's page does not carry it.
 * A note that cannot be read is left out with a console warning: the thank-you stays as it is.
 */
import { warnOnce } from '../../delivery/log.js';
import { NOTE_LABELS } from '../../kit/notes/note-labels.js';
import { noteStyles } from '../../kit/notes/note.styles.js';
import { noteSpeakables, noteView } from '../../kit/notes/note-view.js';
import { loadPublicNotes, publicNotesUrl } from '../../kit/notes/public-notes.js';
import type { Speakable } from '../../kit/read-aloud-controller.js';
import type { Locale } from '../../schema/constants.js';

export interface ClosingNote {
  view: unknown;
  heard: Speakable[];
}

/** The note's look joins the survey's styles only now (constructed sheets, so a strict CSP allows it). */
function adoptNoteStyles(root: ShadowRoot): void {
  const sheet = noteStyles.styleSheet;
  if (sheet && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export async function closingNote(
  root: ShadowRoot | null,
  endpoint: string,
  unit: string,
  locale: Locale,
): Promise<ClosingNote | undefined> {
  try {
    if (root) adoptNoteStyles(root);
    const [note] = await loadPublicNotes(publicNotesUrl(endpoint, unit, locale, 1));
    if (!note) return undefined;
    const labels = NOTE_LABELS[locale];
    return { view: noteView(note, labels, locale), heard: noteSpeakables(note, labels) };
  } catch (error) {
    warnOnce(
      'closing-note',
      `<palaute-emoji-survey> show-notes: the latest note was not shown: ${String(error)}`,
    );
    return undefined;
  }
}
