/** The logs: ids and kinds of answers, never what people wrote, their contact details or addresses. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, npsEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer, TOKENS } from './support/tokens.js';

describe(`logs [${STORAGE}]`, () => {
  let server;
  const lines = [];
  before(async () => {
    server = await startCollector({
      logLevel: 'trace',
      logDestination: { write: (line) => lines.push(line) },
    });
  });
  after(() => server?.stop());

  it('holds answer ids and kinds, and none of the words, contacts, tokens or client addresses', async () => {
    const secrets = {
      comment: 'SECRET-COMMENT-Pekka-said',
      description: 'SECRET-DESCRIPTION the child was left alone',
      email: 'secret.person@example.fi',
      phone: '+358 40 765 4321',
      name: 'Secret Person',
    };
    const nps = npsEnvelope({ comment: secrets.comment });
    const report = deviationEnvelope({
      description: secrets.description,
      contact: { email: secrets.email, phone: secrets.phone, name: secrets.name },
    });
    assert.equal((await send(server.url, nps)).status, 201);
    assert.equal((await send(server.url, report)).status, 201);
    // Refused bodies must not reach the log either.
    await send(server.url, nps, { body: `{"comment": "${secrets.comment}"` });
    await send(server.url, { ...nps, data: { score: 99, comment: secrets.comment } });
    await send(server.url, nps, { headers: { 'content-type': 'text/plain' }, body: secrets.comment });
    await request(server.url, `/v1/reports/${report.id}?q=${encodeURIComponent(secrets.email)}`, {
      headers: bearer('reports'),
    });

    const log = lines.join('');
    assert.ok(log.includes(nps.id) && log.includes(report.id), 'answer ids are logged');
    assert.ok(log.includes('"kind":"deviation-report"'), 'kinds are logged');
    for (const [what, secret] of Object.entries({ ...secrets, token: TOKENS.reports })) {
      assert.ok(!log.includes(secret), `${what} is not logged`);
    }
    assert.ok(!/remoteAddress|"ip"|user-agent/i.test(log), 'no client address or headers');
  });
});
