/**
 * Which clock retention reads: answers are kept from when the collector received them (a tablet
 * that was offline for weeks must not lose them on arrival), and an erased id is remembered as
 * long as the longest retention, so a browser still resending it is told 409.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, npsEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const admin = bearer('admin');
const DAY_MS = 24 * 60 * 60_000;

describe(`retention clocks [${STORAGE}]`, () => {
  let server;
  before(async () => {
    // NPS kept 7 days, deviation reports no time at all, emoji surveys the default 24 months.
    server = await startCollector({ retentionDays: { nps: 7, 'deviation-report': 0 } });
  });
  after(() => server?.stop());

  const purge = () => request(server.url, '/v1/admin/purge', { method: 'POST', headers: admin });

  it('counts retention from receipt, not from when the answer was given', async () => {
    const late = npsEnvelope({ createdAt: new Date(Date.now() - 30 * DAY_MS).toISOString() });
    assert.equal((await send(server.url, late)).status, 201);

    const { status, body } = await purge();
    assert.equal(status, 200);
    assert.equal(body.answers.nps, 0, 'given 30 days ago, received now: 7 days of retention are ahead');
    const ids = (await exportedEnvelopes(server.url, admin)).map((envelope) => envelope.id);
    assert.ok(ids.includes(late.id));
  });

  it('remembers an erased id for the longest retention, not the shortest', async () => {
    const nps = npsEnvelope();
    await send(server.url, nps);
    assert.equal(
      (await request(server.url, `/v1/answers/${nps.id}`, { method: 'DELETE', headers: admin })).status,
      204,
    );
    // A deviation report is purged at once (0 days): the purge that drops it must keep the erasure.
    await send(server.url, deviationEnvelope());
    const { body } = await purge();
    assert.equal(body.answers['deviation-report'], 1);
    assert.equal(body.erasures, 0);

    const resend = await send(server.url, nps);
    assert.equal(resend.status, 409, 'a browser still resending an erased answer is told it was delivered');
    assert.equal(resend.body.status, 'erased');
  });
});
