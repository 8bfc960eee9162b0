/**
 * How the description's limits count text: in characters as a person sees them (code points),
 * not UTF-16 units, so an emoji is one character in the counter, the textarea and the schema.
 * Zod-free: the element imports it.
 */

/** Invisible format characters: zero-width space and joiners, word joiner, BOM, bidi marks. */
const FORMAT = /\p{Cf}/gu;

export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** Characters that show, a run of whitespace counting as one space: what a minimum asks for. */
export function visibleLength(text: string): number {
  return codePointLength(text.replace(FORMAT, '').replace(/\s+/g, ' ').trim());
}

/**
 * `maxlength` counts UTF-16 units; a limit of `max` characters allows one more unit for each
 * character above the BMP already in `text`.
 */
export function maxlengthFor(text: string, max: number): number {
  return max + (text.length - codePointLength(text));
}
