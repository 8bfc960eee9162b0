import { css } from 'lit';

export const dashboardAlertsStyles = css`
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.75rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  li {
    border: var(--_border-width) solid var(--_border);
    /* Not colour alone: the state is also in words ("Alert", "Recovered"). */
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    padding: 0.75rem;
  }
  li.firing {
    border-inline-start-color: var(--palaute-color-alert, var(--_accent));
  }
  .state {
    font-weight: 600;
    margin: 0;
  }
  .where {
    margin: 0.25rem 0;
    font-weight: 600;
  }
  .sentence,
  .times,
  .rule {
    margin: 0.25rem 0;
  }
  .rule,
  .times {
    font-size: 0.9em;
  }
  .error {
    margin: 0.5rem 0;
  }
  button {
    margin-top: 0.5rem;
  }
`;
