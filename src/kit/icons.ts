import { svg } from 'lit';

/**
 * A speaker, drawn: an emoji glyph is an empty box on a device without a colour-emoji font
 * (Chromium and WebKitGTK on Debian), and a child cannot tell what such a button does. Drawn in
 * the text colour, so it follows the theme and forced colours.
 */
export const speakerIcon = svg`<svg viewBox="0 0 24 24" width="1.2em" fill="currentColor" aria-hidden="true"><path d="M3 9h4l5-4v14l-5-4H3zm12 0a4 4 0 0 1 0 6m3-9a8 8 0 0 1 0 12" stroke="currentColor" stroke-width="2"/></svg>`;
