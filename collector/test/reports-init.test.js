/**
 * `palaute-collector reports init` as an operator runs it: non-interactive, on a database that
 * already holds reports sent in the clear; what it prints opens them, through the real API.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  exportReportPublicKey,
  generateReportKeyPair,
  importReportPublicKey,
  reportKeyId,
  sealDeviationReport,
  unwrapPrivateKey,
  WrongPassphraseError,
} from 'palaute/crypto';
import { startCollector } from './support/collector.js';
import { databaseBytes } from './support/database-bytes.js';
import { deviationEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, request, send } from './support/http.js';
import { keyringOf, openStoredReport, reportsToken, unlock } from './support/inbox-keys.js';
import {
  initReports,
  parseInitOutput,
  PASSPHRASE,
  passphraseFile,
  runReportsInit,
  runReportsInitAtTerminal,
} from './support/reports-init.js';
import { execFileSync } from 'node:child_process';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const EARLY = {
  description: 'EARLY-SENTINEL the child waited outside alone',
  phone: '+358 40 111 2233',
  note: 'EARLY-NOTE called the parent back',
};

describe(`reports init [${STORAGE}]`, () => {
  let storage;
  let server;
  let init;
  let early;
  let closedEarly;
  let filesAfterInit;
  before(async () => {
    storage = await freshStorage();
    // Before init: a report and a handler's note arrive in the clear, as today.
    const first = await startCollector({ storage });
    early = deviationEnvelope({ description: EARLY.description, contact: { phone: EARLY.phone } });
    assert.equal((await send(first.url, early)).status, 201);
    const noted = await request(first.url, `/v1/reports/${early.id}`, {
      method: 'PATCH',
      headers: reportsToken,
      json: { status: 'in-progress', note: EARLY.note },
    });
    assert.equal(noted.status, 200);
    // And one closed before init: named, its contact details deleted.
    closedEarly = deviationEnvelope({ contact: { phone: '+358 40 222 3344' } });
    assert.equal((await send(first.url, closedEarly)).status, 201);
    const closing = await request(first.url, `/v1/reports/${closedEarly.id}`, {
      method: 'PATCH',
      headers: reportsToken,
      json: { status: 'closed' },
    });
    assert.equal(closing.status, 200);
    await first.stop();

    const result = await runReportsInit(storage, [
      '--handler',
      'Maija',
      '--passphrase-file',
      passphraseFile(),
    ]);
    assert.equal(result.code, 0, result.stderr);
    init = { ...result, ...parseInitOutput(result.stdout) };
    filesAfterInit = databaseBytes(storage, { withoutWal: true });
    server = await startCollector({ storage });
  });
  after(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('prints a reportKey line the browsers accept, in both forms, and the current key is it', async () => {
    await importReportPublicKey(init.publicKey);
    assert.match(
      init.stdout,
      /^configure\(\{ reportKey: \{"kty":"EC","crv":"P-256","x":"[\w-]{43}","y":"[\w-]{43}"\} \}\)$/m,
    );
    assert.match(init.stdout, /every report is lost/);
    const { status, body } = await request(server.url, '/v1/reports/public-key');
    assert.equal(status, 200);
    assert.deepEqual(body, { kid: await reportKeyId(init.publicKey), publicKey: init.publicKey });
  });

  it('gives the handler a keyring their passphrase unwraps, and a wrong one does not', async () => {
    const { body } = await keyringOf(server.url, 'Maija');
    assert.equal(body.keys.length, 1);
    assert.equal(body.keys[0].current, true);
    await assert.rejects(unwrapPrivateKey(body.handler.wrappedKey, `${PASSPHRASE}!`), WrongPassphraseError);
    const { keys } = await unlock(server.url, 'Maija', PASSPHRASE);
    assert.deepEqual([...keys.keys()], [await reportKeyId(init.publicKey)]);
  });

  it('seals the reports and notes stored before it ran; the handler opens them', async () => {
    const { keys } = await unlock(server.url, 'Maija', PASSPHRASE);
    const { report, opened, notes } = await openStoredReport(server.url, keys, early.id);
    assert.equal(report.envelope.data.description, undefined);
    assert.equal(report.envelope.data.contact, undefined);
    assert.equal(report.note, null, 'no clear note left');
    assert.equal(opened.description, EARLY.description);
    assert.equal(opened.contact.phone, EARLY.phone);
    assert.deepEqual(notes, [{ text: EARLY.note }]);
    const exported = JSON.stringify(await exportedEnvelopes(server.url, bearer('admin')));
    for (const secret of Object.values(EARLY)) {
      assert.ok(!exported.includes(secret), `${secret} not exported`);
      // Nor in the tables' files (the WAL keeps it until recycled, as the README says).
      assert.ok(!filesAfterInit.includes(secret), `${secret} not in the database after init`);
    }
  });

  it('prints a recovery code that unwraps the recovery handler, whose grant opens reports', async () => {
    const { keys } = await unlock(server.url, 'recovery', init.recoveryCode.toLowerCase());
    const { opened } = await openStoredReport(server.url, keys, early.id);
    assert.equal(opened.description, EARLY.description);
    await assert.rejects(
      unlock(server.url, 'recovery', 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA'),
      WrongPassphraseError,
    );
  });

  it('a retry of an early report, open or closed, is a repeat, not a conflict', async () => {
    assert.equal((await send(server.url, early)).status, 409);
    assert.equal((await send(server.url, closedEarly)).status, 409);
    const { keys } = await unlock(server.url, 'Maija', PASSPHRASE);
    const { report, opened } = await openStoredReport(server.url, keys, closedEarly.id);
    assert.equal(report.envelope.data.sealedContact, undefined);
    assert.equal(opened.description, closedEarly.data.description);
    assert.equal(opened.contact, undefined);
  });

  it('refuses to run a second time, pointing to the inbox', async () => {
    await server.stop();
    try {
      const again = await runReportsInit(storage, [
        '--handler',
        'Pekka',
        '--passphrase-file',
        passphraseFile(),
      ]);
      assert.equal(again.code, 1);
      assert.match(again.stderr, /has reports keys already.*inbox/);
      assert.equal(again.stdout, '');
    } finally {
      server = await startCollector({ storage });
    }
    assert.deepEqual(
      (await request(server.url, '/v1/reports/handlers', { headers: reportsToken })).body.handlers.map(
        (h) => h.name,
      ),
      ['Maija', 'recovery'],
    );
  });
});

describe(`reports init refusals [${STORAGE}]`, () => {
  let storage;
  before(async () => {
    storage = await freshStorage();
  });
  after(() => storage?.drop());

  it('exits 2 on usage errors and stores nothing: a sealed report is still refused (data.kid)', async () => {
    for (const args of [
      ['--handler', 'Maija'],
      ['--handler', 'Maija', '--passphrase-file', passphraseFile('too short')],
      ['--handler', 'recovery', '--passphrase-file', passphraseFile()],
      ['--handler', 'Maija', '--passphrase-file', '/nonexistent/passphrase'],
      ['--unknown'],
    ]) {
      const result = await runReportsInit(storage, args);
      assert.equal(result.code, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, /usage: palaute-collector reports init/);
    }
    // No terminal and no flags: refused instead of waiting for a prompt nobody can answer.
    const silent = await runReportsInit(storage, []);
    assert.equal(silent.code, 2);
    assert.match(silent.stderr, /not at a terminal/);

    const server = await startCollector({ storage });
    try {
      assert.equal((await request(server.url, '/v1/reports/public-key')).status, 404);
      // Without any key, a sealed report could never be opened: refused, naming data.kid.
      const pair = await generateReportKeyPair();
      const envelope = deviationEnvelope();
      const publicKey = await exportReportPublicKey(pair.publicKey);
      envelope.data = await sealDeviationReport(publicKey, envelope.id, envelope.data);
      const refused = await send(server.url, envelope);
      assert.equal(refused.status, 422);
      assert.match(refused.body.problems.join('\n'), /^data\.kid:/m);
    } finally {
      await server.stop();
    }
  });

  it(
    'says to stop the collector when it has the PGlite directory',
    { skip: STORAGE !== 'pglite' },
    async () => {
      const server = await startCollector({ storage });
      try {
        const result = await runReportsInit(storage, [
          '--handler',
          'Maija',
          '--passphrase-file',
          passphraseFile(),
        ]);
        assert.equal(result.code, 1);
        assert.match(result.stderr, /in use by the collector[\s\S]*Stop the collector first/);
      } finally {
        await server.stop();
      }
    },
  );
});

const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe(`reports init at a terminal [${STORAGE}]`, { skip: !hasScript && 'no util-linux script' }, () => {
  let storage;
  before(async () => {
    storage = await freshStorage();
  });
  after(() => storage?.drop());

  const answers = (again) => [
    { after: "handler's name: ", type: 'Maija Virtanen' },
    { after: 'characters): ', type: PASSPHRASE },
    { after: 'again: ', type: again },
  ];

  it('refuses two passphrases that differ, then asks and stores without echoing the passphrase', async () => {
    const differ = await runReportsInitAtTerminal(storage, answers(`${PASSPHRASE}?`));
    assert.equal(differ.code, 2, differ.output);
    assert.match(differ.output, /the two passphrases differ/);

    const { code, output } = await runReportsInitAtTerminal(storage, answers(PASSPHRASE));
    assert.equal(code, 0, output);
    assert.ok(!output.includes(PASSPHRASE), 'the passphrase was not shown');
    const { publicKey } = parseInitOutput(output.replaceAll('\r\n', '\n'));
    const server = await startCollector({ storage });
    try {
      assert.equal(
        (await request(server.url, '/v1/reports/public-key')).body.kid,
        await reportKeyId(publicKey),
      );
      const { keys } = await unlock(server.url, 'Maija Virtanen', PASSPHRASE);
      assert.equal(keys.size, 1);
    } finally {
      await server.stop();
    }
  });
});

describe(`reports init and the old row versions [${STORAGE}]`, () => {
  it(
    'rewrites the tables, so the text stored in the clear is gone from their files',
    { skip: STORAGE !== 'pglite' && 'PostgreSQL keeps its files to itself; a pg_dump holds live rows only' },
    async () => {
      const storage = await freshStorage();
      try {
        const server = await startCollector({ storage });
        const secret = 'OLD-VERSION-SENTINEL the words sent before init';
        assert.equal((await send(server.url, deviationEnvelope({ description: secret }))).status, 201);
        await server.stop();
        assert.ok(databaseBytes(storage, { withoutWal: true }).includes(secret), 'stored in the clear first');
        await initReports(storage);
        assert.ok(!databaseBytes(storage, { withoutWal: true }).includes(secret), 'no old row version left');
      } finally {
        await storage.drop();
      }
    },
  );
});
