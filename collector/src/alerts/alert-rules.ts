/**
 * The alert rules of PALAUTE_ALERTS (a JSON file holding an array of rules), checked at start-up
 * with the rest of the configuration: a bad rule stops the collector with a line naming its
 * field, `PALAUTE_ALERTS (alerts[2].below): …`.
 */
import { IDENTIFIER_MAX_LENGTH, isStorableText, UNSTORABLE_TEXT_MESSAGE } from 'palaute/schema';
import { z } from 'zod';

const identifier = z
  .string()
  .min(1)
  .max(IDENTIFIER_MAX_LENGTH)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

const nps = z.number().min(-100, 'should be an NPS, −100 to 100').max(100, 'should be an NPS, −100 to 100');

/** What every rule has: its id, and which answers it measures. */
const common = {
  /** Names the rule in events and on the dashboard; also the key of its state, so keep it when editing. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'should be 1–64 lowercase letters, digits and hyphens'),
  /** Only this unit; without it, every unit on its own. */
  unit: z.optional(identifier),
  /** Only this service (measured apart from the unit's other services). */
  service: z.optional(identifier),
  /** Each service of a unit on its own, rather than the unit's answers together. */
  byService: z.optional(z.boolean()),
};

export const npsBelowRule = z.strictObject({
  ...common,
  kind: z.literal('nps-below'),
  /** The NPS over the unit's last this many (published) answers… */
  lastAnswers: z.number().int('should be a whole number').max(10_000),
  /** …is below this. */
  below: nps,
});

export const npsDropRule = z.strictObject({
  ...common,
  kind: z.literal('nps-drop'),
  /** This week (month) so far against the whole previous one, by when the answers were received. */
  period: z.enum(['week', 'month']),
  /** The NPS fell by at least this many points. */
  drop: z.number().gt(0, 'should be more than 0 points').max(200, 'should be at most 200 points'),
});

export const negativeFaceRule = z.strictObject({
  ...common,
  kind: z.literal('negative-face-share'),
  surveyId: identifier,
  questionId: identifier,
  /** The share (%) of the most negative face (1) among this week's faces on the question is above this. */
  above: z.number().min(0, 'should be a percentage, 0 to 100').max(100, 'should be a percentage, 0 to 100'),
});

export const alertRuleSchema = z.discriminatedUnion('kind', [npsBelowRule, npsDropRule, negativeFaceRule], {
  error: 'kind should be one of nps-below, nps-drop, negative-face-share',
});

export type AlertRule = z.infer<typeof alertRuleSchema>;
export type AlertRuleKind = AlertRule['kind'];

export const alertRulesSchema = z.array(alertRuleSchema);

/** Problems only the whole list shows, or that need the minimum group; paths within the list. */
export function alertRuleProblems(
  rules: readonly AlertRule[],
  minGroup: number,
): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.id))
      problems.push({ path: [index, 'id'], message: `"${rule.id}" is used by an earlier rule` });
    seen.add(rule.id);
    if (rule.kind === 'nps-below' && rule.lastAnswers < minGroup) {
      problems.push({
        path: [index, 'lastAnswers'],
        message: `should be at least the minimum group (PALAUTE_MIN_GROUP, ${minGroup}): never alert on a small group`,
      });
    }
    if (rule.service !== undefined && rule.byService === false) {
      problems.push({
        path: [index, 'byService'],
        message: 'cannot be false with a service: a rule for one service measures it apart',
      });
    }
  });
  return problems;
}

/** Whether the rule measures each service apart (byService, or one service named). */
export const measuresByService = (rule: AlertRule) => rule.byService === true || rule.service !== undefined;
