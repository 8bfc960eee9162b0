/**
 * A page the collector serves on its own origin (the reports inbox at /inbox, the results
 * dashboard at /): one small HTML page and one element's script from the installed `palaute`
 * package, under a CSP that lets the page load nothing but its own script and talk to nothing
 * but this collector. Lit's styles are constructed stylesheets (adoptedStyleSheets), which
 * `style-src 'self'` does not block; the elements use no inline style attributes.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import { HttpProblem } from './problems.js';

export const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

export interface ServedPage {
  /** Where the page is served, e.g. `/inbox`. */
  readonly path: string;
  /** The script's path in the package's dist folder, also where it is served under /. */
  readonly script: string;
  /** The element the page holds. */
  readonly tag: string;
  /** The page's title (Finnish, the page's language). */
  readonly title: string;
  /** What it is, for the 404 and the warning at start: "the reports inbox". */
  readonly name: string;
}

export const pageHtml = ({ script, tag, title }: ServedPage) => `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${title}</title>
    <script type="module" src="/${script}"></script>
  </head>
  <body>
    <${tag}></${tag}>
  </body>
</html>
`;

/** The page's script in the installed palaute package (`dist/<script>`), found through its package.json. */
export function packageScriptFile({ script }: ServedPage): string {
  const packageJson = fileURLToPath(import.meta.resolve('palaute/package.json'));
  return join(dirname(packageJson), 'dist', script);
}

export const scriptExists = (file: string) => existsSync(file);

/** The script's text, or undefined when the package was built without it. */
export async function readScript(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * GET the page and its script, public: the page holds nothing, the element signs in against the
 * API with a token. `file` is the script to serve (a test's or an operator's), default the package's.
 */
export function servedPageRoutes(page: ServedPage, file = packageScriptFile(page)): FastifyPluginAsync {
  const config = { access: 'public' } as const;
  const html = pageHtml(page);
  return async (app) => {
    app.get(page.path, { config }, async (_request, reply) =>
      reply
        .headers(PAGE_HEADERS)
        .header('Cache-Control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(html),
    );
    app.get(`/${page.script}`, { config }, async (_request, reply) => {
      const script = await readScript(file);
      if (script === undefined) {
        throw new HttpProblem(
          404,
          `${page.name} is not built: dist/${page.script} is missing from the palaute package`,
          ['run `npm run build` in the palaute repository, then restart the collector'],
        );
      }
      return reply
        .headers(PAGE_HEADERS)
        .header('Cache-Control', 'no-cache')
        .type('text/javascript; charset=utf-8')
        .send(script);
    });
  };
}
