import { css } from 'lit';

/** The "Are you still there?" notice of IdleController: on top, where a returning person looks. */
export const idleNoticeStyles = css`
  .idle-notice {
    position: sticky;
    top: 0;
    z-index: 1;
    margin-bottom: 1rem;
    padding: 1rem;
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--palaute-color-surface, #fff);
    color: var(--palaute-color-text, #1a1a1a);
    font-size: 1.15em;
  }
  .idle-notice p {
    margin: 0 0 0.75rem;
    font-weight: 600;
  }
  .idle-notice button {
    min-height: 3rem;
  }
  @media (forced-colors: active) {
    .idle-notice {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
