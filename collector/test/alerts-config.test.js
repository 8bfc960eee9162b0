/** Alert rules in the configuration: a bad rule stops the start with a line naming its field. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, optionsFromEnv, resolveConfig } from '../dist/index.js';

const GOOD = [
  { id: 'low-nps', kind: 'nps-below', lastAnswers: 20, below: 0, unit: 'espoo-leppavaara' },
  { id: 'weekly-drop', kind: 'nps-drop', period: 'month', drop: 15, byService: true },
  { id: 'unsafe', kind: 'negative-face-share', surveyId: 'safety-5-8', questionId: 'feel-safe', above: 25 },
];

function refusal(options) {
  try {
    resolveConfig(options);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.message;
  }
  assert.fail('the configuration was accepted');
}

describe('alert rules in the configuration', () => {
  it('takes good rules and names every bad field as alerts[i].field', () => {
    assert.deepEqual(resolveConfig({ alerts: GOOD }).alerts, GOOD);
    const message = refusal({
      minGroup: 5,
      alerts: [
        GOOD[0],
        { ...GOOD[1], period: 'day' },
        { ...GOOD[2], above: 140 },
        { id: 'Bad Id', kind: 'nps-below', lastAnswers: 10, below: 0 },
        { id: 'x', kind: 'nps-rises' },
        { ...GOOD[0], id: 'extra', belw: 3 },
      ],
    });
    for (const expected of [
      'PALAUTE_ALERTS (alerts[1].period):',
      'PALAUTE_ALERTS (alerts[2].above): should be a percentage, 0 to 100',
      'PALAUTE_ALERTS (alerts[3].id): should be 1–64 lowercase letters, digits and hyphens',
      'PALAUTE_ALERTS (alerts[4].kind): kind should be one of nps-below, nps-drop, negative-face-share',
      'PALAUTE_ALERTS (alerts[5]): Unrecognized key: "belw"',
    ]) {
      assert.ok(message.includes(expected), `${expected}\nin\n${message}`);
    }
  });

  it('refuses a window under the minimum group and a rule id used twice', () => {
    const message = refusal({
      minGroup: 5,
      alerts: [GOOD[0], { ...GOOD[0], lastAnswers: 4 }],
    });
    assert.ok(
      message.includes('PALAUTE_ALERTS (alerts[1].id): "low-nps" is used by an earlier rule'),
      message,
    );
    assert.ok(
      message.includes(
        'PALAUTE_ALERTS (alerts[1].lastAnswers): should be at least the minimum group (PALAUTE_MIN_GROUP, 5)',
      ),
      message,
    );
  });

  it('requires the webhook secret with PALAUTE_WEBHOOK_ALERTS', () => {
    const message = refusal({ alerts: GOOD, alertsWebhook: 'https://hooks.example.fi/alerts' });
    assert.ok(message.includes('PALAUTE_WEBHOOK_SECRET (webhookSecret): is required'), message);
    assert.ok(
      refusal({ alertsWebhook: 'http://hooks.example.fi/alerts', webhookSecret: 'x'.repeat(16) }).includes(
        'PALAUTE_WEBHOOK_ALERTS (alertsWebhook): should be an https URL',
      ),
    );
  });

  it('reads PALAUTE_ALERTS from a JSON file, and names the variable when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palaute-alerts-'));
    try {
      const file = join(dir, 'alerts.json');
      writeFileSync(file, JSON.stringify(GOOD));
      assert.deepEqual(resolveConfig(optionsFromEnv({ PALAUTE_ALERTS: file })).alerts, GOOD);

      writeFileSync(file, JSON.stringify([{ ...GOOD[0], below: 'zero' }]));
      assert.match(
        refusal(optionsFromEnv({ PALAUTE_ALERTS: file })),
        /PALAUTE_ALERTS \(alerts\[0\]\.below\)/,
      );

      writeFileSync(file, '[{ "id": ');
      assert.throws(
        () => optionsFromEnv({ PALAUTE_ALERTS: file }),
        /PALAUTE_ALERTS: cannot read the alert rules from .*alerts\.json/,
      );
      assert.throws(
        () => optionsFromEnv({ PALAUTE_ALERTS: join(dir, 'missing.json') }),
        /PALAUTE_ALERTS: cannot read the alert rules from .*missing\.json: ENOENT/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
