import { css } from 'lit';

export const npsStyles = css`
  legend {
    font-weight: 600;
    font-size: 1.1em;
    margin-bottom: 0.75rem;
  }
  label.comment-label {
    display: block;
    font-weight: 600;
  }
  .hint,
  .counter {
    margin: 0.25rem 0;
    font-size: 0.9em;
  }
`;
