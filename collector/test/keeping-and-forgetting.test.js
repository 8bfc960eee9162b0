/** Retention per kind, erasure of one answer, and exports that stream every stored answer. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, emojiEnvelope, npsEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const admin = bearer('admin');

describe(`retention [${STORAGE}]`, () => {
  let server;
  before(async () => {
    // Deviation reports kept for no time at all; other kinds for the default 24 months.
    server = await startCollector({ retentionDays: { 'deviation-report': 0 } });
  });
  after(() => server?.stop());

  it('purges each kind past its own retention, on request of an admin', async () => {
    const report = deviationEnvelope();
    const nps = npsEnvelope();
    await send(server.url, report);
    await send(server.url, nps);
    await request(server.url, `/v1/reports/${report.id}`, { headers: bearer('reports') });

    assert.equal(
      (await request(server.url, '/v1/admin/purge', { method: 'POST', headers: bearer('results') })).status,
      403,
    );
    const { status, body } = await request(server.url, '/v1/admin/purge', { method: 'POST', headers: admin });
    assert.equal(status, 200);
    assert.deepEqual(body.answers, { nps: 0, 'emoji-survey': 0, 'deviation-report': 1, meeting: 0 });
    assert.equal(body.auditRows, 1, 'the audit rows of purged reports go with them');

    const left = (await exportedEnvelopes(server.url, admin)).map((envelope) => envelope.id);
    assert.deepEqual(left, [nps.id]);
  });

  it('purges from the programmatic API too, as the daily timer does', async () => {
    await send(server.url, deviationEnvelope());
    const report = await server.collector.purge();
    assert.equal(report.answers['deviation-report'], 1);
  });
});

describe(`erasure and export [${STORAGE}]`, () => {
  let server;
  before(async () => {
    // The export tests file answers under fixed days of 2026, older than live answers may be.
    server = await startCollector({ tuning: { createdAtMaxAgeMs: 100 * 365 * 86_400_000 } });
  });
  after(() => server?.stop());

  it('erases one answer by id (admin), for good: a later resend is not stored again', async () => {
    const envelope = deviationEnvelope({ contact: { email: 'erase.me@example.fi' } });
    await send(server.url, envelope);
    const path = `/v1/answers/${envelope.id}`;

    assert.equal(
      (await request(server.url, path, { method: 'DELETE', headers: bearer('reports') })).status,
      403,
    );
    const erased = await request(server.url, path, { method: 'DELETE', headers: admin });
    assert.equal(erased.status, 204);
    assert.equal((await request(server.url, path, { method: 'DELETE', headers: admin })).status, 404);
    assert.equal(
      (await request(server.url, `/v1/reports/${envelope.id}`, { headers: bearer('reports') })).status,
      404,
    );

    const resend = await send(server.url, envelope);
    assert.equal(resend.status, 409, 'the browser is told it was delivered, so it stops resending');
    assert.equal(resend.body.status, 'erased');
    const ids = (await exportedEnvelopes(server.url, admin)).map((e) => e.id);
    assert.ok(!ids.includes(envelope.id));
  });

  it('exports JSON Lines of every answer with when it was received, filtered by kind and day', async () => {
    const mine = [
      npsEnvelope({ createdAt: '2026-06-01T09:00:00.000Z' }),
      emojiEnvelope({ createdAt: '2026-06-02T09:00:00.000Z' }),
    ];
    for (const envelope of mine) await send(server.url, envelope);

    const response = await request(server.url, '/v1/export?format=jsonl&from=2026-06-01&to=2026-06-02', {
      headers: admin,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/jsonl/);
    assert.match(response.headers.get('content-disposition'), /attachment; filename="palaute-answers.jsonl"/);
    const lines = response.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map((line) => line.envelope),
      mine,
    );
    assert.ok(lines.every((line) => !Number.isNaN(Date.parse(line.receivedAt))));

    const onlyNps = await exportedEnvelopes(server.url, admin, '&kind=nps&from=2026-06-01&to=2026-06-02');
    assert.deepEqual(onlyNps, [mine[0]]);
  });

  it('exports CSV with quoting, and defuses cells a spreadsheet would run as formulas', async () => {
    const envelope = npsEnvelope({
      unit: '=HYPERLINK("http://x")',
      comment: 'Hyvä, "selkeä"\nkiitos',
      createdAt: '2026-05-05T09:00:00.000Z',
    });
    await send(server.url, envelope);
    const response = await request(server.url, '/v1/export?format=csv&from=2026-05-05&to=2026-05-05', {
      headers: admin,
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/csv/);
    const [header, row, end] = response.body.split('\r\n');
    assert.equal(header, 'id,kind,createdAt,receivedAt,locale,unit,service,context,respondent,data');
    assert.ok(row.startsWith(`${envelope.id},nps,2026-05-05T09:00:00.000Z,`), row);
    assert.ok(row.includes(`,"'=HYPERLINK(""http://x"")",family-work,client-plan-meeting,parent,`), row);
    assert.ok(row.endsWith(`"{""score"":9,""comment"":""Hyvä, \\""selkeä\\""\\nkiitos""}"`), row);
    assert.equal(end, '');
  });

  it('streams a large export page by page without losing or repeating a row', async () => {
    const createdAt = '2026-04-04T09:00:00.000Z';
    const many = Array.from({ length: 1203 }, () => npsEnvelope({ createdAt }));
    for (let i = 0; i < many.length; i += 50) {
      await Promise.all(many.slice(i, i + 50).map((envelope) => send(server.url, envelope)));
    }
    const exported = await exportedEnvelopes(server.url, admin, '&from=2026-04-04&to=2026-04-04');
    assert.equal(exported.length, many.length);
    assert.equal(new Set(exported.map((e) => e.id)).size, many.length);
  });

  it('answers 400 to an export query it does not know, 404 to erasing an unknown id', async () => {
    const bad = await request(server.url, '/v1/export?format=xml', { headers: admin });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.problems, ['format: should be "jsonl" or "csv"']);
    const unknown = await request(server.url, `/v1/answers/${randomUUID()}`, {
      method: 'DELETE',
      headers: admin,
    });
    assert.equal(unknown.status, 404);
  });
});
