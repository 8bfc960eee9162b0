import { css } from 'lit';

/** A note in large type for children: each part on its own line, the label in bold. */
export const noteStyles = css`
  .note {
    font-size: var(--palaute-note-font-size, 1.375rem);
    line-height: 1.4;
    margin: 0 0 1.25rem;
  }
  .note p {
    margin: 0 0 0.5rem;
  }
  .note .label {
    font-weight: 700;
    display: block;
  }
  .note .date {
    font-size: 1rem;
  }
`;
