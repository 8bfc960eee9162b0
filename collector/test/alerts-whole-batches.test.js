/**
 * The nps-below window is whole published batches (issue 22 review): batches are per unit ×
 * service × week and their answers interleave across services, so "the last N answers" of a
 * unit could hold part of a batch, and an alert would then say what no result does.
 * Real collector over HTTP, the database of this run (PGlite or PostgreSQL).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { alertsOf, npsAnswers } from './support/alerts.js';
import { startCollector } from './support/collector.js';
import { request } from './support/http.js';
import { STORAGE } from './support/storage.js';
import { bearer } from './support/tokens.js';

const MIN_GROUP = 5;
const TWO_BATCHES_UNIT = `two-batches-${randomUUID()}`;
const RULES = [
  { id: 'last-five', kind: 'nps-below', lastAnswers: 5, below: 20 },
  { id: 'last-seven', kind: 'nps-below', unit: TWO_BATCHES_UNIT, lastAnswers: 7, below: 20 },
];

describe(`alerts over whole batches [${STORAGE}]`, () => {
  let server;
  before(async () => {
    server = await startCollector({ minGroup: MIN_GROUP, alerts: RULES });
  });
  after(async () => {
    await server?.stop();
  });

  const alertsOfRule = async (unit, rule) =>
    (await alertsOf(server, unit)).filter((alert) => alert.rule === rule);
  const npsGroups = async (unit) => {
    const { status, body } = await request(server.url, `/v1/results/nps?unit=${unit}`, {
      headers: bearer('results'),
    });
    assert.equal(status, 200);
    return body.groups;
  };

  it('takes the newest whole batch when two services’ batches interleave', async () => {
    const unit = `unit-${randomUUID()}`;
    const s1 = { service: 's1' };
    const s2 = { service: 's2' };
    // S2's first four wait for a fifth; S1's batch completes in between.
    await npsAnswers(server, unit, [0, 0, 0, 0], s2);
    await npsAnswers(server, unit, [10, 0, 0, 10, 10], s1);
    assert.deepEqual(await alertsOfRule(unit, 'last-five'), [], 'S1’s batch alone: NPS 20, not below 20');

    // S2's batch completes. The last five answers would be S2's fifth and S1's last four
    // (P 2, D 3: NPS −20), part of two batches; the newest whole batch is S2's.
    await npsAnswers(server, unit, [0], s2);
    const [alert, ...more] = await alertsOfRule(unit, 'last-five');
    assert.equal(more.length, 0);
    assert.equal(alert.numbers.n % MIN_GROUP, 0, 'whole batches of the minimum group');
    assert.deepEqual(alert.numbers, { n: 5, nps: -100, below: 20 }, 'S2’s batch, all five detractors');
    const s2Results = (await npsGroups(unit)).find((group) => group.service === 's2');
    assert.deepEqual(
      { n: s2Results.n, nps: s2Results.nps },
      { n: alert.numbers.n, nps: alert.numbers.nps },
      'the same numbers as S2’s results',
    );
  });

  it('takes as many newest whole batches as hold at least lastAnswers answers', async () => {
    const unit = TWO_BATCHES_UNIT;
    await npsAnswers(server, unit, [0, 0, 0, 0, 0], { service: 's1' });
    assert.deepEqual(await alertsOfRule(unit, 'last-seven'), [], 'five answers: fewer than seven');

    // Seven answers would be S2's five and two of S1's (NPS 42.9, not below 20); two whole batches are ten (NPS 0).
    await npsAnswers(server, unit, [10, 10, 10, 10, 10], { service: 's2' });
    const [alert, ...more] = await alertsOfRule(unit, 'last-seven');
    assert.equal(more.length, 0);
    assert.deepEqual(alert.numbers, { n: 10, nps: 0, below: 20 }, 'S1’s and S2’s batches together');
    const groups = await npsGroups(unit);
    assert.equal(
      groups.reduce((sum, group) => sum + group.n, 0),
      alert.numbers.n,
      'as many answers as the results show',
    );
  });
});
