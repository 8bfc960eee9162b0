/**
 * The collector as an operator's hostile or careless configuration and slow clients meet it:
 * webhook addresses, refusals at start, the PGlite directory lock, timeouts, the listen
 * backlog, the audit of exports.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ConfigError, optionsFromEnv, resolveConfig } from '../dist/index.js';
import { collectorEnv, spawnCollector } from './support/child-collector.js';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, npsEnvelope } from './support/envelopes.js';
import { openEventStream } from './support/events.js';
import { request, send } from './support/http.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer, sha256, TOKENS } from './support/tokens.js';

const SECRET = 'a-long-enough-secret';
const webhookRefusal = (url) => {
  try {
    resolveConfig({ webhooks: { nps: url }, webhookSecret: SECRET });
    return undefined;
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
};

describe('webhook addresses', () => {
  it('allows plain http only to loopback addresses, judged on the parsed address', () => {
    for (const url of [
      'http://127.evil.com/h',
      'http://127.0.0.1.nip.io/h',
      'http://10.0.0.1/h',
      'http://[::2]/h',
      'http://[::ffff:10.0.0.1]/h',
      'http://localhost.evil.com/h',
    ]) {
      assert.match(webhookRefusal(url) ?? 'accepted', /PALAUTE_WEBHOOK_<KIND> \(webhooks\.nps\)/, url);
    }
    for (const url of [
      'http://127.0.0.1:9000/h',
      'http://127.1/h',
      'http://0x7f.0.0.1/h',
      'http://127.255.0.9/h',
      'http://[::1]:9000/h',
      'http://[::ffff:127.0.0.1]/h',
      'http://localhost:9000/h',
      'https://127.evil.com/h',
    ]) {
      assert.equal(webhookRefusal(url), undefined, url);
    }
  });
});

describe(`refusals at start [${STORAGE}]`, () => {
  let storage;
  before(async () => {
    storage = await freshStorage();
  });
  after(() => storage?.drop());

  /** Exit code and output of a start with `env`; nothing may have started. */
  async function refusedStart(env) {
    const child = spawnCollector({ ...collectorEnv(storage, { PALAUTE_LOG_LEVEL: 'info' }), ...env });
    const timer = setTimeout(() => child.child.kill('SIGKILL'), 20_000);
    const { code } = await child.exited;
    clearTimeout(timer);
    const output = child.output();
    assert.doesNotMatch(output, /^\s+at /m, `a stack trace:\n${output}`);
    assert.doesNotMatch(output, /retention purge|listening on/, `something started:\n${output}`);
    return { code, output };
  }

  for (const [variable, value, reason] of [
    ['PALAUTE_TRUST_PROXY', 'garbage', /PALAUTE_TRUST_PROXY \(trustProxy\): should be true, or addresses/],
    ['PALAUTE_TRUST_PROXY', '10.0.0.1,10.0.0.0/99', /PALAUTE_TRUST_PROXY/],
    ['HOST', '999.1.1.1', /HOST \(host\): should be an address of this machine/],
    ['HOST', '192.0.2.77', /HOST \(host\): should be an address of this machine/],
    ['PALAUTE_REQUEST_TIMEOUT_MS', '0', /PALAUTE_REQUEST_TIMEOUT_MS \(requestTimeoutMs\)/],
    ['PALAUTE_LISTEN_BACKLOG', 'many', /PALAUTE_LISTEN_BACKLOG \(listenBacklog\)/],
  ]) {
    it(`exits 1 naming ${variable}=${value}, before the database opens`, async () => {
      const { code, output } = await refusedStart({ [variable]: value });
      assert.equal(code, 1, output);
      assert.match(output, reason);
    });
  }

  it('exits 1 naming DATABASE_URL when PostgreSQL cannot be reached, without its password', async () => {
    const { code, output } = await refusedStart({
      DATABASE_URL: 'postgres://palaute:pa55-w0rd-secret@127.0.0.1:1/palaute',
      PALAUTE_DATA_DIR: '',
    });
    assert.equal(code, 1, output);
    assert.match(output, /DATABASE_URL: cannot use PostgreSQL at 127\.0\.0\.1:1\/palaute: .*ECONNREFUSED/);
    assert.doesNotMatch(output, /pa55-w0rd-secret/);
  });

  it(
    'exits 1 naming DATABASE_URL on a wrong password, without printing it',
    { skip: STORAGE !== 'postgresql' && 'needs a PostgreSQL server' },
    async () => {
      const url = new URL(storage.options.databaseUrl);
      url.password = 'wr0ng-passw0rd-given';
      const { code, output } = await refusedStart({ DATABASE_URL: url.href });
      assert.equal(code, 1, output);
      assert.match(output, /DATABASE_URL: cannot use PostgreSQL at /);
      assert.doesNotMatch(output, /wr0ng-passw0rd-given/);
    },
  );

  it('exits 1 naming PALAUTE_DATA_DIR when it is a file', async () => {
    const { code, output } = await refusedStart({ PALAUTE_DATA_DIR: '/etc/passwd', DATABASE_URL: '' });
    assert.equal(code, 1, output);
    assert.match(output, /PALAUTE_DATA_DIR: cannot use \/etc\/passwd/);
  });
});

