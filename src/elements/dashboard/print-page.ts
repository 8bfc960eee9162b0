/**
 * `@page` rules apply only from the document, never from a shadow root: the dashboard adds an A4
 * page to the document once, as a constructed stylesheet (allowed by the page's
 * `style-src 'self'`, where a <style> element would not be).
 */
let added = false;

export function addA4PageRule(): void {
  if (added || !('adoptedStyleSheets' in Document.prototype)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('@page { size: A4; margin: 15mm; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  added = true;
}
