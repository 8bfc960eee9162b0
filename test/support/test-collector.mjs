/**
 * A real palaute-collector for browser tests, started by web-test-runner's server (PGlite in a
 * temporary folder) and reached by the page across origins, as an intranet page reaches it:
 *
 *   POST   /test-collector         starts one; answers { url, token } (a `results` token). A JSON
 *                                   body may set `alerts` (rules) and `minGroup`.
 *   POST   /test-collector?received-as-written
 *                                   one whose answers count as received when their `createdAt`
 *                                   says they were written (up to 120 days back), so a test can
 *                                   post weeks of answers through the public ingest now
 *   DELETE /test-collector/<port>  stops it and removes its data
 *
 * Each test file starts its own, so the engines that run one after another see the same data.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TOKEN = 'results-token-for-browser-tests';
const running = new Map();

/** Every answer stored from now on counts as received when it says it was written. */
async function receiveAsWritten(dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  try {
    await db.exec(`CREATE FUNCTION received_as_written() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.received_at := NEW.created_at; RETURN NEW; END $$;
       CREATE TRIGGER received_as_written BEFORE INSERT ON answers
         FOR EACH ROW EXECUTE FUNCTION received_as_written();`);
  } finally {
    await db.close();
  }
}

export function testCollector() {
  return async function testCollectorMiddleware(ctx, next) {
    const match = /^\/test-collector(?:\/(\d+))?$/.exec(ctx.path);
    if (!match) return next();
    if (ctx.method === 'POST') {
      // Imported only here: the other test files never load the collector.
      const { createCollector } = await import('palaute-collector');
      const { alerts, minGroup } = await jsonBody(ctx.req);
      const dataDir = mkdtempSync(join(tmpdir(), 'palaute-wtr-collector-'));
      const options = {
        port: 0,
        dataDir,
        allowedOrigins: [ctx.origin],
        tokens: [{ role: 'results', sha256: createHash('sha256').update(TOKEN).digest('hex') }],
        logLevel: 'warn',
        tuning: { streamThrottleMs: 100 },
        // The dashboard's tests seed ~190 answers and read every view again and again from one
        // address: the default 600 a minute answered 429 in WebKit. Limits are the collector's tests'.
        rateLimitPerMinute: 100_000,
        ...(alerts ? { alerts } : {}),
        ...(minGroup ? { minGroup } : {}),
      };
      if ('received-as-written' in ctx.query) {
        // The database is made by a first start; the trigger goes in while no collector has it open.
        await (await createCollector(options)).close();
        await receiveAsWritten(dataDir);
        options.tuning.createdAtMaxAgeMs = 120 * 86_400_000;
      }
      const collector = await createCollector(options);
      const url = await collector.listen();
      running.set(new URL(url).port, { collector, dataDir });
      ctx.body = { url, token: TOKEN };
      return;
    }
    if (ctx.method === 'DELETE' && match[1]) {
      const found = running.get(match[1]);
      running.delete(match[1]);
      await found?.collector.close();
      if (found) rmSync(found.dataDir, { recursive: true, force: true });
      ctx.status = 204;
      return;
    }
    ctx.status = 405;
  };
}

/** The request's JSON body, or {} when there is none. */
async function jsonBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}
