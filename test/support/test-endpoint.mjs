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
 * Step: { "status": 500, "retryAfter": "1", "delayMs": 200 } or { "drop": true } (connection cut);
 * { "status": 302, "location": "/elsewhere" } answers a redirect. The script's "byId" gives one
 * envelope id a step of its own for every request (a poison answer), ahead of the steps.
 */
const buckets = new Map();

function bucket(name) {
  if (!buckets.has(name)) {
    buckets.set(name, {
      steps: [],
      otherwise: { status: 201 },
      byId: {},
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
      b.byId = script.byId ?? {};
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

    // A fresh connection for every request: Chromium silently resends a request whose reused
    // keep-alive connection was cut before any answer, which would hide a scripted drop.
    ctx.set('Connection', 'close');
    const text = await readBody(ctx.req);
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    const id = body?.id;
    const step = (id !== undefined && b.byId[id]) || (b.steps.shift() ?? b.otherwise);
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
    if (step.location) ctx.set('Location', step.location);
    ctx.status = step.status;
    ctx.body = { received: id ?? null };
  };
}
