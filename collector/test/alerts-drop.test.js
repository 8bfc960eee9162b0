/**
 * The nps-drop alert rule: this week against the whole previous one, by received week. Answers
 * of last week are posted with last week's createdAt on a database where every answer counts as
 * received when it was written (support/received-at.js).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { alertOptions, alertsOf, npsAnswers, startEventReceiver, until } from './support/alerts.js';
import { startCollector } from './support/collector.js';
import { receiveAsWritten } from './support/received-at.js';
import { freshStorage, STORAGE } from './support/storage.js';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const RULES = [{ id: 'weekly-drop', kind: 'nps-drop', period: 'week', drop: 30 }];
const repeat = (score, times) => Array.from({ length: times }, () => score);

describe(`the nps-drop alert [${STORAGE}]`, () => {
  let receiver;
  let storage;
  let server;
  before(async () => {
    receiver = await startEventReceiver();
    storage = await freshStorage();
    // Migrated first: the trigger goes on the answers table.
    await (await startCollector({ storage })).stop();
    await receiveAsWritten(storage);
    server = await startCollector({ storage, ...alertOptions(receiver, RULES) });
  });
  after(async () => {
    await server?.stop();
    await storage?.drop();
    await receiver?.close();
  });

  const lastWeek = () => ({ createdAt: new Date(Date.now() - WEEK_MS).toISOString() });

  it('fires when this week falls by the points against last week, at the crossing and not before', async () => {
    const unit = `unit-${randomUUID()}`;
    await npsAnswers(server, unit, repeat(10, 6), lastWeek());
    await npsAnswers(server, unit, repeat(10, 3));
    assert.deepEqual(await alertsOf(server, unit), [], 'NPS 100 both weeks');
    await npsAnswers(server, unit, [0, 0]);
    assert.deepEqual(await alertsOf(server, unit), [], 'the batch is not complete');
    await npsAnswers(server, unit, [0]);
    const [alert, ...more] = await alertsOf(server, unit);
    assert.equal(more.length, 0);
    assert.deepEqual(alert.numbers, {
      period: 'week',
      n: 6,
      nps: 0,
      previousN: 6,
      previousNps: 100,
      drop: 100,
      dropAtLeast: 30,
    });
    await until(
      () => receiver.events('alert.fired', (event) => event.unit === unit).length === 1,
      'the event',
    );

    await npsAnswers(server, unit, repeat(0, 3));
    assert.equal((await alertsOf(server, unit)).length, 1, 'still one alert');
  });

  it('never compares with a week under the minimum group', async () => {
    const unit = `unit-${randomUUID()}`;
    await npsAnswers(server, unit, repeat(10, 2), lastWeek());
    await npsAnswers(server, unit, repeat(0, 6));
    assert.deepEqual(await alertsOf(server, unit), [], 'last week had two answers: nothing to compare with');
  });
});
