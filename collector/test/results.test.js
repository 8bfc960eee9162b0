/** GET /v1/results/*: the numbers, the groups, the buckets, and silence for small groups. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startCollector } from './support/collector.js';
import { deviationEnvelope, emojiEnvelope, npsEnvelope } from './support/envelopes.js';
import { request, send } from './support/http.js';
import { receiveAsWritten } from './support/received-at.js';
import { freshStorage, STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const SUPPRESSED = { suppressed: true, reason: 'too few answers' };

describe(`results [${STORAGE}]`, () => {
  let server;
  const results = async (view, query) => {
    const response = await request(server.url, `/v1/results/${view}?${new URLSearchParams(query)}`, {
      headers: bearer('results'),
    });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body;
  };
  const sendAll = async (envelopes) => {
    for (const envelope of envelopes) assert.equal((await send(server.url, envelope)).status, 201);
  };

  let storage;
  before(async () => {
    // The trend test files answers under fixed days of 2026, older than live answers may be, and
    // results count by the week an answer arrived: here, the week its createdAt names.
    storage = await freshStorage();
    const started = await startCollector({ storage });
    await started.stop();
    await receiveAsWritten(storage);
    server = await startCollector({ storage, tuning: { createdAtMaxAgeMs: 100 * 365 * 86_400_000 } });
  });
  after(async () => {
    await server?.stop();
    await storage?.drop();
  });

  it('computes NPS, its parts and its 95 % margin of error per unit and service', async () => {
    const unit = 'nps-unit';
    await sendAll([10, 9, 9, 9, 8, 5].map((score) => npsEnvelope({ unit, service: 'family-work', score })));
    await sendAll([10, 10, 10, 10, 10].map((score) => npsEnvelope({ unit, service: 'after-care', score })));

    const { view, minGroup, groups } = await results('nps', { unit });
    assert.equal(view, 'nps');
    assert.equal(minGroup, 5);
    assert.deepEqual(groups, [
      {
        unit,
        service: 'after-care',
        n: 5,
        nps: 100,
        promoters: 5,
        passives: 0,
        detractors: 0,
        marginOfError: 0,
      },
      // Shown in whole batches of five, in the order received: the sixth answer (5) waits for
      // four more. p(promoter) = 4/5, p(detractor) = 0: NPS 80; variance 0.8 − 0.64; 1.96 × √(0.16 / 5) = 35.1.
      {
        unit,
        service: 'family-work',
        n: 5,
        nps: 80,
        promoters: 4,
        passives: 1,
        detractors: 0,
        marginOfError: 35.1,
      },
    ]);
  });

  it('suppresses a group with fewer answers than PALAUTE_MIN_GROUP, showing no numbers', async () => {
    const unit = 'small-unit';
    await sendAll([0, 0, 10, 10].map((score) => npsEnvelope({ unit, score })));
    const { groups } = await results('nps', { unit });
    assert.deepEqual(groups, [{ unit, service: 'family-work', ...SUPPRESSED }]);
    await sendAll([npsEnvelope({ unit, score: 5 })]);
    const [group] = (await results('nps', { unit })).groups;
    assert.equal(group.n, 5);
  });

  it('follows a trend in week and month buckets of the Helsinki calendar, in whole weeks between from and to', async () => {
    const unit = 'trend-unit';
    const at = (createdAt) => Array.from({ length: 5 }, () => npsEnvelope({ unit, createdAt, score: 9 }));
    // 22:30 UTC on Saturday 3 October is 01:30 on Sunday 4 October in Helsinki: the week of
    // Monday 28 September, whose Thursday (1 October) puts it in October.
    await sendAll([...at('2026-09-15T10:00:00.000Z'), ...at('2026-10-03T22:30:00.000Z')]);

    const months = await results('nps', { unit, bucket: 'month' });
    assert.deepEqual(
      months.groups.map(({ bucket, n }) => [bucket, n]),
      [
        ['2026-09-01', 5],
        ['2026-10-01', 5],
      ],
    );
    const oneDay = await results('nps', { unit, bucket: 'week', from: '2026-10-04', to: '2026-10-04' });
    assert.deepEqual(
      oneDay.filter,
      { unit, bucket: 'week', from: '2026-09-28', to: '2026-10-04' },
      'whole weeks',
    );
    assert.deepEqual(
      oneDay.groups.map(({ bucket, n }) => [bucket, n]),
      [['2026-09-28', 5]],
    );
    const weeks = await results('nps', { unit, bucket: 'week', to: '2026-09-20' });
    assert.deepEqual(
      weeks.groups.map(({ bucket, n }) => [bucket, n]),
      [['2026-09-14', 5]],
      'weeks start on Monday',
    );
  });

  it('counts faces and "I don\'t want to answer" per survey and question', async () => {
    const unit = 'emoji-unit';
    const values = [1, 2, 2, 3, null];
    await sendAll(
      values.map((value, index) =>
        emojiEnvelope({
          unit,
          surveyId: 'feelings',
          answers: [
            { questionId: 'mood', value },
            ...(index < 2 ? [{ questionId: 'rarely-asked', value: 2 }] : []),
          ],
        }),
      ),
    );
    await sendAll(Array.from({ length: 4 }, () => emojiEnvelope({ unit, surveyId: 'small-survey' })));

    const { groups } = await results('emoji-survey', { unit });
    assert.deepEqual(groups, [
      {
        unit,
        service: 'family-work',
        surveyId: 'feelings',
        n: 5,
        questions: [
          { questionId: 'mood', n: 5, faces: { 1: 1, 2: 2, 3: 1 }, declined: 1 },
          { questionId: 'rarely-asked', ...SUPPRESSED },
        ],
      },
      { unit, service: 'family-work', surveyId: 'small-survey', ...SUPPRESSED },
    ]);
  });

  it('shows five faces when any answer used a face above three', async () => {
    const unit = 'five-face-unit';
    await sendAll(
      [1, 5, 5, 4, 2].map((value) => emojiEnvelope({ unit, answers: [{ questionId: 'q', value }] })),
    );
    const [group] = (await results('emoji-survey', { unit })).groups;
    assert.deepEqual(group.questions[0].faces, { 1: 1, 2: 1, 3: 0, 4: 1, 5: 2 });
  });

  it('counts deviation reports by category and by harm', async () => {
    const unit = 'report-unit';
    const reports = [
      ['safety', 'yes'],
      ['safety', 'no'],
      ['safety', 'unknown'],
      ['rights', 'no'],
      ['rights', 'unknown'],
    ];
    await sendAll(reports.map(([category, harm]) => deviationEnvelope({ unit, category, harm })));
    await sendAll([deviationEnvelope({ unit: 'quiet-unit' })]);

    const { groups } = await results('deviation-reports', {});
    const mine = groups.filter((group) => group.unit === unit || group.unit === 'quiet-unit');
    assert.deepEqual(mine, [
      { unit: 'quiet-unit', service: 'family-work', ...SUPPRESSED },
      {
        unit,
        service: 'family-work',
        n: 5,
        byCategory: {
          rights: 2,
          'self-determination': 0,
          safety: 3,
          mistreatment: 0,
          'service-quality': 0,
          other: 0,
        },
        byHarm: { no: 2, yes: 1, unknown: 2 },
      },
    ]);
  });

  it('answers 400 to a query it does not understand, naming the field', async () => {
    const query = async (search) =>
      request(server.url, `/v1/results/nps?${search}`, { headers: bearer('results') });
    const badBucket = await query('bucket=year');
    assert.equal(badBucket.status, 400);
    assert.deepEqual(badBucket.body.problems, ['bucket: should be "week" or "month"']);
    const days = await query('bucket=day');
    assert.equal(days.status, 400);
    assert.match(days.body.problems[0], /^bucket: day buckets are not published/);
    const badDate = await query('from=2026-13-01');
    assert.deepEqual(badDate.body.problems, ['from: should be a valid date']);
    const reversed = await query('from=2026-10-02&to=2026-10-01');
    assert.deepEqual(reversed.body.problems, ['to: should not be before from']);
    const typo = await query('units=x');
    assert.equal(typo.status, 400);
  });
});
