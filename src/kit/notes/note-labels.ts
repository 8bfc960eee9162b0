import type { Locale } from '../../schema/constants.js';
import type { NoteLabels } from './note-view.js';

/** "You said" and "So we" in each language: the element's defaults and the emoji survey's closing note. */
export const NOTE_LABELS: Record<Locale, NoteLabels> = {
  fi: { youSaid: 'Sinä sanoit', weDid: 'Niinpä me' },
  sv: { youSaid: 'Du sa', weDid: 'Så vi' },
  en: { youSaid: 'You said', weDid: 'So we' },
};
