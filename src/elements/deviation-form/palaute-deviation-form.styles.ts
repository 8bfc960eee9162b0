import { css } from 'lit';

export const deviationFormStyles = css`
  .emergency {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    border-left: 6px solid var(--_error);
    background: var(--_emergency);
    color: var(--_on-emergency);
  }
  /* The most important link on the form is a button-sized target (44 × 44 px at least), not a word. */
  .emergency-call {
    display: flex;
    width: fit-content;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    margin-top: 0.5rem;
    padding: 0.25rem 1rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    color: inherit;
    font-weight: 600;
  }
  .status:not(:empty) {
    margin-top: 1rem;
    font-weight: 600;
  }
  .field {
    margin: 1.25rem 0 0;
  }
  legend,
  label:not(.choice):not(.check) {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .choice,
  .check {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.25rem 0;
    cursor: pointer;
  }
  .choice span::before {
    content: '';
    flex: none;
    display: inline-block;
    width: 1.25rem;
    height: 1.25rem;
    margin-right: 0.75rem;
    vertical-align: -0.2rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
  }
  .choice input:checked + span::before {
    border: 0.4rem solid var(--_accent);
  }
  .choice input:focus-visible + span {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .choice input[aria-invalid='true'] + span::before {
    border-color: var(--_error);
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  input[type='date'] {
    max-width: 14rem;
  }
  textarea {
    min-height: 8rem;
  }
  [aria-invalid='true']:not([type='radio']) {
    border-color: var(--_error);
  }
  .hint,
  .counter {
    margin: 0.25rem 0;
    font-size: 0.9em;
  }
  .contact {
    margin-left: 0.5rem;
    padding-left: 1rem;
    border-left: 4px solid var(--_border);
  }
  .summary {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
  }
  .summary-title {
    font-weight: 600;
    margin: 0;
  }
  .summary a {
    color: var(--_error);
  }
  .reference {
    font-size: 1.25em;
    font-weight: 600;
  }
  .receipt-code {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .receipt-code-title {
    font-weight: 600;
    margin: 0;
  }
  /* Large and spaced, to be copied by hand; tabular digits keep the groups aligned. */
  .code {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.08em;
    word-spacing: 0.3em;
    margin: 0.5rem 0;
  }
  .copy svg {
    vertical-align: -0.2em;
  }
  .facts div {
    margin: 0.5rem 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .conversation {
    list-style: none;
    padding: 0;
  }
  .message {
    margin: 0.75rem 0;
    padding: 0.5rem 0.75rem;
    border-left: 4px solid var(--_border);
  }
  .message p {
    margin: 0.25rem 0;
  }
  .message-text {
    white-space: pre-wrap;
  }
  #receipt-code {
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.08em;
  }
  /* Off screen, not display: none, which some bots skip. */
  .honeypot {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  @media (forced-colors: active) {
    .choice span::before {
      border-color: CanvasText;
    }
    .choice input:checked + span::before {
      border-color: Highlight;
    }
    .emergency {
      border-left-color: CanvasText;
    }
  }
`;
