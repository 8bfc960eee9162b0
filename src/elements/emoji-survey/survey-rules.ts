/** Plain checks the survey schema uses; kept zod-free so the element can use them too. */

/**
 * Names of recorded clips: the survey's own texts (`title`, `closing`, `warm-up`,
 * `question.<id>`, `help.<id>`, `help.<id>.<action 1|2>`) and the widget's (`face3.1` … `face5.5`,
 * `skip`, `back`, `next`, `send`, `thanks`, `kiosk-next`, `warm-up-label`, `choice-required`, `help-title`, `help-continue`, `help-emergency`).
 */
export const CLIP_KEY_PATTERN =
  /^(?:title|closing|warm-up|(?:question|help)\.[A-Za-z0-9][\w.-]{0,99}|face3\.[1-3]|face5\.[1-5]|skip|back|next|send|thanks|kiosk-next|warm-up-label|choice-required|help-title|help-continue|help-emergency)$/;

/** An https URL or a path; where it may be fetched from is decided when played (see clip-source.ts). */
export function isClipUrl(value: string): boolean {
  if (value.length === 0 || value.length > 2000) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return /^https:\/\//i.test(value);
  return !value.startsWith('//');
}

export function isHelpHref(value: string): boolean {
  return /^tel:\+?[0-9 -]{3,20}$/.test(value) || /^https:\/\/[^\s]+$/.test(value);
}
