/**
 * The security review's four attacks on small groups, made as it made them: answers posted to
 * the public ingest, results read with a `results` token, the numbers subtracted. Each must find
 * no group of fewer than the minimum (5) answers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, emojiEnvelope, meetingEnvelope, npsEnvelope } from './support/envelopes.js';
import { openEventStream } from './support/events.js';
import { request, send } from './support/http.js';
import { receiveAsWritten, receivedAsWritten } from './support/received-at.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const MIN_GROUP = 5;
const DAY_MS = 86_400_000;
const YEARS = 100 * 365 * DAY_MS;

const results = async (url, view, query) => {
  const response = await request(url, `/v1/results/${view}?${new URLSearchParams(query)}`, {
    headers: bearer('results'),
  });
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body;
};
const sendAll = async (url, envelopes) => {
  for (const envelope of envelopes) assert.equal((await send(url, envelope)).status, 201);
};
/** An NPS group's numbers as the review wrote them: n, promoters, passives, detractors. */
const npsOf = (group) =>
  group?.suppressed ? 'suppressed' : [group.n, group.promoters, group.passives, group.detractors];

/**
 * What subtracting `smaller` from `larger` tells about the answers in one and not the other:
 * nothing when either is suppressed or they are equal; otherwise the difference must stand on at
 * least the minimum group.
 */
function assertIsolatesNoSmallGroup(larger, smaller, what) {
  if (larger.suppressed || smaller.suppressed) return;
  const n = larger.n - smaller.n;
  assert.ok(n === 0 || n >= MIN_GROUP, `${what}: the difference stands on ${n} answer(s)`);
}

/** A collector on its own database whose answers count as received when they say they were written. */
async function collectorReceivingAsWritten() {
  const storage = await freshStorage();
  await (await startCollector({ storage })).stop();
  await receiveAsWritten(storage);
  const server = await startCollector({ storage, tuning: { createdAtMaxAgeMs: YEARS } });
  return {
    url: server.url,
    async stop() {
      await server.stop();
      await storage.drop();
    },
  };
}

