/** What an operator meets: environment variables, refusals at start-up, the command, SIGTERM. */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { after, describe, it } from 'node:test';
import { ConfigError, createCollector, optionsFromEnv, resolveConfig } from '../dist/index.js';
import { collectorEnv, spawnCollector } from './support/child-collector.js';
import { npsEnvelope } from './support/envelopes.js';
import { exportedEnvelopes } from './support/http.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const HASH = 'a'.repeat(64);

describe('configuration from the environment', () => {
  it('reads every variable of the operator contract', () => {
    const options = optionsFromEnv({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u:p@db.internal:5432/palaute',
      PALAUTE_DATA_DIR: '/var/lib/palaute',
      PALAUTE_ALLOWED_ORIGINS: 'https://www.example.fi, https://portal.example.fi',
      PALAUTE_TOKENS: `results:${HASH}, admin:${'b'.repeat(64)}`,
      PALAUTE_MIN_GROUP: '7',
      PALAUTE_RETENTION_DAYS: '365',
      PALAUTE_RETENTION_DEVIATION_REPORT_DAYS: '90',
      PALAUTE_WEBHOOK_DEVIATION_REPORT: 'https://reports.example.fi/in',
      PALAUTE_WEBHOOK_SECRET: 'a-long-enough-secret',
      PALAUTE_RATE_LIMIT: '120',
      PALAUTE_TRUST_PROXY: '10.0.0.1',
      PALAUTE_TIME_ZONE: 'Europe/Stockholm',
      PALAUTE_LOG_LEVEL: 'warn',
      PALAUTE_REPORT_ACK_DAYS: '5',
      PALAUTE_REPORT_FEEDBACK_DAYS: '60',
    });
    const config = resolveConfig(options);
    assert.equal(config.port, 9000);
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.databaseUrl, 'postgres://u:p@db.internal:5432/palaute');
    assert.equal(config.dataDir, '/var/lib/palaute');
    assert.deepEqual(config.allowedOrigins, ['https://www.example.fi', 'https://portal.example.fi']);
    assert.deepEqual(config.tokens, [
      { role: 'results', sha256: HASH },
      { role: 'admin', sha256: 'b'.repeat(64) },
    ]);
    assert.equal(config.minGroup, 7);
    assert.deepEqual(config.retentionDays, {
      nps: 365,
      'emoji-survey': 365,
      'deviation-report': 90,
      meeting: 365,
    });
    assert.deepEqual(config.webhooks, { 'deviation-report': 'https://reports.example.fi/in' });
    assert.equal(config.rateLimitPerMinute, 120);
    assert.equal(config.trustProxy, '10.0.0.1');
    assert.equal(config.timeZone, 'Europe/Stockholm');
    assert.equal(config.logLevel, 'warn');
    assert.equal(config.reportAckDays, 5);
    assert.equal(config.reportFeedbackDays, 60);
  });

  it('has the documented defaults', () => {
    const config = resolveConfig(optionsFromEnv({}));
    assert.equal(config.port, 8787);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.databaseUrl, undefined);
    assert.ok(config.dataDir.endsWith('.palaute-data'));
    assert.deepEqual(config.allowedOrigins, []);
    assert.equal(config.minGroup, 5);
    assert.deepEqual(config.retentionDays, {
      nps: 730,
      'emoji-survey': 730,
      'deviation-report': 730,
      meeting: 730,
    });
    assert.equal(config.reportAckDays, 7);
    assert.equal(config.reportFeedbackDays, 90);
  });

  it('refuses report deadlines longer than the directive allows, or not in whole days, naming the variables', () => {
    const refusal = (env) => {
      try {
        resolveConfig(optionsFromEnv(env));
      } catch (error) {
        assert.ok(error instanceof ConfigError);
        return error.message;
      }
      assert.fail(`${JSON.stringify(env)} was taken`);
    };
    const both = refusal({ PALAUTE_REPORT_ACK_DAYS: '8', PALAUTE_REPORT_FEEDBACK_DAYS: '93' });
    assert.match(both, /PALAUTE_REPORT_ACK_DAYS \(reportAckDays\): should be at most 7 days/);
    assert.match(both, /PALAUTE_REPORT_FEEDBACK_DAYS \(reportFeedbackDays\): should be at most 92 days/);
    assert.match(
      refusal({ PALAUTE_REPORT_ACK_DAYS: '2.5' }),
      /PALAUTE_REPORT_ACK_DAYS \(reportAckDays\): should be a whole number/,
    );
    assert.match(
      refusal({ PALAUTE_REPORT_FEEDBACK_DAYS: '0' }),
      /PALAUTE_REPORT_FEEDBACK_DAYS \(reportFeedbackDays\): should be 1 day or more/,
    );
    assert.match(refusal({ PALAUTE_REPORT_ACK_DAYS: 'week' }), /PALAUTE_REPORT_ACK_DAYS \(reportAckDays\)/);
  });

  it('refuses a minimum group below 3, naming the variable and the reason', () => {
    assert.throws(
      () => resolveConfig(optionsFromEnv({ PALAUTE_MIN_GROUP: '2' })),
      (error) =>
        error instanceof ConfigError &&
        error.message.includes(
          'PALAUTE_MIN_GROUP (minGroup): must be at least 3: smaller groups could reveal who answered',
        ),
    );
    assert.equal(resolveConfig({ minGroup: 3 }).minGroup, 3);
  });

  it('refuses bad tokens, origins, webhooks and a webhook without its secret, all at once', () => {
    const env = {
      PALAUTE_TOKENS: 'reader:abc,results:xyz',
      PALAUTE_ALLOWED_ORIGINS: 'https://www.example.fi/path',
      PALAUTE_WEBHOOK_NPS: 'http://reports.example.fi/in',
    };
    assert.throws(
      () => resolveConfig(optionsFromEnv(env)),
      (error) => {
        for (const expected of [
          'PALAUTE_TOKENS (tokens.0.role): the role should be one of results, reports, admin',
          'PALAUTE_TOKENS (tokens.1.sha256): should be role:sha256hex',
          'PALAUTE_ALLOWED_ORIGINS (allowedOrigins.0): should be an origin',
          'PALAUTE_WEBHOOK_<KIND> (webhooks.nps): should be an https URL',
          'PALAUTE_WEBHOOK_SECRET (webhookSecret): is required when a webhook is configured',
        ]) {
          assert.ok(error.message.includes(expected), `${expected}\nin\n${error.message}`);
        }
        return true;
      },
    );
  });
});

