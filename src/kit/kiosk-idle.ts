import { adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import { IdleController, type IdleHost, type IdleOptions } from './idle-controller.js';
import { idleNoticeStyles } from './idle-notice.styles.js';

/**
 * What kiosk mode loads once a widget is a kiosk (KioskController): the idle reset with its
 * "Are you still there?" notice, and the notice's styles, adopted into the widget's shadow root
 * (a constructed style sheet, as Lit adopts the widget's own: no inline <style> for a strict CSP).
 * Issue 24: most pages are no kiosk, and none of this is needed before the question is visible.
 */
export function watchIdle(host: IdleHost, options: IdleOptions): IdleController {
  const root = host.shadowRoot!;
  // Lit's adoptStyles replaces the sheets where it can adopt them, and appends a <style> where not.
  if (supportsAdoptingStyleSheets)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, idleNoticeStyles.styleSheet!];
  else adoptStyles(root, [idleNoticeStyles]);
  return new IdleController(host, options);
}
