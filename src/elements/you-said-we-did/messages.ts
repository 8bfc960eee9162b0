import type { Catalog } from '../../kit/i18n.js';
import { NOTE_LABELS } from '../../kit/notes/note-labels.js';

/** Every text `<palaute-you-said-we-did>` shows besides the notes themselves. */
export interface YouSaidWeDidMessages {
  /** The heading above the notes. */
  title: string;
  /** The label before what the children said, and before what was done. */
  youSaid: string;
  weDid: string;
  /** The button that reads the notes aloud. */
  listen: string;
  loading: string;
  /** No note has been published for this unit in this language. */
  empty: string;
  /** The notes could not be read; the page goes on. */
  unavailable: string;
}

export const youSaidWeDidMessages: Catalog<YouSaidWeDidMessages> = {
  fi: {
    title: 'Sinä sanoit, me teimme',
    ...NOTE_LABELS.fi,
    listen: 'Kuuntele',
    loading: 'Haetaan…',
    empty: 'Täällä ei ole vielä uutisia.',
    unavailable: 'Uutisia ei saatu juuri nyt. Kokeile myöhemmin uudelleen.',
  },
  sv: {
    title: 'Du sa, vi gjorde',
    ...NOTE_LABELS.sv,
    listen: 'Lyssna',
    loading: 'Hämtar…',
    empty: 'Här finns inga nyheter ännu.',
    unavailable: 'Nyheterna kunde inte hämtas just nu. Försök igen senare.',
  },
  en: {
    title: 'You said, we did',
    ...NOTE_LABELS.en,
    listen: 'Listen',
    loading: 'Loading…',
    empty: 'There is no news here yet.',
    unavailable: 'The news could not be loaded right now. Try again later.',
  },
};