describe(`results against differencing [${STORAGE}]`, () => {
  describe('padding', () => {
    it('answers dated back into a week that has ended do not join its group', async () => {
      const storage = await freshStorage();
      const unit = 'padded-unit';
      // The real answer: a detractor, two weeks ago.
      const day = new Date(Date.now() - 14 * DAY_MS).toISOString().slice(0, 10);
      // Noon in Helsinki: the same day there as in UTC.
      const twoWeeksAgo = `${day}T10:00:00.000Z`;
      let server = await startCollector({ storage });
      try {
        await sendAll(server.url, [npsEnvelope({ unit, score: 2, createdAt: twoWeeksAgo })]);
        await server.stop();
        await receivedAsWritten(storage, unit);
        server = await startCollector({ storage });

        // The attacker: four known promoters dated 1970 are refused; four dated that day are taken.
        const in1970 = await send(
          server.url,
          npsEnvelope({ unit, score: 10, createdAt: '1970-01-01T00:00:00.000Z' }),
        );
        assert.equal(in1970.status, 400);
        await sendAll(
          server.url,
          Array.from({ length: 4 }, () => npsEnvelope({ unit, score: 10, createdAt: twoWeeksAgo })),
        );
        const { groups } = await results(server.url, 'nps', { unit, from: day, to: day });
        assert.deepEqual(groups.map(npsOf), ['suppressed'], 'the padded day');
        const weeks = await results(server.url, 'nps', { unit, bucket: 'week' });
        assert.deepEqual(weeks.groups.map(npsOf), ['suppressed', 'suppressed'], 'that week, and this one');
      } finally {
        await server.stop();
        await storage.drop();
      }
    });
  });

  describe('date slicing and buckets', () => {
    let server;
    before(async () => {
      server = await collectorReceivingAsWritten();
    });
    after(() => server?.stop());

    it('1–2 November minus 1 November isolates nothing', async () => {
      const unit = 'sliced-unit';
      await sendAll(server.url, [
        ...Array.from({ length: 5 }, () =>
          npsEnvelope({ unit, score: 10, createdAt: '2026-11-01T10:00:00.000Z' }),
        ),
        npsEnvelope({ unit, score: 2, createdAt: '2026-11-02T10:00:00.000Z' }),
      ]);
      const [both] = (await results(server.url, 'nps', { unit, from: '2026-11-01', to: '2026-11-02' }))
        .groups;
      const [first] = (await results(server.url, 'nps', { unit, from: '2026-11-01', to: '2026-11-01' }))
        .groups;
      assert.deepEqual(
        [npsOf(both), npsOf(first)],
        [
          [5, 5, 0, 0],
          [5, 5, 0, 0],
        ],
      );
      assertIsolatesNoSmallGroup(both, first, '1–2 Nov − 1 Nov');
    });

    it('two days of one week minus one of them isolates nothing', async () => {
      const unit = 'midweek-unit';
      await sendAll(server.url, [
        ...Array.from({ length: 5 }, () =>
          npsEnvelope({ unit, score: 10, createdAt: '2026-11-03T10:00:00.000Z' }),
        ),
        npsEnvelope({ unit, score: 2, createdAt: '2026-11-04T10:00:00.000Z' }),
      ]);
      const both = await results(server.url, 'nps', { unit, from: '2026-11-03', to: '2026-11-04' });
      const first = await results(server.url, 'nps', { unit, from: '2026-11-03', to: '2026-11-03' });
      assert.deepEqual(
        first.filter,
        { unit, from: '2026-11-02', to: '2026-11-08' },
        'widened to the whole week',
      );
      assert.deepEqual(
        [npsOf(both.groups[0]), npsOf(first.groups[0])],
        [
          [5, 5, 0, 0],
          [5, 5, 0, 0],
        ],
      );
    });

    it('day buckets are refused, and week buckets add up to the total', async () => {
      const unit = 'sliced-unit';
      const day = await request(server.url, `/v1/results/nps?unit=${unit}&bucket=day`, {
        headers: bearer('results'),
      });
      assert.equal(day.status, 400);
      const range = { unit, from: '2026-10-26', to: '2026-11-08' };
      const [total] = (await results(server.url, 'nps', range)).groups;
      const weeks = (await results(server.url, 'nps', { ...range, bucket: 'week' })).groups;
      assert.deepEqual(weeks.map(npsOf), [[5, 5, 0, 0], 'suppressed']);
      const shown = weeks.filter((week) => !week.suppressed);
      const sum = (field) => shown.reduce((total, week) => total + week[field], 0);
      assert.deepEqual(npsOf(total), [sum('n'), sum('promoters'), sum('passives'), sum('detractors')]);
    });

    it('every view: overlapping ranges isolate nothing in deviation reports and emoji surveys', async () => {
      const unit = 'every-view-unit';
      const first = '2026-11-01T10:00:00.000Z';
      const second = '2026-11-02T10:00:00.000Z';
      await sendAll(server.url, [
        ...Array.from({ length: 5 }, () => deviationEnvelope({ unit, category: 'rights', createdAt: first })),
        deviationEnvelope({ unit, category: 'mistreatment', createdAt: second }),
        ...Array.from({ length: 5 }, () =>
          emojiEnvelope({ unit, answers: [{ questionId: 'q', value: 3 }], createdAt: first }),
        ),
        emojiEnvelope({ unit, answers: [{ questionId: 'q', value: 1 }], createdAt: second }),
      ]);
      for (const view of ['deviation-reports', 'emoji-survey']) {
        const [both] = (await results(server.url, view, { unit, from: '2026-11-01', to: '2026-11-02' }))
          .groups;
        const [one] = (await results(server.url, view, { unit, from: '2026-11-01', to: '2026-11-01' }))
          .groups;
        assert.equal(both.n, 5, view);
        assertIsolatesNoSmallGroup(both, one, view);
        assert.deepEqual(both, one, view);
      }
    });

    it('nested filters: all roles minus one role isolates nothing in the meeting view', async () => {
      const unit = 'role-unit';
      const at = '2026-11-03T10:00:00.000Z';
      await sendAll(server.url, [
        ...Array.from({ length: 5 }, () =>
          meetingEnvelope({ unit, role: 'parent', items: [9, 9, 9, 9], createdAt: at }),
        ),
        meetingEnvelope({ unit, role: 'municipal-worker', items: [1, 1, 1, 1], createdAt: at }),
      ]);
      const [all] = (await results(server.url, 'meeting', { unit })).groups;
      const [parents] = (await results(server.url, 'meeting', { unit, role: 'parent' })).groups;
      assert.equal(all.n, 5);
      assertIsolatesNoSmallGroup(all, parents, 'all roles − parents');
      // The same numbers per item; only the gap differs by design (left out under a role filter).
      const numbers = (items) => items.map((item) => ({ ...item, familyVsMunicipal: undefined }));
      assert.deepEqual(numbers(all.items), numbers(parents.items));
    });

    it('nested filters: a unit and a unit with its service show the same group', async () => {
      const unit = 'sliced-unit';
      const byUnit = (await results(server.url, 'nps', { unit })).groups;
      const byService = (await results(server.url, 'nps', { unit, service: 'family-work' })).groups;
      assert.deepEqual(byUnit, byService);
    });
  });

  describe('the live stream', () => {
    let server;
    before(async () => {
      server = await startCollector({ tuning: { streamThrottleMs: 50 } });
    });
    after(() => server?.stop());

    it("moves only in steps of the minimum group, so no event shows one answer's category", async () => {
      const unit = 'streamed-unit';
      const stream = await openEventStream(server.url, `/v1/results/stream?unit=${unit}`, bearer('results'));
      await stream.next('nps');
      await sendAll(
        server.url,
        Array.from({ length: 5 }, () => npsEnvelope({ unit, score: 10 })),
      );
      await stream.next('nps', (data) => data.groups[0]?.n === 5);

      // One detractor, then one passive: the review saw 5/0/0 → 5/0/1 → 5/1/1.
      await sendAll(server.url, [npsEnvelope({ unit, score: 2 })]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [polled] = (await results(server.url, 'nps', { unit })).groups;
      await sendAll(server.url, [npsEnvelope({ unit, score: 7 })]);
      await new Promise((resolve) => setTimeout(resolve, 500));
      await sendAll(
        server.url,
        Array.from({ length: 3 }, () => npsEnvelope({ unit, score: 10 })),
      );
      await stream.next('nps', (data) => data.groups[0]?.n === 10);
      await stream.close();

      const published = stream.events
        .filter((event) => event.name === 'nps' && event.data.groups.length)
        .map((event) => npsOf(event.data.groups[0]))
        // Whether the first answers' suppressed group went out alone depends on the throttle.
        .filter((numbers) => numbers !== 'suppressed');
      assert.deepEqual(published, [
        [5, 5, 0, 0],
        [10, 8, 1, 1],
      ]);
      assert.deepEqual(npsOf(polled), [5, 5, 0, 0], 'polling sees no step either');
    });
  });
});