describe(`the palaute-collector command [${STORAGE}]`, () => {
  let storage;
  after(() => storage?.drop());

  it('refuses to start with PALAUTE_MIN_GROUP=2, saying why', async () => {
    const { exited, output } = spawnCollector({ PATH: process.env.PATH, PALAUTE_MIN_GROUP: '2' });
    const { code } = await exited;
    assert.equal(code, 1);
    assert.match(output(), /PALAUTE_MIN_GROUP \(minGroup\): must be at least 3/);
  });

  it('prints its URL, finishes a request under way on SIGTERM, closes the database and exits 0', async () => {
    storage = await freshStorage();
    const env = collectorEnv(storage, { PALAUTE_LOG_LEVEL: 'info' });
    const first = spawnCollector(env);
    const url = await first.listening;
    assert.match(
      first.output(),
      /palaute-collector listening on http:\/\/127\.0\.0\.1:\d+ \((PGlite in |PostgreSQL at )/,
    );

    // A request is under way when SIGTERM arrives: the collector has taken its headers (it
    // answered "100 Continue") and its body follows the signal.
    const envelope = npsEnvelope();
    const body = Buffer.from(JSON.stringify(envelope));
    const response = new Promise((resolve, reject) => {
      const req = httpRequest(`${url}/v1/answers`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': envelope.id,
          'content-length': body.length,
          expect: '100-continue',
        },
      });
      req.on('continue', () => {
        first.child.kill('SIGTERM');
        setTimeout(() => req.end(body), 300);
      });
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    assert.equal(await response, 201);
    const { code } = await first.exited;
    assert.equal(code, 0);
    assert.match(first.output(), /SIGTERM, finishing requests under way/);

    const second = spawnCollector(env);
    try {
      const ids = (await exportedEnvelopes(await second.listening, bearer('admin'))).map((e) => e.id);
      assert.deepEqual(ids, [envelope.id]);
    } finally {
      second.child.kill('SIGTERM');
      assert.equal((await second.exited).code, 0);
    }
  });

  it('makes a new token and the PALAUTE_TOKENS entry for it', async () => {
    const { exited, output } = spawnCollector({ PATH: process.env.PATH }, ['new-token', 'reports']);
    assert.equal((await exited).code, 0);
    const token = /token .*: (\S+)/.exec(output())[1];
    const entry = /PALAUTE_TOKENS entry:\s+(\S+)/.exec(output())[1];
    assert.equal(entry, `reports:${createHash('sha256').update(token).digest('hex')}`);
    assert.ok(token.length >= 43, 'at least 256 bits');
  });
});

describe(`a PGlite directory in use [${STORAGE}]`, () => {
  it(
    'is refused to a second collector, naming the process that has it',
    { skip: STORAGE !== 'pglite' && 'PGlite only: many collectors may share one PostgreSQL' },
    async () => {
      const storage = await freshStorage();
      const running = spawnCollector(collectorEnv(storage));
      try {
        await running.listening;
        await assert.rejects(
          createCollector({ ...storage.options, port: 0, logLevel: 'silent' }),
          new RegExp(`in use by the collector with process id ${running.child.pid}`),
        );
      } finally {
        running.child.kill('SIGTERM');
        await running.exited;
        await storage.drop();
      }
    },
  );
});
