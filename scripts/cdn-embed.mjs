/**
 * The CDN form of the one-script embed, from dist/integrity.json: the loader's script tag with its
 * integrity, the import map that gives every chunk's integrity (engines that check it refuse a
 * changed chunk), and the Content-Security-Policy script-src that allows both.
 *
 *   node scripts/cdn-embed.mjs https://cdn.jsdelivr.net/npm/palaute@0.1.0/dist/
 *
 * test/support/cdn-origin.mjs builds its pages with this, so what it prints is what is tested.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** `base`: the URL of the dist/ folder, ending in '/'. `integrity`: dist/integrity.json's content. */
export function cdnEmbed(base, integrity) {
  if (!base.endsWith('/')) throw new Error(`the base URL should end in "/": ${base}`);
  const chunks = Object.fromEntries(
    Object.entries(integrity.chunks).map(([file, hash]) => [new URL(file, base).href, hash]),
  );
  const importMap = JSON.stringify({ integrity: chunks });
  // An import map is inline script to CSP: allowed by the hash of its text, not 'unsafe-inline'.
  const importMapHash = `'sha256-${createHash('sha256').update(importMap).digest('base64')}'`;
  const html =
    `<script type="importmap">${importMap}</script>\n` +
    `<script type="module" src="${new URL('palaute.js', base).href}" integrity="${integrity.loader}" crossorigin="anonymous"></script>`;
  return { html, importMap, scriptSrc: `'self' ${new URL(base).origin} ${importMapHash}` };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const base = process.argv[2];
  if (!base) {
    console.error('usage: node scripts/cdn-embed.mjs BASE_URL_OF_DIST/');
    process.exit(2);
  }
  const integrity = JSON.parse(readFileSync(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
  const { html, scriptSrc } = cdnEmbed(base, integrity);
  console.log(`${html}\n\nContent-Security-Policy: script-src ${scriptSrc}; …`);
}
