/** A real collector on a loopback port with a fresh database, in this process. */
import { createCollector } from '../../dist/index.js';
import { freshStorage } from './storage.js';
import { TOKEN_GRANTS } from './tokens.js';

/**
 * Starts one; `stop()` closes it and drops its database. Pass `storage` (from freshStorage) to
 * start on a database that outlives the collector.
 */
export async function startCollector({ storage, ...options } = {}) {
  const ownStorage = !storage;
  storage ??= await freshStorage();
  const collector = await createCollector({
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    tokens: TOKEN_GRANTS,
    // Tests send in bursts from one address; the rate limit has its own test.
    rateLimitPerMinute: 1_000_000,
    ...storage.options,
    ...options,
  });
  const url = await collector.listen();
  return {
    collector,
    url,
    storage,
    async stop() {
      await collector.close();
      if (ownStorage) await storage.drop();
    },
  };
}
