/**
 * Reading a unit's latest "you said, we did" notes from palaute-collector's public read
 * (`GET /v1/public/notes`, beside the answers endpoint: `…/v1/answers` → `…/v1/public/notes`).
 * What comes back is checked before it is shown: a note is only ever rendered as text.
 */
import * as z from 'zod/mini';
import { LOCALES, type Locale } from '../../schema/constants.js';

/** The collector's bound on each text; a longer one is refused here as not a note. */
const NOTE_TEXT_MAX_LENGTH = 300;
const text = z.string().check(z.minLength(1), z.maxLength(NOTE_TEXT_MAX_LENGTH));

export const publicNoteSchema = z.object({
  id: z.string(),
  unit: z.string(),
  lang: z.enum(LOCALES),
  youSaid: text,
  weDid: text,
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type PublicNote = z.infer<typeof publicNoteSchema>;

const publicNotesSchema = z.object({ notes: z.array(publicNoteSchema) });

/** Why notes could not be read: the collector refused or was not reached, or sent something else. */
export class NotesProblem extends Error {
  override name = 'NotesProblem';
}

/** The public read's URL for the page's answers endpoint. */
export function publicNotesUrl(endpoint: string, unit: string, lang: Locale, limit: number): URL {
  const url = new URL('public/notes', new URL(endpoint, document.baseURI));
  url.search = new URLSearchParams({ unit, lang, limit: String(limit) }).toString();
  return url;
}

/** The latest notes, newest first; throws NotesProblem with a message for the console. */
export async function loadPublicNotes(url: URL, signal?: AbortSignal): Promise<PublicNote[]> {
  let response: Response;
  try {
    // No cookies: the read is public. The browser's cache honours the collector's max-age and ETag.
    response = await fetch(url, { credentials: 'omit', signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NotesProblem(`notes could not be read from ${url.origin}: ${String(error)}`);
  }
  if (!response.ok)
    throw new NotesProblem(`notes could not be read: ${url.origin} answered ${response.status}`);
  const parsed = publicNotesSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new NotesProblem(
      `the notes from ${url.origin} are not valid: ${field || 'the body'} is not as expected`,
    );
  }
  return parsed.data.notes;
}
