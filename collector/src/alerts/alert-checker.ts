/**
 * Checks the alert rules when answers arrive: after each answer's commit, the rules that measure
 * it are checked for that answer's unit (and service) only, one check at a time, each in a
 * transaction holding an advisory lock on its rule, unit and service. The lock makes the
 * measurement and the change of state one step, across collectors too: a check cannot fire on
 * numbers another has already seen recover. Answers stored by other collectors are their
 * checkers' to check. Checks waiting for the same rule and scope are done once.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { AnswerEnvelope } from 'palaute/schema';
import { lockKeyOf } from '../jobs/daily-once.js';
import type { Database } from '../storage/database.js';
import { measure, type Scope } from './alert-measures.js';
import { measuresByService, type AlertRule } from './alert-rules.js';
import { clear, fire, type AlertEvent } from './alert-store.js';

/** The advisory lock keys' first half for alert checks ("Alrt"), apart from the daily jobs'. */
const LOCK_SPACE = 0x416c7274;

const MEASURED_KIND: { readonly [K in AlertRule['kind']]: AnswerEnvelope['kind'] } = {
  'nps-below': 'nps',
  'nps-drop': 'nps',
  'negative-face-share': 'emoji-survey',
};

/** The scope of `rule` that `envelope` falls in, or undefined when the rule does not measure it. */
export function scopeOf(rule: AlertRule, envelope: AnswerEnvelope): Scope | undefined {
  const { unit, service } = envelope.context;
  if (envelope.kind !== MEASURED_KIND[rule.kind] || !unit) return undefined;
  if (rule.unit !== undefined && rule.unit !== unit) return undefined;
  if (rule.service !== undefined && rule.service !== service) return undefined;
  if (
    rule.kind === 'negative-face-share' &&
    !(envelope.kind === 'emoji-survey' && envelope.data.surveyId === rule.surveyId)
  ) {
    return undefined;
  }
  if (!measuresByService(rule)) return { unit, service: null };
  return service ? { unit, service } : undefined;
}

export interface AlertCheckerOptions {
  readonly rules: readonly AlertRule[];
  readonly timeZone: string;
  readonly minGroup: number;
  readonly webhookUrl: string | null;
  /** Hears of each alert fired or cleared, after its commit (to kick the webhook outbox). */
  readonly onChange: (event: AlertEvent) => void;
  readonly log: FastifyBaseLogger;
}

interface Check {
  readonly rule: AlertRule;
  readonly scope: Scope;
}

export class AlertChecker {
  readonly #waiting = new Map<string, Check>();
  #checking: Promise<void> = Promise.resolve();
  #running = false;

  constructor(
    private readonly db: Database,
    private readonly options: AlertCheckerOptions,
  ) {}

  /** An answer was committed: check the rules that measure it, soon. */
  answerStored(envelope: AnswerEnvelope): void {
    for (const rule of this.options.rules) {
      const scope = scopeOf(rule, envelope);
      if (scope) this.#waiting.set(JSON.stringify([rule.id, scope.unit, scope.service]), { rule, scope });
    }
    if (this.#waiting.size && !this.#running) {
      this.#running = true;
      this.#checking = this.#checkAll();
    }
  }

  /** Resolves once every check asked for so far is done (for close() and tests). */
  async settled(): Promise<void> {
    while (this.#running) await this.#checking;
  }

  async #checkAll(): Promise<void> {
    // One check at a time: a burst of answers waits here instead of taking every connection.
    await new Promise((resolve) => setImmediate(resolve));
    for (const [key, check] of this.#waiting) {
      this.#waiting.delete(key);
      try {
        await this.#check(key, check);
      } catch (error) {
        this.options.log.error(
          { err: error, rule: check.rule.id, unit: check.scope.unit },
          'alert check failed',
        );
      }
    }
    this.#running = false;
  }

  async #check(key: string, { rule, scope }: Check): Promise<void> {
    const { timeZone, minGroup, webhookUrl } = this.options;
    const event = await this.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE, lockKeyOf(key)]);
      const measured = await measure(tx, rule, scope, { timeZone, minGroup });
      // Too few answers say nothing either way: the state stays as it is.
      if (!measured) return null;
      const change = { rule, ...scope, webhookUrl };
      return measured.crossed ? fire(tx, change, measured.numbers) : clear(tx, change, measured.numbers);
    });
    if (event) {
      this.options.log.info(
        { event: event.event, rule: rule.id, unit: scope.unit, service: scope.service },
        'alert',
      );
      this.options.onChange(event);
    }
  }
}
