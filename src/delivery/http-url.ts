/**
 * An endpoint, or any link a page gives a widget, is an absolute http(s) URL or a path on this site
 * ("/api/feedback", "./x"). Anything else (a typo, "javascript:", a bare word) is reported, not used.
 */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: string };

const RELATIVE = /^(\/|\.\.?\/)/;

export function checkHttpUrl(value: string | null | undefined): UrlCheck {
  const text = value?.trim() ?? '';
  if (text === '') return { ok: false, reason: 'no URL is set' };
  let url: URL;
  try {
    url = new URL(text, baseUrl());
  } catch {
    return { ok: false, reason: `"${text}" is not a URL` };
  }
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(text);
  if (!absolute && !RELATIVE.test(text)) {
    return { ok: false, reason: `"${text}" is neither an http(s) URL nor a path starting with "/"` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `"${text}" uses ${url.protocol} (only http and https are allowed)` };
  }
  return { ok: true, url: url.href };
}

/** Where relative URLs resolve: the page's base, a worker's location; Node has neither. */
function baseUrl(): string | undefined {
  return globalThis.document?.baseURI ?? globalThis.location?.href;
}
