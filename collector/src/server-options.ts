/**
 * The HTTP server's timeouts, from the configuration, as Fastify takes them. Without them a
 * client that sends a body one byte at a time holds a connection forever (Node's requestTimeout
 * is off under Fastify); with them it gets 408 and the socket closes. The results stream is not
 * cut off: these time the request's arrival, and a stream's request has arrived when it starts.
 */
import type { CollectorConfig } from './config.js';

/** Node checks the timeouts on this period (30 s by default, longer than a short timeout). */
function checkingInterval({ headersTimeoutMs }: CollectorConfig): number {
  return Math.max(50, Math.min(5_000, Math.floor(headersTimeoutMs / 4)));
}

export function serverTimeouts(config: CollectorConfig) {
  return {
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      headersTimeout: config.headersTimeoutMs,
      connectionsCheckingInterval: checkingInterval(config),
    },
  };
}
