/** Alert tests' helpers: a receiver of alert.* webhook events, the collector options, answers that cross. */
import assert from 'node:assert/strict';
import { npsEnvelope } from './envelopes.js';
import { request, send } from './http.js';
import { bearer } from './tokens.js';
import { startWebhookReceiver } from './webhook-receiver.js';

/** The webhook receiver, for alert.* events: they are told apart by their Palaute-Event header. */
export async function startEventReceiver() {
  const receiver = await startWebhookReceiver('/hooks/alerts');
  return {
    ...receiver,
    /** Events of `name` (alert.fired) whose body satisfies `match`. */
    events: (name, match = () => true) =>
      receiver.received.filter(
        ({ headers, body }) => headers['palaute-event'] === name && match(JSON.parse(body)),
      ),
  };
}

/** Waits until `condition()` holds, up to timeoutMs. */
export async function until(condition, what, timeoutMs = 5000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const SECRET = 'alert-webhook-secret-for-tests';
export const MIN_GROUP = 3;

export function alertOptions(receiver, rules) {
  return {
    minGroup: MIN_GROUP,
    alerts: rules,
    alertsWebhook: receiver.url,
    webhookSecret: SECRET,
    tuning: { webhookPollMs: 50, webhookRetryBaseMs: 100 },
  };
}

/** Sends NPS answers of these scores to `unit`, one after another, then waits for their checks. */
export async function npsAnswers(server, unit, scores, extra = {}) {
  const sent = [];
  for (const score of scores) {
    const envelope = npsEnvelope({ score, unit, ...extra });
    assert.equal((await send(server.url, envelope)).status, 201);
    sent.push(envelope);
  }
  await server.collector.alertsChecked();
  return sent;
}

export async function alertsOf(server, unit, { all = true } = {}) {
  const { status, body } = await request(server.url, `/v1/alerts${all ? '?all=1' : ''}`, {
    headers: bearer('results'),
  });
  assert.equal(status, 200);
  return body.alerts.filter((alert) => alert.unit === unit);
}
