import { css } from 'lit';

export const youSaidWeDidStyles = css`
  .notes {
    list-style: none;
    margin: 1rem 0 0;
    padding: 0;
  }
  .title {
    font-size: 1.5rem;
    margin: 0 0 0.75rem;
  }
  .listen {
    font-size: 1.125rem;
  }
  .status {
    font-size: 1.25rem;
    margin: 0;
  }
`;
