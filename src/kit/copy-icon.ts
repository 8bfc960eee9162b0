import { svg } from 'lit';

/**
 * "Copy", drawn as two sheets (see icons.ts for why not an emoji). A file of its own: only the
 * deviation form uses it, and the kit code two widgets share goes to every page.
 */
export const copyIcon = svg`<svg viewBox="0 0 24 24" width="1.2em" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true"><rect x="8" y="8" width="12" height="13" rx="2"/><path d="M16 8V5a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v11a2 2 0 0 0 2 2h2"/></svg>`;
