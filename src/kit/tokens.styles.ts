import { css } from 'lit';

/**
 * Every shared design token resolved once: the public `--palaute-*` custom property with its
 * default, as a private `--_*` property that the widgets' styles use. A widget-specific token
 * (`--palaute-face-size`) is resolved in that widget's styles.
 */
export const tokens = css`
  :host {
    --_accent: var(--palaute-color-accent, #005ea5);
    --_on-accent: var(--palaute-color-on-accent, #fff);
    --_surface: var(--palaute-color-surface, #fff);
    --_frame-surface: var(--palaute-color-surface, transparent);
    --_border: var(--palaute-color-border, #6b6b6b);
    --_border-width: var(--palaute-border-width, 1px);
    --_focus: var(--palaute-color-focus, #1a73e8);
    --_focus-width: var(--palaute-focus-width, 3px);
    --_error: var(--palaute-color-error, #b3261e);
    --_radius: var(--palaute-radius, 0.5rem);
    --_spacing: var(--palaute-spacing, 1rem);
  }
`;