/**
 * A program that takes the directory's lock at the instant given and says whether it got it. It
 * then holds what it got until told to stop, so that a late starter cannot take a lock released.
 */
const LOCKER = `
  const { lockDataDir } = await import(${JSON.stringify(new URL('../dist/storage/data-dir-lock.js', import.meta.url).href)});
  // Every starter tries at the same instant, so their steps interleave if they can.
  while (Date.now() < Number(process.argv[2]));
  try {
    await lockDataDir(process.argv[1]);
    console.log('got');
  } catch (error) {
    console.log(/in use/.test(error.message) ? 'refused' : 'error ' + error.message);
  }
  process.stdin.resume();
  process.stdin.on('end', () => process.exit(0));`;

/** Starts `count` lockers at once; resolves with what each said once all have said it. */
async function raceForLock(dataDir, count) {
  const at = Date.now() + 1_500;
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--input-type=module', '-e', LOCKER, dataDir, String(at)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    }),
  );
  try {
    return await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            let said = '';
            child.stdout.on('data', (chunk) => {
              said += chunk;
              if (said.includes('\n')) resolve(said.trim());
            });
            child.once('exit', () => resolve(said.trim() || 'exited'));
          }),
      ),
    );
  } finally {
    await Promise.all(
      children.map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.stdin.end();
        return exited;
      }),
    );
  }
}

describe(`the PGlite directory lock [${STORAGE}]`, { skip: STORAGE !== 'pglite' && 'PGlite only' }, () => {
  it('goes to exactly one of many starters, also over a stale lock file', async () => {
    const storage = await freshStorage();
    try {
      for (let round = 0; round < 10; round++) {
        // What a collector killed with -9 left behind before: a lock file naming a dead process.
        writeFileSync(`${storage.options.dataDir}/palaute-collector.lock`, '2147483646');
        const said = await raceForLock(storage.options.dataDir, 8);
        assert.deepEqual(said.toSorted(), ['got', ...Array(7).fill('refused')], `round ${round}`);
      }
    } finally {
      await storage.drop();
    }
  });

  it('is not held by a leftover lock file whose process id a live process now has', async () => {
    const storage = await freshStorage();
    const bystander = spawn('sleep', ['30']);
    try {
      writeFileSync(`${storage.options.dataDir}/palaute-collector.lock`, String(bystander.pid));
      const started = spawnCollector(collectorEnv(storage));
      const url = await started.listening;
      assert.equal((await send(url, npsEnvelope())).status, 201);
      started.child.kill('SIGTERM');
      await started.exited;
    } finally {
      bystander.kill();
      await storage.drop();
    }
  });

  it('dies with its process: a collector killed with -9 is replaced at once', async () => {
    const storage = await freshStorage();
    try {
      const first = spawnCollector(collectorEnv(storage));
      await first.listening;
      first.child.kill('SIGKILL');
      await first.exited;
      const second = spawnCollector(collectorEnv(storage));
      const url = await second.listening;
      assert.equal((await send(url, npsEnvelope())).status, 201);
      second.child.kill('SIGTERM');
      await second.exited;
    } finally {
      await storage.drop();
    }
  });
});

/** Writes `head`, then the body one byte every `everyMs`; resolves with what came back and when. */
function trickle(url, head, body, everyMs) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    const started = Date.now();
    let answer = '';
    let sent = 0;
    socket.write(head);
    const timer = setInterval(() => {
      if (sent < body.length) socket.write(body[sent++]);
    }, everyMs);
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, ms: Date.now() - started });
    });
    // Bounded: a collector without timeouts would hold the socket for as long as bytes come.
    setTimeout(() => socket.destroy(), 6_000);
  });
}

