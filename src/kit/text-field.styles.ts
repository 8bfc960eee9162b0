import { css } from 'lit';

/** Text inputs and textareas, for the widgets that have them. */
export const textFieldStyles = css`
  input:not([type='radio']):not([type='checkbox']),
  textarea {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }
  textarea {
    min-height: 6rem;
  }
`;
