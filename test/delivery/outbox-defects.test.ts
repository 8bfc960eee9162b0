/**
 * Ways answers were lost or stalled (issue 9), one test each: redirects, storage that hangs or
 * fails once, a database of another shape, malformed records, wrong clocks, recovery, a poison
 * answer, endpoints no browser can fetch, and how long dead letters and set-aside records are kept.
 */
import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/delivery/create-envelope.js';
import type { Outbox } from '../../src/delivery/outbox.js';
import type { Envelope } from '../../src/schema/index.js';
import { TestEndpoint, uniqueName, waitFor } from '../support/endpoint.js';
import {
  disposeTestOutboxes,
  readStoredRecord,
  testOutbox,
  withClockMoved,
  withReplaced,
  writeStoredRecord,
} from '../support/outbox.js';

const DAY_MS = 24 * 60 * 60_000;
const CONTEXT = { unit: 'espoo-leppavaara', service: null, context: null, respondent: null };

function npsEnvelope(score = 7): Envelope {
  return createEnvelope('nps', { score }, 'fi', { ...CONTEXT });
}

function collect(outbox: Outbox, type: 'delivered' | 'error' | 'retry') {
  const seen: Array<Record<string, unknown>> = [];
  outbox.addEventListener(type, (e: Event) => seen.push((e as CustomEvent).detail));
  return seen;
}

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

