import { css } from 'lit';

/** The 0–10 scale of number-scale.ts: eleven touch-sized boxes that wrap, and its explained ends. */
export const numberScaleStyles = css`
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
    margin-top: 0.5rem;
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .option span {
      transition: background-color 120ms ease-out;
    }
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
