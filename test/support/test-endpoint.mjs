/**
 * A real HTTP endpoint for the tests, served by web-test-runner: the outbox talks to it through
 * the browser's real fetch. Each test uses its own bucket, `/test-endpoint/<bucket>`, and scripts
 * the answers it wants; the log tells what reached the server and whether two requests for the
 * same envelope were ever in flight at once.
 *
 *   PUT  /test-endpoint/<bucket>/script  {"steps": [Step…], "otherwise": Step}
 *   GET  /test-endpoint/<bucket>/log     {"requests": [...], "overlapping": [ids]}
 *   POST /test-endpoint/<bucket>         answered by the next step (default 201)
 *
 * Step: { "status": 500, "retryAfter": "1", "delayMs": 200 } or { "drop": true } (connection cut).
 */
const buckets = new Map();

function bucket(name) {
  if (!buckets.has(name)) {
    buckets.set(name, {
      steps: [],
      otherwise: { status: 201 },
      requests: [],
      inFlight: new Map(),
      overlapping: new Set(),
    });
  }
  return buckets.get(name);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function testEndpoint() {
  return async function testEndpointMiddleware(ctx, next) {
    const match = /^\/test-endpoint\/([\w-]+)(\/script|\/log)?$/.exec(ctx.path);
    if (!match) return next();
    const [, name, action] = match;
    const b = bucket(name);

    if (action === '/script') {
      const script = JSON.parse(await readBody(ctx.req));
      b.steps = script.steps ?? [];
      b.otherwise = script.otherwise ?? { status: 201 };
      ctx.status = 204;
      return;
    }
    if (action === '/log') {
      ctx.body = { requests: b.requests, overlapping: [...b.overlapping] };
      return;
    }
    if (ctx.method === 'OPTIONS') {
      ctx.status = 204;
      return;
    }

    const text = await readBody(ctx.req);
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    const id = body?.id;
    const step = b.steps.shift() ?? b.otherwise;
    const request = {
      at: Date.now(),
      method: ctx.method,
      contentType: ctx.get('content-type'),
      idempotencyKey: ctx.get('idempotency-key'),
      cookie: ctx.get('cookie'),
      body,
      answeredWith: step.drop ? 'drop' : step.status,
    };
    b.requests.push(request);
    const inFlight = (b.inFlight.get(id) ?? 0) + 1;
    b.inFlight.set(id, inFlight);
    if (inFlight > 1) b.overlapping.add(id);
    try {
      if (step.delayMs) await new Promise((resolve) => setTimeout(resolve, step.delayMs));
    } finally {
      b.inFlight.set(id, b.inFlight.get(id) - 1);
    }
    if (step.drop) {
      ctx.req.socket.destroy();
      ctx.respond = false;
      return;
    }
    if (step.retryAfter) ctx.set('Retry-After', step.retryAfter);
    ctx.status = step.status;
    ctx.body = { received: id ?? null };
  };
}
