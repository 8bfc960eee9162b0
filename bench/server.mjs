/** What the bench's browser loads over loopback: the two pages, their scripts, and an endpoint. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');

export async function buildFloor() {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(import.meta.dirname, 'floor/floor-nps.ts'), formats: ['es'] },
      rolldownOptions: { output: { minify: true } },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)[0].code;
}

const palautePage = (
  lang,
) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Palaute</title>
<script type="module" src="/dist/palaute.js"></script></head>
<body><palaute-nps endpoint="/answers" unit="bench" service="nps"></palaute-nps></body></html>`;
/**
 * Issue 24: a page that knows its widget preloads its modules (dist/preload.json), as a template
 * or a server-side include would write them.
 */
function preloadPage() {
  const manifest = join(root, 'dist/preload.json');
  if (!existsSync(manifest)) return undefined;
  const { loader, widgets } = JSON.parse(readFileSync(manifest, 'utf8'));
  const links = [loader, ...widgets['palaute-nps'].modules]
    .map((file) => `<link rel="modulepreload" href="/dist/${file}">`)
    .join('');
  return palautePage('fi').replace('<script type="module"', `${links}\n<script type="module"`);
}

const floorPage = (script) => `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Floor</title>
<script type="module" src="${script}"></script></head>
<body><floor-nps endpoint="/answers"></floor-nps></body></html>`;

const PAGES = {
  palaute: palautePage('fi'),
  'palaute-preload': preloadPage(),
  // Swedish: the widget waits for its Swedish messages, a chunk of their own, before it renders.
  'palaute-sv': palautePage('sv'),
  floor: floorPage('/floor.js'),
};

/** Loopback server: the pages, gzipped scripts, and an endpoint that counts what arrives. */
export function startServer(floorCode) {
  const received = { requests: 0, ids: new Map() };
  // Compressed once per file, as a CDN or a server's static files serve them: gzip -9 on every
  // request would charge Palaute's four files, not the floor's one, on the server's clock.
  const compressed = new Map();
  const gzipped = (key, code) => {
    if (!compressed.has(key)) compressed.set(key, gzipSync(code, { level: 9 }));
    return compressed.get(key);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/answers') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.requests += 1;
        const id = JSON.parse(body).id;
        received.ids.set(id, (received.ids.get(id) ?? 0) + 1);
        res.writeHead(201, { 'Content-Type': 'application/json' }).end('{}');
      });
      return;
    }
    const page = PAGES[url.pathname.slice(1).replace('.html', '')];
    if (page) return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
    let code;
    if (url.pathname === '/floor.js') code = floorCode;
    else if (url.pathname.startsWith('/dist/') && extname(url.pathname) === '.js') {
      const file = join(root, url.pathname);
      if (file.startsWith(join(root, 'dist')) && existsSync(file)) code = readFileSync(file);
    }
    if (!code) return void res.writeHead(404).end();
    res
      .writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Encoding': 'gzip' })
      .end(gzipped(url.pathname, code));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, received, base: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}
