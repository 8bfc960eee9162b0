/**
 * PALAUTE_METRICS_PORT: GET /metrics without a token on a port of its own, which the operator
 * keeps off the public network (it listens on 127.0.0.1 unless PALAUTE_METRICS_HOST says otherwise).
 * Anything else there is a 404.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CollectorMetrics } from './collector-metrics.js';

export interface MetricsPort {
  readonly url: string;
  close(): Promise<void>;
}

export async function listenForMetrics(
  metrics: CollectorMetrics,
  host: string,
  port: number,
  onError: (error: unknown) => void,
): Promise<MetricsPort> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://metrics').pathname;
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      return;
    }
    metrics.exposition().then(
      ({ text, contentType }) => response.writeHead(200, { 'Content-Type': contentType }).end(text),
      (error: unknown) => {
        onError(error);
        response.writeHead(500, { 'Content-Type': 'text/plain' }).end('metrics could not be read\n');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port: bound } = server.address() as AddressInfo;
  const shown = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${shown}:${bound}/metrics`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
