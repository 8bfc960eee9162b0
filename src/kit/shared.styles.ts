import { css } from 'lit';
import { tokens } from './tokens.styles.js';

/**
 * Look shared by every widget: frame, buttons, choices, messages. Colours come from the tokens;
 * the font comes from the page.
 */
const base = css`
  :host {
    display: block;
    max-width: 100%;
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set inside the shadow root, not on :host, which a page rule like "* { all: unset }" can reset. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    overflow-wrap: anywhere;
    /* Foreground and background together: the page's text colour never lands on our surface. */
    background: var(--_frame-surface);
    color: var(--_text);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_spacing);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_accent-ink);
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  /* Choices are real radios, invisible over the label that draws them: the whole label is the target. */
  input[type='radio'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.25rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent-ink);
    background: var(--_surface);
    color: var(--_accent-ink);
    cursor: pointer;
  }
  button.primary {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .error {
    color: var(--_error);
    font-weight: 600;
    margin: 0.5rem 0 0;
  }
  /* Titles are headings (role="heading", level from heading-level), sized as before. */
  .heading {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
    margin: 0 0 0.5rem;
  }
  .status {
    margin: 0;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .base,
    button {
      border-color: CanvasText;
    }
    button.primary {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

export const sharedStyles = [tokens, base];
