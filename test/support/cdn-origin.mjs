/**
 * A public npm CDN for the tests: dist/ served from a second HTTP server on another port (another
 * origin than the test page's), with `Access-Control-Allow-Origin: *` as jsDelivr and unpkg send.
 * And the site's page, on the test runner's origin, embedding the loader from there in the CDN
 * form (scripts/cdn-embed.mjs) under the README's strict CSP.
 *
 *   GET /cdn-site/<variant>   the page; variant is one of VARIANTS
 *   GET /cdn-site/watch.js    records CSP violations, script load errors and answers for the test
 *
 * On the CDN: /<variant>/dist/<file>. `tampered-loader` and `tampered-chunk` serve the loader or the
 * NPS chunk with a line added (the page's integrity values are still the published ones);
 * `no-cors` serves every file without the CORS header.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { cdnEmbed } from '../../scripts/cdn-embed.mjs';

export const VARIANTS = ['published', 'tampered-loader', 'tampered-chunk', 'no-cors'];
const DIST = resolve(import.meta.dirname, '../../dist');
const TAMPERED = (what) => `\nglobalThis.__palauteTampered = ${JSON.stringify(what)};\n`;

/** The CDN's answer for one file, as the variant serves it. */
function cdnFile(variant, file) {
  let body = readFileSync(join(DIST, file));
  if (variant === 'tampered-loader' && file === 'palaute.js') {
    body = Buffer.concat([body, Buffer.from(TAMPERED('loader'))]);
  }
  if (variant === 'tampered-chunk' && /^palaute-nps-[\w-]+\.js$/.test(file) && !file.includes('messages')) {
    body = Buffer.concat([body, Buffer.from(TAMPERED('chunk'))]);
  }
  const headers = { 'content-type': 'text/javascript', 'cache-control': 'no-store' };
  if (variant !== 'no-cors') headers['access-control-allow-origin'] = '*';
  return { headers, body };
}

let cdn;
function startCdn() {
  cdn ??= new Promise((ready) => {
    const server = createServer((req, res) => {
      const [, variant, dist, file] = new URL(req.url, 'http://cdn').pathname.split('/');
      if (
        VARIANTS.includes(variant) &&
        dist === 'dist' &&
        extname(file ?? '') === '.js' &&
        !file.includes('..')
      ) {
        try {
          const { headers, body } = cdnFile(variant, file);
          res.writeHead(200, headers);
          return res.end(body);
        } catch {
          // no such file: 404 below
        }
      }
      res.writeHead(404, { 'access-control-allow-origin': '*' });
      res.end();
    });
    // The test runner ends with its process; so does this server.
    server.unref();
    server.listen(0, '127.0.0.1', () => ready(`http://127.0.0.1:${server.address().port}`));
  });
  return cdn;
}

const WATCH = `window.__violations = [];
window.__scriptErrors = [];
window.__answers = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
window.addEventListener('error', (e) => { if (e.target instanceof HTMLScriptElement) window.__scriptErrors.push(e.target.src); }, true);
document.addEventListener('palaute-answer', (e) => window.__answers.push(e.detail.kind));`;

async function page(variant) {
  const base = `${await startCdn()}/${variant}/dist/`;
  const integrity = JSON.parse(readFileSync(join(DIST, 'integrity.json'), 'utf8'));
  const { html, scriptSrc } = cdnEmbed(base, integrity);
  const csp =
    `default-src 'self'; script-src ${scriptSrc}; style-src 'self'; img-src 'self'; ` +
    `connect-src 'self'; require-trusted-types-for 'script'`;
  const body = `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>CDN embed</title>
<script src="/cdn-site/watch.js"></script>
${html}
</head><body>
<script type="application/json" data-palaute-config>
  {"endpoint": "/test-endpoint/cdn-${variant}", "unit": "cdn-test"}
</script>
<palaute-nps service="family-work"></palaute-nps>
</body></html>`;
  return { csp, body };
}

export function cdnOrigin() {
  return async function cdnOriginMiddleware(ctx, next) {
    if (ctx.path === '/cdn-site/watch.js') {
      ctx.type = 'text/javascript';
      ctx.body = WATCH;
      return;
    }
    const variant = /^\/cdn-site\/([\w-]+)$/.exec(ctx.path)?.[1];
    if (!variant || !VARIANTS.includes(variant)) return next();
    const { csp, body } = await page(variant);
    ctx.set('Content-Security-Policy', csp);
    ctx.type = 'text/html';
    ctx.body = body;
  };
}
