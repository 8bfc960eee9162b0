/**
 * The reports inbox as the collector serves it at /inbox: one small page and the inbox element's
 * script from the installed `palaute` package, on the API's own origin, under a CSP that lets the
 * page load nothing but its own script and talk to nothing but this collector.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INBOX_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

export const INBOX_SCRIPT_PATH = '/inbox/inbox.js';

export const INBOX_HTML = `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Poikkeamailmoitukset</title>
    <script type="module" src="${INBOX_SCRIPT_PATH}"></script>
  </head>
  <body>
    <palaute-report-inbox></palaute-report-inbox>
  </body>
</html>
`;

/** `dist/inbox/inbox.js` of the installed palaute package, found through its package.json. */
export function inboxScriptFile(): string {
  const packageJson = fileURLToPath(import.meta.resolve('palaute/package.json'));
  return join(dirname(packageJson), 'dist', 'inbox', 'inbox.js');
}

export const inboxScriptExists = (file = inboxScriptFile()) => existsSync(file);

/** The script's text, or undefined when the package was built without the inbox. */
export async function readInboxScript(file = inboxScriptFile()): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
