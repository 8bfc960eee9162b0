/** A real HTTP server on loopback that takes webhook deliveries and keeps their bodies. */
import { createServer } from 'node:http';

export async function startWebhookReceiver(path = '/hooks/palaute') {
  const received = [];
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(200).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}${path}`,
    received,
    /** The body delivered for one answer id, waiting for it up to timeoutMs. */
    async bodyFor(id, timeoutMs = 5000) {
      const started = Date.now();
      for (;;) {
        const hit = received.find((request) => request.headers['idempotency-key'] === id);
        if (hit) return hit.body;
        if (Date.now() - started > timeoutMs) throw new Error(`no webhook delivery of ${id}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
