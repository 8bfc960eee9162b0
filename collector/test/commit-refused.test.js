/**
 * 201 means committed: when the database refuses the COMMIT of an answer's transaction, the
 * widget gets a 5xx (which it retries) and the answer is not stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { npsEnvelope } from './support/envelopes.js';
import { exportedEnvelopes, send } from './support/http.js';
import { REFUSED_UNIT, refuseCommitsFrom } from './support/refuse-commit.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

describe(`a refused COMMIT [${STORAGE}]`, () => {
  let server;
  before(async () => {
    const storage = await freshStorage();
    // A first start migrates the database (the PGlite template comes migrated, PostgreSQL does not).
    await (await startCollector({ storage })).stop();
    await refuseCommitsFrom(storage);
    server = await startCollector({ storage });
    server.dropStorage = () => storage.drop();
  });
  after(async () => {
    await server?.stop();
    await server?.dropStorage();
  });

  it('answers 5xx, not 201, and keeps nothing of the answer', async () => {
    const refused = npsEnvelope({ unit: REFUSED_UNIT });
    const { status, body } = await send(server.url, refused);
    assert.ok(status >= 500 && status < 600, `a widget retries a 5xx; got ${status} ${JSON.stringify(body)}`);
    assert.deepEqual(body, { error: 'the collector could not do this now; try again later', problems: [] });

    const stored = await exportedEnvelopes(server.url, bearer('admin'));
    assert.deepEqual(stored, [], 'the refused answer is not in the database');
  });

  it('still stores answers that arrive in the same moment and are not refused', async () => {
    const refused = npsEnvelope({ unit: REFUSED_UNIT });
    const accepted = npsEnvelope();
    // Sent together they share a group commit: the refusal must not fail the other answer.
    const [refusedReply, acceptedReply] = await Promise.all([
      send(server.url, refused),
      send(server.url, accepted),
    ]);
    assert.ok(refusedReply.status >= 500, `refused: ${refusedReply.status}`);
    assert.equal(acceptedReply.status, 201);
    const stored = await exportedEnvelopes(server.url, bearer('admin'));
    assert.deepEqual(
      stored.map((envelope) => envelope.id),
      [accepted.id],
    );
  });
});
