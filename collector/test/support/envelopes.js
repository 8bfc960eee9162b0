/** Valid envelopes of each kind, built as the widgets build them, with overrides. */
import { randomUUID } from 'node:crypto';

function envelope(
  kind,
  data,
  { unit = 'espoo-leppavaara', service = 'family-work', createdAt, ...rest } = {},
) {
  return {
    id: randomUUID(),
    kind,
    schemaVersion: 1,
    createdAt: createdAt ?? new Date().toISOString(),
    locale: 'fi',
    context: { unit, service, context: 'client-plan-meeting', respondent: 'parent' },
    data,
    ...rest,
  };
}

export const npsEnvelope = ({ score = 9, comment, ...options } = {}) =>
  envelope('nps', comment === undefined ? { score } : { score, comment }, options);

export const emojiEnvelope = ({ surveyId = 'safety-5-8', answers, ...options } = {}) =>
  envelope(
    'emoji-survey',
    {
      surveyId,
      answers: answers ?? [
        { questionId: 'feel-safe', value: 5 },
        { questionId: 'heard', value: null },
      ],
    },
    options,
  );

export const deviationEnvelope = ({
  category = 'safety',
  harm = 'unknown',
  contact,
  description,
  ...options
} = {}) =>
  envelope(
    'deviation-report',
    {
      reporterRole: 'parent-or-relative',
      category,
      description: description ?? 'The child was left alone in the yard for a long time.',
      harm,
      anonymous: !contact,
      ...(contact ? { contact: { consent: true, ...contact } } : {}),
    },
    options,
  );

/**
 * One person's meeting survey answers; `items` as [heard, mattered, together, overall], or with
 * `surveyId` (a site's own survey) as { itemId: score }.
 */
export const meetingEnvelope = ({
  meetingId = randomUUID(),
  role = 'parent',
  items = [8, 8, 8, 8],
  scale = role === 'child' ? 'faces' : 'numbers',
  surveyId,
  ...options
} = {}) => {
  if (surveyId !== undefined)
    return envelope('meeting', { meetingId, role, scale, surveyId, items }, options);
  const [heard, mattered, together, overall] = items;
  return envelope(
    'meeting',
    { meetingId, role, scale, items: { heard, mattered, together, overall } },
    options,
  );
};
