import { css } from 'lit';

/** The drawn faces as radio choices, with their speaker buttons (kit/face-choices.ts). */
export const faceChoicesStyles = css`
  :host {
    --_face-size: var(--palaute-face-size, 4.5rem);
  }
  /* The container is inside the shadow root: a page rule such as "* { all: unset }" reaches :host, not this. */
  .base {
    container-type: inline-size;
  }
  .faces {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(var(--_face-size), 1fr));
    gap: 0.5rem;
  }
  .face-cell {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.25rem;
  }
  .skip-cell {
    display: flex;
    gap: 0.5rem;
    align-items: stretch;
    margin-top: 0.75rem;
  }
  .skip-cell .skip-option {
    flex: 1;
  }
  /* A face's speaker: its own large target under the face, apart from the face a tap chooses. */
  .speaker {
    min-width: 3rem;
    min-height: 3rem;
    padding: 0.25rem;
    font-size: 1.25rem;
  }
  .face-option,
  .skip-option {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    min-width: 4rem;
    min-height: 4rem;
    padding: 0.5rem 0.25rem;
    border: 3px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: center;
    cursor: pointer;
  }
  .skip-option {
    flex-direction: row;
    justify-content: center;
    border: 2px solid var(--_border);
  }
  .face {
    width: var(--_face-size);
    max-width: 100%;
    height: auto;
  }
  /* The face is drawn in its own pair (light fill, dark ink), never in the page's text colour. */
  .face-skin {
    fill: var(--palaute-face-fill, #ffe9a8);
    stroke: var(--_face-ink);
    stroke-width: 3;
  }
  .face-feature {
    fill: var(--_face-ink);
  }
  .face-line {
    fill: none;
    stroke: var(--_face-ink);
    stroke-width: 5;
    stroke-linecap: round;
  }
  .face-word {
    font-weight: 600;
  }
  /* Five faces do not fit a narrow column: a wrapped row would break the scale's order, so stack them. */
  @container (max-width: 30rem) {
    .faces-5 {
      grid-template-columns: 1fr;
    }
    .faces-5 .face-cell {
      flex-direction: row;
    }
    .faces-5 .face-option {
      flex: 1;
      flex-direction: row;
      gap: 1rem;
      padding-inline: 1rem;
    }
    .faces-5 .face {
      width: 3.5rem;
    }
  }
  label:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: 0 0 0 3px var(--_accent);
  }
  label:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 4px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .face {
      transition: transform 200ms ease-out;
    }
    label:has(input:checked) .face {
      transform: scale(1.08);
    }
  }
  @media (forced-colors: active) {
    .face-skin {
      fill: Canvas;
      stroke: CanvasText;
    }
    .face-feature {
      fill: CanvasText;
    }
    .face-line {
      stroke: CanvasText;
    }
    label:has(input:checked) {
      border: 5px double Highlight;
      box-shadow: none;
    }
  }
`;