describe('Outbox: nothing lost', () => {
  afterEach(disposeTestOutboxes);

  for (const status of [301, 302, 303, 307, 308]) {
    it(`never counts a ${status} redirect as delivery: the answer stays pending and is reported`, async () => {
      const elsewhere = await TestEndpoint.create();
      const endpoint = await TestEndpoint.create([{ status, location: elsewhere.url }]);
      const outbox = testOutbox();
      const errors = collect(outbox, 'error');
      const delivered = collect(outbox, 'delivered');
      const envelope = npsEnvelope();

      await outbox.enqueue(envelope, endpoint.url);
      const [error] = await waitFor(() => errors.length > 0 && errors, 'a redirected error');
      expect(error).to.include({ code: 'redirected', id: envelope.id });
      expect(String(error!.message)).to.match(/redirect/i);
      expect(delivered).to.deep.equal([]);
      expect(await elsewhere.requests(), 'the redirect was not followed').to.deep.equal([]);
      // Still pending, and retried: the next answer of the endpoint is a 201.
      await waitFor(() => delivered.length === 1, 'delivery on the retry');
      expect((await endpoint.accepted()).map((r) => r.idempotencyKey)).to.deep.equal([envelope.id]);
    });
  }

  it('falls back to memory after a time limit when indexedDB.open never answers, and still delivers', async () => {
    const endpoint = await TestEndpoint.create();
    await withReplaced(
      IDBFactory.prototype,
      'open',
      () => () => Object.assign(new EventTarget(), { readyState: 'pending', result: undefined, error: null }),
      async () => {
        const outbox = testOutbox({ storageTimeoutMs: 200 });
        const errors = collect(outbox, 'error');
        expect(await outbox.isDurable()).to.equal(false);
        const envelope = npsEnvelope();
        const stored = await outbox.enqueue(envelope, endpoint.url);
        expect(stored.durable).to.equal(false);
        await waitFor(async () => (await outbox.pendingCount()) === 0, 'delivery');
        expect(errors.map((e) => e.code)).to.include('storage-unavailable');
      },
    );
    expect(await endpoint.accepted()).to.have.length(1);
  });

  it('keeps trying IndexedDB after one failed write: only that answer is in memory, and it says so', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox();
    expect(await outbox.isDurable()).to.equal(true);
    const [first, second] = [npsEnvelope(1), npsEnvelope(2)];
    let failures = 1;
    const firstStored = await withReplaced(
      IDBObjectStore.prototype,
      'put',
      (put) =>
        function (this: IDBObjectStore, ...args: unknown[]) {
          if (failures-- > 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        },
      () => outbox.enqueue(first, endpoint.url),
    );
    expect(firstStored.durable).to.equal(false);
    const secondStored = await outbox.enqueue(second, endpoint.url);
    expect(secondStored.durable).to.equal(true);
    expect(await readStoredRecord(outbox.dbName, `pending:${second.id}`)).to.have.property('envelope');
    expect((await outbox.pending()).map((p) => p.envelope.id).sort()).to.deep.equal(
      [first.id, second.id].sort(),
    );
    await endpoint.script([], { status: 201 });
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await outbox.pendingCount()) === 0, 'both delivered');
  });

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

  it('does not drop a minutes-old answer when the clock is then corrected forward by weeks', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox();
    const errors = collect(outbox, 'error');
    const envelope = npsEnvelope();
    await outbox.enqueue(envelope, endpoint.url);
    await endpoint.waitForRequests(1);
    await withClockMoved(40 * DAY_MS, async () => {
      await outbox.flush();
      await outbox.flush();
    });
    expect(errors.filter((e) => e.code === 'expired')).to.deep.equal([]);
    expect(await outbox.pendingCount()).to.equal(1);
  });

  it('does not wait for days for a retry scheduled while the clock was ahead', async () => {
    const endpoint = await TestEndpoint.create();
    const dbName = uniqueName('clock-ahead');
    const warmUp = testOutbox({ dbName });
    expect(await warmUp.isDurable()).to.equal(true);
    warmUp.dispose();
    const envelope = npsEnvelope();
    await writeStoredRecord(dbName, `pending:${envelope.id}`, {
      envelope,
      endpoint: endpoint.url,
      attempts: 3,
      nextAttemptAt: Date.now() + 5 * DAY_MS,
    });
    testOutbox({ dbName });
    await waitFor(async () => (await endpoint.accepted()).length === 1, 'the retry, bounded by the backoff');
  });

  it('makes every waiting answer due at once when the browser comes back online', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox({ backoff: { baseMs: 60_000, maxMs: 60_000 } });
    const envelopes = [npsEnvelope(1), npsEnvelope(2), npsEnvelope(3)];
    for (const envelope of envelopes) await outbox.enqueue(envelope, endpoint.url);
    await endpoint.waitForRequests(3);
    await endpoint.script([], { status: 201 });
    window.dispatchEvent(new Event('online'));
    await waitFor(async () => (await outbox.pendingCount()) === 0, 'all delivered without waiting a minute');
  });

  it('makes every waiting answer due at once after the first 2xx that follows failures', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox({ backoff: { baseMs: 60_000, maxMs: 60_000 } });
    const waiting = [npsEnvelope(1), npsEnvelope(2)];
    for (const envelope of waiting) await outbox.enqueue(envelope, endpoint.url);
    await endpoint.waitForRequests(2);
    await endpoint.script([], { status: 201 });
    await outbox.enqueue(npsEnvelope(3), endpoint.url);
    await waitFor(async () => (await outbox.pendingCount()) === 0, 'the waiting ones delivered too');
  });

  it('does not let one answer the server keeps failing hold back later ones, and still retries it', async () => {
    const poison = npsEnvelope(0);
    const endpoint = await TestEndpoint.create([], { status: 201 }, { [poison.id]: { status: 500 } });
    const outbox = testOutbox();
    const later = [npsEnvelope(1), npsEnvelope(2)];
    await outbox.enqueue(poison, endpoint.url);
    await endpoint.waitForRequests(1);
    for (const envelope of later) await outbox.enqueue(envelope, endpoint.url);
    await waitFor(async () => (await endpoint.accepted()).length === 2, 'the later answers delivered');
    await waitFor(
      async () => (await endpoint.requests()).filter((r) => r.idempotencyKey === poison.id).length >= 3,
      'the poison answer retried',
    );
    expect((await outbox.pending()).map((p) => p.envelope.id)).to.deep.equal([poison.id]);
  });

  for (const url of [
    'http://user:secret@127.0.0.1:8000/answers',
    'http://127.0.0.1:6000/answers',
    'http://127.0.0.1:6666/answers',
    'https://127.0.0.1:10080/answers',
  ]) {
    it(`does not retry ${url} as a network error: no browser can fetch it`, async () => {
      const outbox = testOutbox();
      const retries = collect(outbox, 'retry');
      const errors = collect(outbox, 'error');
      await outbox.enqueue(npsEnvelope(), url);
      await outbox.flush();
      await outbox.flush();
      expect(retries).to.deep.equal([]);
      expect(errors.map((e) => e.code)).to.include('invalid-endpoint');
      expect(await outbox.pendingCount(), 'kept for a valid endpoint').to.equal(1);
    });
  }

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
