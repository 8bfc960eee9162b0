/** One "you said, we did" note on screen and as heard; the texts go in as text, never HTML. */
import { html } from 'lit';
import type { Speakable } from '../read-aloud-controller.js';
import type { PublicNote } from './public-notes.js';

/** The two labels a note is read with: "You said" and "So we". */
export interface NoteLabels {
  youSaid: string;
  weDid: string;
}

/** `2026-11-02` as the reader's language writes a day; the date is a day, not a moment. */
export function noteDate(date: string, locale: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

export function noteView(note: PublicNote, labels: NoteLabels, locale: string) {
  return html`<article class="note" part="note" lang=${note.lang}>
    <p class="you-said"><span class="label">${labels.youSaid}</span> ${note.youSaid}</p>
    <p class="we-did"><span class="label">${labels.weDid}</span> ${note.weDid}</p>
    <p class="date"><time datetime=${note.date}>${noteDate(note.date, locale)}</time></p>
  </article>`;
}

/** The note as the read-aloud voice says it, in the note's own language. */
export function noteSpeakables(note: PublicNote, labels: NoteLabels): Speakable[] {
  return [
    { text: `${labels.youSaid}: ${note.youSaid}`, lang: note.lang },
    { text: `${labels.weDid}: ${note.weDid}`, lang: note.lang },
  ];
}
