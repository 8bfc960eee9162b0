/**
 * Text a database can keep: no NUL (PostgreSQL's text and jsonb refuse it) and no lone UTF-16
 * surrogate (not a character; it cannot be encoded as UTF-8). No keyboard types either, so a
 * string holding one is a broken or hostile sender's, refused here in the browser and the
 * collector alike rather than failing in the database. Zod-free: the collector's queries use it too.
 */

/** In `u` mode a surrogate pair is one code point, so `\p{Cs}` matches only a lone half. */
const UNSTORABLE = /[\0\p{Cs}]/u;

export const UNSTORABLE_TEXT_MESSAGE = 'has a NUL or a lone surrogate, which cannot be stored';

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}
