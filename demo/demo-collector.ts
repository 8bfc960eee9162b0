/**
 * The demo's collector: the real palaute-collector (PGlite in demo/.data/collector), started by
 * the vite dev server, with a switch in front of it that makes it fail on purpose so the outbox can
 * be watched recovering. The demo pages send to /v1/answers on their own origin; this passes it on.
 */
import { createHash, randomBytes } from 'node:crypto';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
// vite.config.ts imports this file only when a dev or preview server starts: `vite build` needs
// no collector built.
import { createCollector } from 'palaute-collector';

export const FAILURE_MODES = ['ok', 'down', 'error', 'throttle', 'slow'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

const SLOW_MS = 20_000;
const THROTTLE_RETRY_AFTER_S = 10;

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export async function startDemoCollector(
  dataDir: string,
): Promise<{ middleware: Middleware; close: () => Promise<void> }> {
  // A fresh token each start, handed to the demo's results page only.
  const token = randomBytes(16).toString('hex');
  const collector = await createCollector({
    port: 0,
    dataDir,
    tokens: [{ role: 'results', sha256: createHash('sha256').update(token).digest('hex') }],
    logLevel: 'warn',
    tuning: { streamThrottleMs: 250 },
  });
  const target = new URL(await collector.listen());
  console.log(`  palaute-collector (PGlite in ${dataDir}) at ${target.href}, behind /v1 on this server`);
  let mode: FailureMode = 'ok';

  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const upstream = request(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  };

  const middleware: Middleware = (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (path === '/') return void res.writeHead(302, { Location: '/demo/' }).end();
    if (path === '/demo-results-token') return json(res, 200, { token });
    if (path === '/api/collector/mode') return void switchMode(req, res);
    if (!path.startsWith('/v1/')) return next();
    if (path === '/v1/answers' && req.method === 'POST' && mode !== 'ok') return void fail(req, res);
    forward(req, res);
  };

  async function switchMode(req: IncomingMessage, res: ServerResponse) {
    if (req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += String(chunk);
      const requested = (JSON.parse(body || '{}') as { mode?: string }).mode;
      if (!FAILURE_MODES.includes(requested as FailureMode)) {
        return json(res, 400, { errors: [`mode: must be one of ${FAILURE_MODES.join(', ')}`] });
      }
      mode = requested as FailureMode;
    }
    json(res, 200, { mode, modes: FAILURE_MODES });
  }

  async function fail(req: IncomingMessage, res: ServerResponse) {
    if (mode === 'down') return void req.socket.destroy();
    if (mode === 'error') return json(res, 503, { error: 'failing on purpose' });
    if (mode === 'throttle') {
      res.setHeader('Retry-After', String(THROTTLE_RETRY_AFTER_S));
      return json(res, 429, { error: 'throttled on purpose' });
    }
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    forward(req, res);
  }

  return { middleware, close: () => collector.close() };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
