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
  /* Above "I don't want to answer", which the NPS does not have. */
  .ends {
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
`;
