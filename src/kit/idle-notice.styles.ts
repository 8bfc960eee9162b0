import { css } from 'lit';

/**
 * The "Are you still there?" notice of IdleController: fixed on top of the screen, where a returning
 * person looks, and out of the flow, so that its going away moves nothing under a finger.
 */
export const idleNoticeStyles = css`
  .idle-notice {
    position: fixed;
    top: 1rem;
    left: 1rem;
    right: 1rem;
    z-index: 2147483647;
    max-width: 36rem;
    margin: 0 auto;
    box-shadow: 0 0.25rem 1.5rem rgb(0 0 0 / 35%);
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
