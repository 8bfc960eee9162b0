import { css } from 'lit';

/**
 * Look shared by every widget. Colours come from documented custom properties with fallbacks;
 * the font comes from the page.
 */
export const sharedStyles = css`
  :host {
    display: block;
    max-width: 100%;
    color: var(--palaute-color-text, inherit);
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
    background: var(--palaute-color-surface, transparent);
    border: var(--palaute-border-width, 1px) solid var(--palaute-color-border, #6b6b6b);
    border-radius: var(--palaute-radius, 0.5rem);
    padding: var(--palaute-spacing, 1rem);
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
    color: var(--palaute-color-accent, #005ea5);
  }
  :focus-visible {
    outline: var(--palaute-focus-width, 3px) solid var(--palaute-color-focus, #1a73e8);
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
  /* Text fields look alike in every widget. */
  input:not([type='radio']):not([type='checkbox']),
  textarea {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    font: inherit;
    color: inherit;
    background: var(--palaute-color-surface, #fff);
    border: 2px solid var(--palaute-color-border, #6b6b6b);
    border-radius: var(--palaute-radius, 0.5rem);
    padding: 0.5rem;
  }
  textarea {
    min-height: 6rem;
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
    border-radius: var(--palaute-radius, 0.5rem);
    border: 2px solid var(--palaute-color-accent, #005ea5);
    background: var(--palaute-color-surface, #fff);
    color: var(--palaute-color-accent, #005ea5);
    cursor: pointer;
  }
  button.primary {
    background: var(--palaute-color-accent, #005ea5);
    color: var(--palaute-color-on-accent, #fff);
  }
  .error {
    color: var(--palaute-color-error, #b3261e);
    font-weight: 600;
    margin: 0.5rem 0 0;
  }
  .thanks-title {
    font-size: 1.25em;
    font-weight: 600;
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
