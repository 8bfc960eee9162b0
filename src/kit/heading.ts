/** Titles as headings at a level the page chooses, so a widget fits the page's outline. */
import { html, type TemplateResult } from 'lit';

export const DEFAULT_HEADING_LEVEL = 2;

/** `heading-level` as a level from 1 to 6; anything else is the default. */
export function headingLevel(raw: unknown): number {
  const level = Number(raw);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
}

/**
 * A heading with `role="heading"`: the level is an attribute, which a real `<h2>` cannot be
 * without building markup from strings. Focusable from script, so a new screen can move focus to it.
 */
export function heading(level: number, className: string, content: unknown): TemplateResult {
  // Kept on one line: whitespace around the content would become part of the heading's text.
  // prettier-ignore
  return html`<div class="heading ${className}" role="heading" aria-level=${level} tabindex="-1">${content}</div>`;
}
