import { css } from 'lit';

/**
 * Every shared design token resolved once: the public `--palaute-*` custom property with its
 * default, as a private `--_*` property that the widgets' styles use. A widget-specific token
 * (`--palaute-face-size`) is resolved in that widget's styles.
 *
 * Colours come in palettes that set foreground and background together, so a page's own text
 * colour never lands on a surface the widget drew (a light page's dark text on our dark frame, or a
 * dark page's light text on our white one). `theme` picks the palette: `auto` (default) follows
 * `prefers-color-scheme`, `light` and `dark` force one, `inherit` takes the page's colours and
 * draws no surfaces.
 */
const light = css`
  color-scheme: light;
  --_text: var(--palaute-color-text, #1b1b1b);
  --_frame-surface: var(--palaute-color-surface, #fff);
  --_surface: var(--palaute-color-surface, #fff);
  --_accent: var(--palaute-color-accent, #005ea5);
  --_accent-ink: var(--palaute-color-accent, #005ea5);
  --_on-accent: var(--palaute-color-on-accent, #fff);
  --_border: var(--palaute-color-border, #6b6b6b);
  --_focus: var(--palaute-color-focus, #1a73e8);
  --_error: var(--palaute-color-error, #b3261e);
  --_emergency: var(--palaute-color-emergency, #fff4e5);
  --_on-emergency: var(--palaute-color-on-emergency, #1b1b1b);
`;

const dark = css`
  color-scheme: dark;
  --_text: var(--palaute-color-text, #f1f1f1);
  --_frame-surface: var(--palaute-color-surface, #1c1c1c);
  --_surface: var(--palaute-color-surface, #262626);
  --_accent: var(--palaute-color-accent, #8cc8ff);
  --_accent-ink: var(--palaute-color-accent, #8cc8ff);
  --_on-accent: var(--palaute-color-on-accent, #0b1b2b);
  --_border: var(--palaute-color-border, #a0a0a0);
  --_focus: var(--palaute-color-focus, #8ab4f8);
  --_error: var(--palaute-color-error, #ff9d94);
  --_emergency: var(--palaute-color-emergency, #3d2a0f);
  --_on-emergency: var(--palaute-color-on-emergency, #fff4e5);
`;

/**
 * The page's own colours: text, borders, links and outline buttons in its text colour, no
 * surfaces. Only the filled parts (chosen answer, main button) keep a pair of their own.
 */
const inherit = css`
  color-scheme: inherit;
  --_text: var(--palaute-color-text, currentColor);
  --_frame-surface: var(--palaute-color-surface, transparent);
  --_surface: var(--palaute-color-surface, transparent);
  --_accent-ink: var(--palaute-color-accent, currentColor);
  --_border: var(--palaute-color-border, currentColor);
  --_error: var(--palaute-color-error, currentColor);
`;

export const tokens = css`
  :host {
    ${light}
    --_border-width: var(--palaute-border-width, 1px);
    --_focus-width: var(--palaute-focus-width, 3px);
    --_radius: var(--palaute-radius, 0.5rem);
    --_spacing: var(--palaute-spacing, 1rem);
    /* Faces are always drawn on their own light fill, so their features are always dark. */
    --_face-ink: var(--palaute-face-ink, #1b1b1b);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light']):not([theme='inherit'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  :host([theme='inherit']) {
    ${inherit}
  }
`;
