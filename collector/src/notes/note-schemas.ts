/**
 * "You said, we did" notes (issue 22): what staff publish, and the queries of the staff's and the
 * public read. Texts are bounded so that a note stays a short line a child can follow.
 */
import { IDENTIFIER_MAX_LENGTH, isStorableText, LOCALES, UNSTORABLE_TEXT_MESSAGE } from 'palaute/schema';
import { z } from 'zod';

/** Each of "you said" and "so we": short enough for large type on a tablet. */
export const NOTE_TEXT_MAX_LENGTH = 300;
/** The public read's `limit`: the default, and the most one request gets. */
export const PUBLIC_NOTES_DEFAULT_LIMIT = 3;
export const PUBLIC_NOTES_MAX_LIMIT = 20;

/**
 * Trimmed and bounded as the widgets' `unit` attribute is (kit/common-attributes.ts), so a unit
 * pasted with a space matches the children's answers and the public read of the same unit.
 */
const unit = z
  .string()
  .trim()
  .min(1, 'should not be empty')
  .max(IDENTIFIER_MAX_LENGTH)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

/** Trimmed first, so a note of spaces is refused as empty rather than published blank. */
const noteText = z
  .string()
  .trim()
  .min(1, 'should not be empty')
  .max(NOTE_TEXT_MAX_LENGTH)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

const day = z.iso.date().refine((date) => date >= '1970-01-01', 'should be 1970-01-01 or later');

export const newNoteSchema = z
  .strictObject({
    unit,
    lang: z.enum(LOCALES),
    youSaid: noteText,
    weDid: noteText,
    date: day,
  })
  .describe('note');
export type NewNote = z.infer<typeof newNoteSchema>;

export const staffNotesQuerySchema = z.strictObject({ unit: z.optional(unit) }).describe('query');

export const publicNotesQuerySchema = z
  .strictObject({
    unit,
    lang: z.enum(LOCALES),
    limit: z.optional(z.coerce.number().int().min(1).max(PUBLIC_NOTES_MAX_LIMIT)),
  })
  .describe('query');
