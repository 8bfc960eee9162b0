/**
 * Eight past weeks of answers for the dashboard's tests, posted one by one through the collector's
 * public ingest as the widgets post them. The collector is one started with
 * `?received-as-written` (test-collector.mjs), so each answer counts in the week its `createdAt` names.
 */
const DAY_MS = 86_400_000;

type Kind = 'nps' | 'emoji-survey' | 'deviation-report' | 'meeting';

interface Answer {
  kind: Kind;
  unit: string;
  service: string;
  weeksAgo: number;
  data: Record<string, unknown>;
}

/** Noon UTC on the Wednesday `weeksAgo` weeks back: the middle of a week in Helsinki too. */
export function dayInWeek(weeksAgo: number, now = new Date()): string {
  const date = new Date(now.getTime() - weeksAgo * 7 * DAY_MS);
  const monday = (date.getUTCDay() + 6) % 7;
  date.setTime(date.getTime() + (2 - monday) * DAY_MS);
  return `${date.toISOString().slice(0, 10)}T12:00:00.000Z`;
}

export async function post(collectorUrl: string, answer: Answer, createdAt = dayInWeek(answer.weeksAgo)) {
  const id = crypto.randomUUID();
  const envelope = {
    id,
    kind: answer.kind,
    schemaVersion: 1,
    createdAt,
    locale: 'fi',
    context: { unit: answer.unit, service: answer.service, context: null, respondent: null },
    data: answer.data,
  };
  const response = await fetch(`${collectorUrl}/v1/answers`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
    body: JSON.stringify(envelope),
  });
  if (response.status !== 201) throw new Error(`seeding: HTTP ${response.status} ${await response.text()}`);
}

const nps = (unit: string, service: string, weeksAgo: number, score: number): Answer => ({
  kind: 'nps',
  unit,
  service,
  weeksAgo,
  data: { score },
});

/**
 * - north / family-work: 10 answers a week, weeks 1–8, scores that move from week to week;
 * - south / family-work: 6 a week (one batch of 5 shown, 1 held back);
 * - tiny / family-work: 3 a week, always too few, so every week is suppressed;
 * - north / aftercare: 5 a week in weeks 1–4 only;
 * - the emoji survey, deviation reports and meeting survey: 5 each from north / family-work.
 */
export function dashboardSeed(): Answer[] {
  const answers: Answer[] = [];
  for (let week = 1; week <= 8; week++) {
    const north = [10, 10, 9, 9 - (week % 3), 8, 7, 7, 6, week % 2 ? 3 : 8, 2];
    answers.push(...north.map((score) => nps('north', 'family-work', week, score)));
    answers.push(...[10, 9, 6, 8, 4, 10].map((score) => nps('south', 'family-work', week, score)));
    answers.push(...[1, 10, 10].map((score) => nps('tiny', 'family-work', week, score)));
    if (week <= 4) answers.push(...[9, 9, 10, 5, 7].map((score) => nps('north', 'aftercare', week, score)));
  }
  for (const [week, faces] of [
    [1, [5, 4, 4, 2, 1]],
    [2, [5, 5, 3, 3, 1]],
  ] as const) {
    for (const [index, face] of faces.entries()) {
      answers.push({
        kind: 'emoji-survey',
        unit: 'north',
        service: 'family-work',
        weeksAgo: week,
        data: {
          surveyId: 'safety-5-8',
          answers: [
            { questionId: 'feel-safe', value: face },
            { questionId: 'heard', value: index === 0 ? null : Math.min(5, face + 1) },
          ],
        },
      });
    }
  }
  for (const [index, category] of ['safety', 'safety', 'rights', 'other', 'service-quality'].entries()) {
    answers.push({
      kind: 'deviation-report',
      unit: 'north',
      service: 'family-work',
      weeksAgo: 2,
      data: {
        reporterRole: 'parent-or-relative',
        category,
        description: 'The child was left alone in the yard for a long time.',
        harm: index === 0 ? 'yes' : 'no',
        anonymous: true,
      },
    });
  }
  for (const heard of [8, 9, 7, 10, 6]) {
    answers.push({
      kind: 'meeting',
      unit: 'north',
      service: 'family-work',
      weeksAgo: 1,
      data: {
        meetingId: crypto.randomUUID(),
        role: 'parent',
        scale: 'numbers',
        items: { heard, mattered: 8, together: 8, overall: 8 },
      },
    });
  }
  return answers;
}

/** Posts `answers` a few at a time, in order within each group of ten. */
export async function seed(collectorUrl: string, answers: readonly Answer[]): Promise<void> {
  for (let start = 0; start < answers.length; start += 10) {
    await Promise.all(answers.slice(start, start + 10).map((answer) => post(collectorUrl, answer)));
  }
}
