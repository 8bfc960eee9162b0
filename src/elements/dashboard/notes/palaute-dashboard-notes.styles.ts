import { css } from 'lit';

export const dashboardNotesStyles = css`
  form {
    display: grid;
    gap: 0.75rem;
    max-width: 40rem;
  }
  label {
    font-weight: 600;
    display: block;
  }
  .hint {
    margin: 0;
    font-size: 0.9375rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
  label.choice {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    font-weight: 400;
    margin-inline-end: 1rem;
    min-height: 2.75rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
  .error {
    color: var(--_error);
    margin: 0;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .withdrawn {
    opacity: 0.8;
  }
`;
