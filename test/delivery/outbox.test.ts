import { expect } from '@open-wc/testing';
import { createEnvelope } from '../../src/delivery/create-envelope.js';
import type { Outbox } from '../../src/delivery/outbox.js';
import { envelopeSchema, type Envelope } from '../../src/schema/index.js';
import { TestEndpoint, uniqueName, waitFor } from '../support/endpoint.js';
import { disposeTestOutboxes, readStoredRecord, testOutbox } from '../support/outbox.js';

const CONTEXT = {
  unit: 'espoo-leppavaara',
  service: 'family-work',
  context: 'client-plan-meeting',
  respondent: 'parent',
} as const;

function npsEnvelope(score = 7): Envelope {
  return createEnvelope('nps', { score }, 'fi', { ...CONTEXT });
}

function nextEvent<K extends 'delivered' | 'error' | 'retry'>(outbox: Outbox, type: K) {
  return new Promise<CustomEvent>((resolve) =>
    outbox.addEventListener(type, (e: Event) => resolve(e as CustomEvent), { once: true }),
  );
}

describe('Outbox', () => {
  afterEach(disposeTestOutboxes);

  it('POSTs the envelope as JSON with an Idempotency-Key, no cookies, and forgets it once accepted', async () => {
    document.cookie = 'portal-session=secret; path=/';
    const endpoint = await TestEndpoint.create();
    const outbox = testOutbox();
    const envelope = npsEnvelope();
    const delivered = nextEvent(outbox, 'delivered');

    await outbox.enqueue(envelope, endpoint.url);
    expect((await delivered).detail).to.deep.equal({ id: envelope.id });

    const [request, ...more] = await endpoint.requests();
    expect(more).to.have.length(0);
    expect(request!.method).to.equal('POST');
    expect(request!.contentType).to.equal('application/json');
    expect(request!.idempotencyKey).to.equal(envelope.id);
    expect(request!.cookie, 'credentials: omit').to.equal('');
    expect(envelopeSchema.safeParse(request!.body).success).to.equal(true);
    expect(request!.body).to.deep.equal(envelope);
    expect(await outbox.pendingCount()).to.equal(0);
    document.cookie = 'portal-session=; max-age=0; path=/';
  });

  it('has the envelope in IndexedDB when enqueue resolves, before the endpoint answers', async () => {
    const endpoint = await TestEndpoint.create([{ status: 201, delayMs: 400 }]);
    const outbox = testOutbox();
    const envelope = npsEnvelope();

    await outbox.enqueue(envelope, endpoint.url);
    const stored = (await readStoredRecord(outbox.dbName, `pending:${envelope.id}`)) as {
      envelope: Envelope;
    };
    expect(stored.envelope).to.deep.equal(envelope);
  });

  it('delivers exactly once after a dropped connection, a 500 and a 429 with Retry-After', async () => {
    const endpoint = await TestEndpoint.create([
      { drop: true },
      { status: 500 },
      { status: 429, retryAfter: '1' },
    ]);
    const outbox = testOutbox();
    const envelope = npsEnvelope(3);
    const retries: number[] = [];
    outbox.addEventListener('retry', (e) => retries.push(e.detail.attempt));
    const delivered = nextEvent(outbox, 'delivered');

    await outbox.enqueue(envelope, endpoint.url);
    await delivered;

    const requests = await endpoint.requests();
    expect(requests.map((r) => r.answeredWith)).to.deep.equal(['drop', 500, 429, 201]);
    expect(requests.every((r) => r.idempotencyKey === envelope.id)).to.equal(true);
    expect(await endpoint.accepted()).to.have.length(1);
    expect(retries).to.deep.equal([1, 2, 3]);
    // Retry-After: 1 was honoured although the backoff alone would have retried within 160 ms.
    expect(requests[3]!.at - requests[2]!.at).to.be.at.least(1000);
    expect(await outbox.pendingCount()).to.equal(0);
  });

  it('abandons a request that hangs past the timeout and sends again', async () => {
    const endpoint = await TestEndpoint.create([{ status: 201, delayMs: 1500 }]);
    const outbox = testOutbox({ requestTimeoutMs: 300 });
    const envelope = npsEnvelope();
    const retry = nextEvent(outbox, 'retry');
    const delivered = nextEvent(outbox, 'delivered');

    await outbox.enqueue(envelope, endpoint.url);
    expect((await retry).detail.reason).to.match(/no answer in 300 ms/);
    await delivered;
    expect((await endpoint.requests()).map((r) => r.idempotencyKey)).to.deep.equal([
      envelope.id,
      envelope.id,
    ]);
  });

  it('re-sends the request under way with keepalive when the page is hidden, and delivers once', async () => {
    const endpoint = await TestEndpoint.create([{ status: 201, delayMs: 600 }]);
    const outbox = testOutbox();
    const envelope = npsEnvelope();
    const keepaliveFlags: boolean[] = [];
    const realFetch = window.fetch;
    // Observes the real requests; every call still goes to the real fetch.
    window.fetch = (input, init) => {
      if (String(input) === endpoint.url) keepaliveFlags.push(init?.keepalive ?? false);
      return realFetch(input, init);
    };
    let deliveries = 0;
    outbox.addEventListener('delivered', () => (deliveries += 1));
    try {
      await outbox.enqueue(envelope, endpoint.url);
      await endpoint.waitForRequests(1);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await waitFor(async () => (await outbox.pendingCount()) === 0, 'delivery');
    } finally {
      window.fetch = realFetch;
      window.dispatchEvent(new PageTransitionEvent('pageshow'));
    }
    expect(keepaliveFlags).to.deep.equal([false, true]);
    expect((await endpoint.requests()).map((r) => r.idempotencyKey)).to.deep.equal([
      envelope.id,
      envelope.id,
    ]);
    expect(deliveries).to.equal(1);
  });

  it('moves an envelope refused with 400 to the dead letters and does not retry it by itself', async () => {
    const endpoint = await TestEndpoint.create([{ status: 400 }]);
    const outbox = testOutbox();
    const envelope = npsEnvelope();
    const error = nextEvent(outbox, 'error');

    await outbox.enqueue(envelope, endpoint.url);
    expect((await error).detail).to.include({ code: 'rejected', id: envelope.id, status: 400 });
    await outbox.flush();
    await outbox.flush();
    expect(await endpoint.requests()).to.have.length(1);
    expect(await outbox.pendingCount()).to.equal(0);
    const [letter] = await outbox.deadLetters();
    expect(letter!.envelope).to.deep.equal(envelope);
    expect(letter!.status).to.equal(400);

    const delivered = nextEvent(outbox, 'delivered');
    expect(await outbox.retryDeadLetters()).to.equal(1);
    await delivered;
    expect(await outbox.deadLetters()).to.have.length(0);
    expect(await endpoint.accepted()).to.have.length(1);
  });

  it('keeps an answer across a reload of the outbox module and delivers it then', async () => {
    const endpoint = await TestEndpoint.create([], { drop: true });
    const dbName = uniqueName('reload');
    // Its next retry is seconds away: nothing of it is in flight when it is disposed, so the
    // answer can only be delivered by the outbox that comes after the reload.
    const before = testOutbox({ dbName, backoff: { baseMs: 3_000, maxMs: 3_000 } });
    const envelope = npsEnvelope(9);
    await before.enqueue(envelope, endpoint.url);
    await endpoint.waitForRequests(1);
    before.dispose();

    await endpoint.script([], { status: 201 });
    // A new module instance, as after a page reload: nothing is shared but IndexedDB.
    const url = `${new URL('../../src/delivery/outbox.ts', import.meta.url).href}?reload=${Date.now()}`;
    const fresh = (await import(url)) as typeof import('../../src/delivery/outbox.js');
    const after = new fresh.Outbox({ dbName });
    const delivered = nextEvent(after, 'delivered');
    after.start();
    expect((await delivered).detail.id).to.equal(envelope.id);
    after.dispose();
    expect((await endpoint.accepted()).map((r) => r.idempotencyKey)).to.deep.equal([envelope.id]);
  });

  for (const lockKind of ['Web Locks', 'the IndexedDB lease'] as const) {
    it(`never sends one id from two outboxes sharing a database at once (${lockKind})`, async () => {
      const endpoint = await TestEndpoint.create([], { status: 201, delayMs: 120 });
      const dbName = uniqueName('tabs');
      const locks = lockKind === 'Web Locks' ? undefined : null;
      const tabA = testOutbox({ dbName, locks });
      const tabB = testOutbox({ dbName, locks });
      const envelopes = Array.from({ length: 6 }, (_, i) => npsEnvelope(i));

      await Promise.all(envelopes.map((e, i) => (i % 2 ? tabA : tabB).enqueue(e, endpoint.url)));
      await Promise.all([tabA.flush(), tabB.flush(), tabA.flush(), tabB.flush()]);
      await waitFor(async () => (await tabA.pendingCount()) === 0, 'an empty outbox', 10000);

      const log = await endpoint.log();
      expect(log.overlapping, 'ids in flight twice at once').to.deep.equal([]);
      const sent = log.requests.map((r) => r.idempotencyKey).sort();
      expect(sent).to.deep.equal(envelopes.map((e) => e.id).sort());
    });
  }

  it('in lease mode, a tab that found the other one sending looks again within seconds', async () => {
    const endpoint = await TestEndpoint.create([{ status: 201, delayMs: 800 }]);
    const dbName = uniqueName('lease');
    const tabA = testOutbox({ dbName, locks: null });
    const tabB = testOutbox({ dbName, locks: null });
    const first = npsEnvelope(1);
    const second = npsEnvelope(2);
    await tabA.enqueue(first, endpoint.url);
    await endpoint.waitForRequests(1);
    // A holds the lease and has listed what it will send; B's answer comes after that.
    await tabB.enqueue(second, endpoint.url);
    const sent = await waitFor(
      async () => {
        const ids = (await endpoint.accepted()).map((r) => r.idempotencyKey);
        return ids.includes(second.id) ? ids : undefined;
      },
      "tab B's answer delivered",
      4000,
    );
    expect(sent).to.deep.equal([first.id, second.id]);
  });

  it('drops envelopes older than the retention time with an expired error', async () => {
    const endpoint = await TestEndpoint.create([], { status: 503 });
    const outbox = testOutbox({ retentionMs: 300 });
    const envelope = npsEnvelope();
    await outbox.enqueue(envelope, endpoint.url);
    await endpoint.waitForRequests(1);

    const error = nextEvent(outbox, 'error');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await outbox.flush();
    expect((await error).detail).to.include({ code: 'expired', id: envelope.id });
    expect(await outbox.pendingCount()).to.equal(0);
  });

  it('keeps envelopes without a valid endpoint until a default endpoint appears', async () => {
    const endpoint = await TestEndpoint.create();
    const defaults: { endpoint?: string } = {};
    const outbox = testOutbox({ defaultEndpoint: () => defaults.endpoint });
    const envelope = npsEnvelope();

    await outbox.enqueue(envelope, null);
    await outbox.flush();
    expect(await outbox.pendingCount()).to.equal(1);

    defaults.endpoint = endpoint.url;
    const delivered = nextEvent(outbox, 'delivered');
    await outbox.flush();
    await delivered;
    expect((await endpoint.accepted()).map((r) => r.idempotencyKey)).to.deep.equal([envelope.id]);
  });

  it('falls back to memory, saying so once, where IndexedDB cannot be opened', async () => {
    const endpoint = await TestEndpoint.create();
    const warnings: string[] = [];
    const originalWarn = console.warn;
    const originalOpen = Object.getOwnPropertyDescriptor(IDBFactory.prototype, 'open')!;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    Object.defineProperty(IDBFactory.prototype, 'open', {
      configurable: true,
      value: () => {
        throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
      },
    });
    try {
      const first = testOutbox();
      const second = testOutbox();
      expect(await first.isDurable()).to.equal(false);
      expect(await second.isDurable()).to.equal(false);
      const delivered = nextEvent(first, 'delivered');
      await first.enqueue(npsEnvelope(), endpoint.url);
      await delivered;
    } finally {
      Object.defineProperty(IDBFactory.prototype, 'open', originalOpen);
      console.warn = originalWarn;
    }
    expect(warnings.filter((w) => w.includes('IndexedDB cannot be used'))).to.have.length(1);
    expect(await endpoint.accepted()).to.have.length(1);
  });
});