describe(`timeouts [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector({
      requestTimeoutMs: 1_000,
      headersTimeoutMs: 500,
      keepAliveTimeoutMs: 300,
    });
  });
  after(() => server?.stop());

  it('are read from the environment with documented defaults', () => {
    const defaults = resolveConfig(optionsFromEnv({}));
    assert.deepEqual(
      [
        defaults.requestTimeoutMs,
        defaults.headersTimeoutMs,
        defaults.keepAliveTimeoutMs,
        defaults.listenBacklog,
      ],
      [30_000, 10_000, 72_000, 511],
    );
    const set = resolveConfig(
      optionsFromEnv({
        PALAUTE_REQUEST_TIMEOUT_MS: '20000',
        PALAUTE_HEADERS_TIMEOUT_MS: '5000',
        PALAUTE_KEEP_ALIVE_TIMEOUT_MS: '65000',
        PALAUTE_LISTEN_BACKLOG: '2048',
      }),
    );
    assert.deepEqual(
      [set.requestTimeoutMs, set.headersTimeoutMs, set.keepAliveTimeoutMs, set.listenBacklog],
      [20_000, 5_000, 65_000, 2048],
    );
    assert.throws(
      () => resolveConfig({ requestTimeoutMs: 1_000, headersTimeoutMs: 2_000 }),
      /PALAUTE_HEADERS_TIMEOUT_MS \(headersTimeoutMs\): should not be longer than the request timeout/,
    );
  });

  it('answer a body that trickles in with 408 and close the socket', async () => {
    const envelope = JSON.stringify(npsEnvelope());
    const head =
      'POST /v1/answers HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n' +
      `Content-Length: ${Buffer.byteLength(envelope)}\r\n\r\n`;
    const { answer, ms } = await trickle(server.url, head, envelope, 200);
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.ok(ms < 4_000, `closed after ${ms} ms`);
  });

  it('answer headers that trickle in with 408 and close the socket', async () => {
    const { answer, ms } = await trickle(
      server.url,
      '',
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: yes',
      100,
    );
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.ok(ms < 4_000, `closed after ${ms} ms`);
  });

  it('close an idle keep-alive connection', async () => {
    const { answer, ms } = await trickle(
      server.url,
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      '',
      100,
    );
    assert.match(answer, /^HTTP\/1\.1 200 /);
    assert.ok(ms < 3_000, `closed after ${ms} ms`);
  });

  it('leave a results stream open longer than the request timeout', async () => {
    const unit = 'timeout-unit';
    const stream = await openEventStream(server.url, `/v1/results/stream?unit=${unit}`, bearer('results'));
    await stream.next('nps');
    await new Promise((resolve) => setTimeout(resolve, 1_800));
    for (let i = 0; i < 5; i++) await send(server.url, npsEnvelope({ unit }));
    await stream.next('nps', (data) => data.groups[0]?.n === 5);
    await stream.close();
  });
});

describe(`the listen backlog [${STORAGE}]`, () => {
  it("is what PALAUTE_LISTEN_BACKLOG says (the kernel shows it as the listening socket's Send-Q)", async () => {
    const server = await startCollector({ listenBacklog: 1234 });
    try {
      const { port } = new URL(server.url);
      const listing = execFileSync('ss', ['-ltnH', `sport = :${port}`], { encoding: 'utf8' });
      const [, , sendQ] = listing.trim().split(/\s+/);
      assert.equal(Number(sendQ), 1234, listing);
    } finally {
      await server.stop();
    }
  });
});

describe(`export audit [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector();
  });
  after(() => server?.stop());

  it('writes each exported deviation report to its audit trail, as a read is', async () => {
    const named = deviationEnvelope({ contact: { name: 'Maija', email: 'maija@example.fi' } });
    const anonymous = deviationEnvelope();
    for (const envelope of [named, anonymous, npsEnvelope()]) await send(server.url, envelope);
    const exported = await request(server.url, '/v1/export?format=jsonl&kind=deviation-report', {
      headers: bearer('admin'),
    });
    assert.equal(exported.status, 200);
    assert.ok(exported.body.includes('maija@example.fi'));
    for (const envelope of [named, anonymous]) {
      const audit = await request(server.url, `/v1/reports/${envelope.id}/audit`, {
        headers: bearer('reports'),
      });
      assert.deepEqual(
        audit.body.audit.map(({ action, actor }) => [action, actor]),
        [['export', sha256(TOKENS.admin).slice(0, 12)]],
      );
    }
  });
});
