import { css } from 'lit';

export const meetingSurveyStyles = css`
  .progress {
    display: block;
    font-size: 0.9em;
    margin-bottom: 0.25rem;
  }
  .question {
    display: block;
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
    margin-bottom: 0.75rem;
  }
  .listen {
    margin-bottom: 1rem;
  }
  .roles {
    display: grid;
    gap: 0.5rem;
  }
  .role-option {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--palaute-scale-gap, 0.375rem);
  }
  .option {
    position: relative;
    flex: 1 0 2.75rem;
    max-width: 4rem;
  }
  .option span {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 600;
  }
  .option input:checked + span {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .option input:focus-visible + span {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .option input[aria-invalid='true'] + span {
    border-color: var(--_error);
  }
  .ends {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0.75rem;
    font-size: 0.9em;
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
  .qr {
    display: block;
    width: min(100%, 16rem);
    height: auto;
    /* Black on white whatever the theme: a scanner needs it. */
    forced-color-adjust: none;
  }
  .qr-link {
    font-size: 0.85em;
  }
  .meeting-summary dl {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
  }
  .meeting-summary dd {
    margin: 0;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .option span {
      border-color: ButtonText;
    }
    .option input:checked + span {
      forced-color-adjust: none;
      background-color: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
    .option input:focus-visible + span {
      outline-color: Highlight;
    }
  }
`;
