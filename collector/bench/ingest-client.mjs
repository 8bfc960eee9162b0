/**
 * The benchmarks' sender: envelopes POSTed as the widgets post them, a fixed number at a time.
 * Given several collectors' URLs, client k sends to collector k mod n, as a load balancer would spread them.
 */
import { Agent, request } from 'node:http';

export function ingestClient(urlOrUrls, clients) {
  const urls = [urlOrUrls].flat();
  const agent = new Agent({ keepAlive: true, maxSockets: clients });

  function post(envelope, url = urls[0]) {
    const body = JSON.stringify(envelope);
    return new Promise((resolve, reject) => {
      const started = process.hrtime.bigint();
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: '/v1/answers',
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'idempotency-key': envelope.id,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  /** Sends every envelope, `clients` at a time; each client sends its next when the last is answered. */
  async function sendAll(envelopes, timeLimitMs) {
    const latencies = [];
    const statuses = {};
    const acknowledged = [];
    let next = 0;
    const deadline = Date.now() + timeLimitMs;
    await Promise.all(
      Array.from({ length: clients }, async (_, k) => {
        while (next < envelopes.length && Date.now() < deadline) {
          const envelope = envelopes[next++];
          const { status, ms } = await post(envelope, urls[k % urls.length]);
          latencies.push(ms);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 201 || status === 409) acknowledged.push(envelope.id);
        }
      }),
    );
    return { latencies, statuses, acknowledged };
  }

  return { post, sendAll, close: () => agent.destroy() };
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
