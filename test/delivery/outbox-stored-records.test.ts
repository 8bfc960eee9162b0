/**
 * Ways answers were lost or stalled (issue 9), in what is on disk: a database of another shape, an
 * older version's records, malformed records, and how long set-aside records and dead letters stay.
 */
import { expect } from '@open-wc/testing';
import { TestEndpoint, uniqueName, waitFor } from '../support/endpoint.js';
import { npsEnvelope } from '../support/envelopes.js';
import { collect } from '../support/outbox-events.js';
import { disposeTestOutboxes, readStoredRecord, testOutbox, writeStoredRecord } from '../support/outbox.js';

function idbRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A database that is not the outbox's: the site's own, or an old one, at `version`. */
async function createForeignDatabase(name: string, version: number, stores: string[]): Promise<IDBDatabase> {
  const request = indexedDB.open(name, version);
  request.onupgradeneeded = () => {
    for (const store of stores) request.result.createObjectStore(store);
  };
  return idbRequest(request);
}

describe('Outbox: stored records', () => {
  afterEach(disposeTestOutboxes);

  it("works beside a database of the same name and another shape (the site's own, or an old version)", async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const dbName = uniqueName('sites-own');
    (await createForeignDatabase(dbName, 5, ['things'])).close();
    const outbox = testOutbox({ dbName });
    expect(await outbox.isDurable()).to.equal(true);
    const envelope = npsEnvelope();
    expect((await outbox.enqueue(envelope, endpoint.url)).durable).to.equal(true);
    expect(await readStoredRecord(dbName, `pending:${envelope.id}`)).to.have.property('envelope');
  });

  it('has a database name of its own and migrates answers an older version left in "palaute"', async () => {
    const endpoint = await TestEndpoint.create();
    expect(testOutbox().dbName === 'palaute', 'not the old, clash-prone name').to.equal(false);
    const legacyDbName = uniqueName('legacy-palaute');
    (await createForeignDatabase(legacyDbName, 1, ['outbox'])).close();
    const waiting = npsEnvelope(4);
    const refused = npsEnvelope(5);
    await writeStoredRecord(legacyDbName, `pending:${waiting.id}`, {
      envelope: waiting,
      endpoint: endpoint.url,
      attempts: 2,
      nextAttemptAt: 0,
    });
    await writeStoredRecord(legacyDbName, `dead:${refused.id}`, {
      envelope: refused,
      endpoint: endpoint.url,
      status: 400,
      reason: 'HTTP 400',
      deadAt: Date.now(),
    });
    await writeStoredRecord(legacyDbName, 'lease', { owner: 'old-tab', expiresAt: 0 });

    const outbox = testOutbox({ legacyDbName });
    await waitFor(async () => (await endpoint.accepted()).length === 1, 'the migrated answer delivered');
    expect((await endpoint.accepted())[0]!.idempotencyKey).to.equal(waiting.id);
    expect((await outbox.deadLetters()).map((d) => d.envelope.id)).to.deep.equal([refused.id]);
    expect(await readStoredRecord(legacyDbName, `pending:${waiting.id}`), 'moved, not copied').to.equal(
      undefined,
    );
  });

  it('quarantines malformed or foreign records, reports each once, and keeps delivering the valid ones', async () => {
    const endpoint = await TestEndpoint.create();
    const dbName = uniqueName('malformed');
    const warmUp = testOutbox({ dbName });
    expect(await warmUp.isDurable()).to.equal(true);
    warmUp.dispose();
    const valid = npsEnvelope(8);
    const other = npsEnvelope(9);
    await writeStoredRecord(dbName, 'pending:garbage', 'not a record');
    await writeStoredRecord(dbName, 'pending:no-envelope', { endpoint: endpoint.url, attempts: 0 });
    await writeStoredRecord(dbName, 'pending:wrong-key', {
      envelope: other,
      endpoint: endpoint.url,
      attempts: 0,
      nextAttemptAt: 0,
    });
    const unsendable = { ...npsEnvelope(1), data: { score: BigInt(1) } };
    await writeStoredRecord(dbName, `pending:${unsendable.id}`, {
      envelope: unsendable,
      endpoint: endpoint.url,
      attempts: 0,
      nextAttemptAt: 0,
    });
    await writeStoredRecord(dbName, `pending:${valid.id}`, {
      envelope: valid,
      endpoint: endpoint.url,
      attempts: 0,
      nextAttemptAt: 0,
    });

    const outbox = testOutbox({ dbName });
    const errors = collect(outbox, 'error');
    await waitFor(async () => (await endpoint.accepted()).length === 1, 'the valid answer delivered');
    await outbox.flush();
    await outbox.flush();
    expect((await endpoint.accepted()).map((r) => r.idempotencyKey)).to.deep.equal([valid.id]);
    const quarantined = errors.filter((e) => e.code === 'quarantined');
    expect(quarantined, JSON.stringify(errors)).to.have.length(4);
    expect(await outbox.pendingCount()).to.equal(0);
    expect(await readStoredRecord(dbName, 'pending:garbage')).to.equal(undefined);
    const setAside = (await readStoredRecord(dbName, 'quarantine:garbage')) as Record<string, unknown>;
    expect(setAside.value).to.equal('not a record');
    expect(setAside.quarantinedAt).to.be.a('number');
  });

  it('keeps records it set aside only as long as dead letters, counting those of older versions from when first seen', async () => {
    const dbName = uniqueName('quarantine-retention');
    const warmUp = testOutbox({ dbName });
    expect(await warmUp.isDurable()).to.equal(true);
    warmUp.dispose();
    await writeStoredRecord(dbName, 'pending:garbage', { child: 'wrote this', attempts: 'not a number' });
    // Set aside by a version that kept no time with it.
    await writeStoredRecord(dbName, 'quarantine:older', 'set aside long ago');

    const retentionMs = 1500;
    const outbox = testOutbox({ dbName, deadLetterRetentionMs: retentionMs });
    const started = Date.now();
    await outbox.flush();
    await outbox.flush();
    const setAside = (await readStoredRecord(dbName, 'quarantine:garbage')) as Record<string, unknown>;
    const older = (await readStoredRecord(dbName, 'quarantine:older')) as Record<string, unknown>;
    expect(setAside.value).to.deep.equal({ child: 'wrote this', attempts: 'not a number' });
    expect(older.value, 'kept, with a time from now').to.equal('set aside long ago');
    expect(older.quarantinedAt).to.be.a('number');

    // No flush asked for: the outbox wakes up by itself when the first one is due.
    await waitFor(
      async () =>
        (await readStoredRecord(dbName, 'quarantine:garbage')) === undefined &&
        (await readStoredRecord(dbName, 'quarantine:older')) === undefined,
      'both deleted once due',
    );
    expect(Date.now() - started, 'not before their time').to.be.at.least(retentionMs);
  });

  it('keeps dead letters only for their retention time, and lets the site read and clear them', async () => {
    const endpoint = await TestEndpoint.create([], { status: 422 });
    const outbox = testOutbox({ deadLetterRetentionMs: 400 });
    const [a, b] = [npsEnvelope(1), npsEnvelope(2)];
    await outbox.enqueue(a, endpoint.url);
    await outbox.enqueue(b, endpoint.url);
    await waitFor(async () => (await outbox.deadLetters()).length === 2, 'two dead letters');
    expect(await outbox.clearDeadLetters([a.id])).to.equal(1);
    expect((await outbox.deadLetters()).map((d) => d.envelope.id)).to.deep.equal([b.id]);
    await new Promise((resolve) => setTimeout(resolve, 450));
    await outbox.flush();
    expect(await outbox.deadLetters()).to.deep.equal([]);
    expect(await outbox.clearDeadLetters()).to.equal(0);
  });
});
