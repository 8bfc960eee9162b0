/**
 * The demo's local collector: what a real server should do, in ~150 lines. It validates each
 * envelope with the library's own zod schemas, stores each id once, keeps the answers in a JSON
 * Lines file so a restart loses nothing, and can be told to fail on purpose so the outbox can be
 * watched recovering.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import { envelopeSchema, type Envelope } from '../src/schema/index.js';
import { describeIssues } from '../src/schema/describe-issues.js';

export const FAILURE_MODES = ['ok', 'down', 'error', 'throttle', 'slow'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

interface StoredAnswer {
  receivedAt: string;
  envelope: Envelope;
}

const MAX_BODY_BYTES = 256 * 1024;
const SLOW_MS = 20_000;
const THROTTLE_RETRY_AFTER_S = 10;

export function createCollector(dataFile: string) {
  const answers = new Map<string, StoredAnswer>();
  let mode: FailureMode = 'ok';

  if (existsSync(dataFile)) {
    for (const line of readFileSync(dataFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const answer = JSON.parse(line) as StoredAnswer;
      answers.set(answer.envelope.id, answer);
    }
  }

  function store(envelope: Envelope): void {
    const answer = { receivedAt: new Date().toISOString(), envelope };
    mkdirSync(dirname(dataFile), { recursive: true });
    // Appended before answering 201: an answer the client thinks delivered is on disk.
    appendFileSync(dataFile, `${JSON.stringify(answer)}\n`);
    answers.set(envelope.id, answer);
  }

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (mode === 'down') {
      req.socket.destroy();
      return;
    }
    if (mode === 'error') return send(res, 500, { error: 'the collector was told to fail (mode "error")' });
    if (mode === 'throttle') {
      res.setHeader('Retry-After', String(THROTTLE_RETRY_AFTER_S));
      return send(res, 429, { error: `too many requests; retry after ${THROTTLE_RETRY_AFTER_S} s` });
    }
    if (mode === 'slow') await new Promise((resolve) => setTimeout(resolve, SLOW_MS));

    const body = await readBody(req);
    if (body === undefined) return send(res, 413, { error: `body larger than ${MAX_BODY_BYTES} bytes` });
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return send(res, 400, { errors: ['(root): the body is not JSON'] });
    }
    const parsed = envelopeSchema.safeParse(json);
    if (!parsed.success) return send(res, 400, { errors: describeIssues(parsed.error.issues) });
    const envelope = parsed.data;
    if (req.headers['idempotency-key'] !== envelope.id) {
      return send(res, 400, { errors: ['Idempotency-Key: must equal the envelope id'] });
    }
    if (answers.has(envelope.id)) return send(res, 409, { id: envelope.id, duplicate: true });
    store(envelope);
    return send(res, 201, { id: envelope.id });
  }

  /** Connect middleware for vite's dev and preview servers. */
  return async function collector(req: IncomingMessage, res: ServerResponse, next: () => void) {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/') {
      res.writeHead(302, { Location: '/demo/' });
      return void res.end();
    }
    try {
      if (path === '/api/feedback') {
        allowAnyOrigin(res);
        if (req.method === 'OPTIONS') return send(res, 204);
        if (req.method === 'POST') return await receive(req, res);
        if (req.method === 'GET') return send(res, 200, [...answers.values()].reverse());
        return send(res, 405, { error: 'POST an envelope, or GET the answers' });
      }
      if (path === '/api/collector/mode') {
        if (req.method === 'POST') {
          const requested = JSON.parse((await readBody(req)) ?? '{}') as { mode?: string };
          if (!FAILURE_MODES.includes(requested.mode as FailureMode)) {
            return send(res, 400, { errors: [`mode: must be one of ${FAILURE_MODES.join(', ')}`] });
          }
          mode = requested.mode as FailureMode;
        }
        return send(res, 200, { mode, modes: FAILURE_MODES });
      }
    } catch (error) {
      return send(res, 500, { error: String(error) });
    }
    next();
  };
}

/** Widgets are embedded on other sites; answers come without cookies, so any origin may post. */
function allowAnyOrigin(res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Idempotency-Key');
  // Without this a cross-origin page cannot read Retry-After and backs off blindly.
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
  res.setHeader('Access-Control-Max-Age', '86400');
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  res.statusCode = status;
  if (body === undefined) return void res.end();
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

/** The body as text, or undefined when it is over the limit. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
