import { css } from 'lit';

export const emojiSurveyStyles = css`
  .title {
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .progress ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  .progress li {
    width: 0.875rem;
    height: 0.875rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
  }
  .progress li.done {
    background: var(--_border);
  }
  .progress li.current {
    background: var(--_accent);
    border-color: var(--_accent);
    transform: scale(1.3);
  }
  .question {
    display: block;
    font-size: 1.5em;
    font-weight: 600;
    line-height: 1.3;
    margin-bottom: 0.75rem;
  }
  .listen {
    margin-bottom: 1rem;
  }
  .picture {
    display: block;
    max-width: 100%;
    max-height: 16rem;
    margin: 0 auto 1rem;
    border-radius: var(--_radius);
  }
  .warm-up {
    display: block;
    font-style: italic;
    margin-bottom: 0.25rem;
  }
  .moving-on {
    margin: 0.75rem 0 0;
  }
  .moving-bar {
    display: block;
    height: 0.375rem;
    margin-bottom: 0.25rem;
    border-radius: 0.25rem;
    background: var(--_accent);
  }
  .help-title {
    font-size: 1.35em;
    font-weight: 600;
    margin: 0 0 0.75rem;
  }
  .help-text,
  .help-emergency {
    font-size: 1.15em;
    line-height: 1.5;
  }
  .help-actions {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  /* Calls and pages are large targets a child's finger finds on a tablet. */
  .help-action {
    display: inline-flex;
    align-items: center;
    min-height: 3rem;
    padding: 0.25rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .problems {
    font-weight: normal;
    font-size: 0.9em;
  }
  @media (prefers-reduced-motion: no-preference) {
    /* The pause before the next question, seen as a bar that fills. */
    .moving-bar {
      animation: palaute-fill 600ms linear both;
      transform-origin: left;
    }
    @keyframes palaute-fill {
      from {
        transform: scaleX(0);
      }
    }
  }
  @media (forced-colors: active) {
    .moving-bar {
      background: CanvasText;
    }
    /* Forced colours drop the accent: the current dot is a ring in Highlight, done dots are filled. */
    .progress li {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .progress li.done {
      background: CanvasText;
    }
    .progress li.current {
      background: Canvas;
      border: 4px double Highlight;
    }
  }
`;
