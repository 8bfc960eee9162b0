/**
 * Closing a report deletes the reporter's contact details however it is closed: with a note, and
 * straight from "new". The existing case test closes without a note, after "in-progress".
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const reports = bearer('reports');

describe(`closing a deviation report [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector();
  });
  after(() => server?.stop());

  it('deletes the contact details when closed with a note, straight from new', async () => {
    const envelope = deviationEnvelope({ contact: { name: 'Maija', email: 'maija@example.fi' } });
    await send(server.url, envelope);
    const path = `/v1/reports/${envelope.id}`;

    const closed = await request(server.url, path, {
      method: 'PATCH',
      headers: reports,
      json: { status: 'closed', note: 'Handled by phone; nothing more to do.' },
    });
    assert.equal(closed.status, 200);
    assert.equal(closed.body.note, 'Handled by phone; nothing more to do.');
    assert.ok(closed.body.contactErasedAt);

    const report = await request(server.url, path, { headers: reports });
    assert.equal(report.body.envelope.data.contact, undefined);
    const [stored] = (await exportedEnvelopes(server.url, bearer('admin'))).filter(
      (e) => e.id === envelope.id,
    );
    assert.equal(stored.data.contact, undefined, 'not in the database either');
    assert.equal(stored.data.description, envelope.data.description);
  });
});
