/** GET /v1/results/meeting (issue 21): per item n, mean, distribution, share ≤ 6, the family–municipal gap. */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { meetingEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const SUPPRESSED = { suppressed: true, reason: 'too few answers' };

describe(`meeting results [${STORAGE}]`, () => {
  let server;
  const results = async (query) => {
    const response = await request(server.url, `/v1/results/meeting?${new URLSearchParams(query)}`, {
      headers: bearer('results'),
    });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  };
  const sendAll = async (envelopes) => {
    for (const envelope of envelopes) assert.equal((await send(server.url, envelope)).status, 201);
  };

  before(async () => {
    server = await startCollector();
  });
  after(() => server?.stop());

  it('refuses faces stored off the faces scale', async () => {
    const response = await send(server.url, meetingEnvelope({ role: 'child', items: [4, 5, 5, 5] }));
    assert.equal(response.status, 400);
  });

  it('computes each item and the gap over the meetings where the family and a municipal worker answered', async () => {
    const unit = 'meeting-unit';
    // Three meetings, five times over: each role's answers are shown in whole batches of five
    // (suppression.ts), so every role here has five or a multiple of five.
    const threeMeetings = () => {
      const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
      return [
        // Meeting a: the family (parent 8, child's 4th face = 7) vs the municipal worker 4 on "heard".
        meetingEnvelope({ unit, meetingId: a, role: 'parent', items: [8, 9, null, 6] }),
        meetingEnvelope({ unit, meetingId: a, role: 'child', items: [7, 10, 5, 3] }),
        meetingEnvelope({ unit, meetingId: a, role: 'municipal-worker', items: [4, 6, 7, 7] }),
        // Meeting b: parent 10 vs two municipal workers 6 and 8.
        meetingEnvelope({ unit, meetingId: b, role: 'parent', items: [10, 10, 10, 10] }),
        meetingEnvelope({ unit, meetingId: b, role: 'municipal-worker', items: [6, 6, 6, 6] }),
        meetingEnvelope({ unit, meetingId: b, role: 'municipal-worker', items: [8, 8, 8, 8] }),
        // Meeting c: no municipal worker: left out of the gap, counted in the items.
        meetingEnvelope({ unit, meetingId: c, role: 'relative', items: [2, 2, 2, 2] }),
        meetingEnvelope({ unit, meetingId: c, role: 'staff', items: [9, 9, 9, 9] }),
      ];
    };
    await sendAll(Array.from({ length: 5 }, threeMeetings).flat());
    const { view, minGroup, groups } = await results({ unit });
    assert.equal(view, 'meeting');
    assert.equal(minGroup, 5);
    assert.equal(groups.length, 1);
    const [group] = groups;
    assert.equal(group.n, 40);
    assert.equal(group.meetings, 15);
    const heard = group.items.find((item) => item.item === 'heard');
    // heard: 8, 7, 4, 10, 6, 8, 2, 9 (five times) → mean 54 / 8 = 6.75; ≤ 6: 4, 6, 2 → 3 / 8.
    assert.deepEqual(heard, {
      item: 'heard',
      n: 40,
      mean: 6.75,
      distribution: { 0: 0, 1: 0, 2: 5, 3: 0, 4: 5, 5: 0, 6: 5, 7: 5, 8: 10, 9: 5, 10: 5 },
      lowShare: 0.38,
      declined: 0,
      // Meeting a: family (8 + 7) / 2 = 7.5 vs 4; meeting b: 10 vs (6 + 8) / 2 = 7.
      // Family mean (7.5 + 10) / 2 = 8.75, municipal (4 + 7) / 2 = 5.5, gap 3.25; 15 + 15 answers.
      familyVsMunicipal: { meetings: 10, familyMean: 8.75, municipalMean: 5.5, gap: 3.25 },
    });
    const together = group.items.find((item) => item.item === 'together');
    assert.equal(together.n, 35);
    assert.equal(together.declined, 5);
  });

  it('shows the gap once enough answers stand on both sides, and suppresses a small group', async () => {
    const unit = 'meeting-gap-unit';
    const meetings = Array.from({ length: 5 }, () => randomUUID());
    await sendAll(
      meetings.flatMap((meetingId, i) => [
        meetingEnvelope({ unit, meetingId, role: 'parent', items: [9, 9, 9, i % 2 ? 9 : 7] }),
        meetingEnvelope({ unit, meetingId, role: 'municipal-worker', items: [6, 6, 6, 6] }),
      ]),
    );
    await sendAll([1, 2, 3, 4].map(() => meetingEnvelope({ unit, service: 'small', role: 'parent' })));
    const { groups } = await results({ unit });
    assert.deepEqual(
      groups.map(({ service, suppressed }) => [service, suppressed ?? false]),
      [
        ['family-work', false],
        ['small', true],
      ],
    );
    assert.deepEqual(groups[1], { unit, service: 'small', ...SUPPRESSED });
    const [heard, , , overall] = groups[0].items;
    assert.deepEqual(heard.familyVsMunicipal, { meetings: 5, familyMean: 9, municipalMean: 6, gap: 3 });
    // overall: family 7, 9, 7, 9, 7 → 7.8 vs 6.
    assert.deepEqual(overall.familyVsMunicipal, { meetings: 5, familyMean: 7.8, municipalMean: 6, gap: 1.8 });
    assert.equal(heard.lowShare, 0.5);
  });

  it('filters by the respondent role, and suppresses a filtered group that is too small', async () => {
    const unit = 'meeting-role-unit';
    await sendAll([
      ...[5, 6, 7, 8, 9].map((score) => meetingEnvelope({ unit, role: 'parent', items: [score, 8, 8, 8] })),
      ...[1, 2, 3].map((score) =>
        meetingEnvelope({ unit, role: 'municipal-worker', items: [score, 8, 8, 8] }),
      ),
    ]);
    const parents = await results({ unit, role: 'parent' });
    assert.equal(parents.filter.role, 'parent');
    assert.equal(parents.groups.length, 1);
    assert.equal(parents.groups[0].n, 5);
    const heard = parents.groups[0].items.find((item) => item.item === 'heard');
    // Only the parents' 5 … 9: mean 7; the municipal workers' 1 … 3 are left out.
    assert.equal(heard.mean, 7);
    // One role alone has no other side to compare with: left out, saying why, not "too few".
    assert.deepEqual(heard.familyVsMunicipal, { omitted: true, reason: 'role filter' });
    // Even where both sides would have enough: a filter keeps one of them.
    const family = await results({ unit: 'meeting-gap-unit', role: 'parent' });
    assert.deepEqual(family.groups[0].items[0].familyVsMunicipal, { omitted: true, reason: 'role filter' });
    const workers = await results({ unit, role: 'municipal-worker' });
    assert.deepEqual(workers.groups, [{ unit, service: 'family-work', ...SUPPRESSED }]);
    assert.deepEqual((await results({ unit, role: 'child' })).groups, []);
  });

  it("counts a site's own survey per item id, apart from the ready survey's items", async () => {
    const unit = 'meeting-own-unit';
    const surveyId = 'family-meeting-2027';
    const meetings = Array.from({ length: 5 }, () => randomUUID());
    await sendAll(
      meetings.flatMap((meetingId, i) => [
        // The own survey names an item "heard" too, and its first item is another one.
        meetingEnvelope({ unit, meetingId, role: 'parent', surveyId, items: { plan: 10, heard: 2 } }),
        meetingEnvelope({
          unit,
          meetingId,
          role: 'municipal-worker',
          surveyId,
          items: { plan: 6, heard: i },
        }),
        // The ready survey in the same office: "heard" 9 from five parents.
        meetingEnvelope({ unit, meetingId, role: 'parent', items: [9, 8, 8, 8] }),
      ]),
    );
    const { groups } = await results({ unit });
    assert.equal(groups[0].n, 15);
    const rows = groups[0].items.map(({ survey, item, n, mean }) => [survey ?? null, item, n, mean]);
    assert.deepEqual(rows, [
      [null, 'heard', 5, 9],
      [null, 'mattered', 5, 8],
      [null, 'together', 5, 8],
      [null, 'overall', 5, 8],
      // heard: 2 × 5 from the parents and 0 … 4 from the workers → 20 / 10.
      [surveyId, 'heard', 10, 2],
      [surveyId, 'plan', 10, 8],
    ]);
    const plan = groups[0].items.find((item) => item.survey === surveyId && item.item === 'plan');
    assert.deepEqual(plan.familyVsMunicipal, { meetings: 5, familyMean: 10, municipalMean: 6, gap: 4 });
    // The ready survey's gap on "heard" has no municipal worker: it is not the own survey's.
    assert.deepEqual(groups[0].items[0].familyVsMunicipal, SUPPRESSED);
  });

  it("refuses an own survey's envelope with no items, and the ready survey's with other items", async () => {
    const empty = meetingEnvelope({ surveyId: 'own', items: {} });
    assert.equal((await send(server.url, empty)).status, 400);
    const noSurvey = meetingEnvelope({});
    noSurvey.data.items = { plan: 8 };
    const response = await send(server.url, noSurvey);
    assert.equal(response.status, 400);
    assert.match(JSON.stringify(response.body), /data\.items/);
  });

  it('answers 400 to an unknown role, and every other view answers 400 to role', async () => {
    const query = (view, search) =>
      request(server.url, `/v1/results/${view}?${search}`, { headers: bearer('results') });
    const badRole = await query('meeting', 'role=boss');
    assert.equal(badRole.status, 400);
    assert.match(badRole.body.problems[0], /^role: /);
    for (const view of ['nps', 'emoji-survey', 'deviation-reports', 'stream']) {
      const response = await query(view, 'role=parent');
      assert.equal(response.status, 400, view);
    }
  });
});
