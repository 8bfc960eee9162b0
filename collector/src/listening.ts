/** How the collector listens: address, port and backlog from the configuration, and its refusal. */
import { cannotStart, type ConfigError, type CollectorConfig } from './config.js';

export function listenOptions(config: CollectorConfig) {
  return { port: config.port, host: config.host, backlog: config.listenBacklog };
}

/** EADDRINUSE, EACCES, EADDRNOTAVAIL: a configuration problem, said like the others. */
export function cannotListen(config: CollectorConfig, error: unknown): ConfigError {
  const reason = (error as NodeJS.ErrnoException).code ?? String(error);
  return cannotStart([`HOST, PORT: cannot listen on ${config.host}:${config.port}: ${reason}`], error);
}
