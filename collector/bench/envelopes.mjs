/** A realistic mix: 80 % NPS (a third with a comment), 15 % emoji surveys, 5 % deviation reports. */
import { randomUUID } from 'node:crypto';

const UNITS = Array.from({ length: 20 }, (_, i) => `unit-${i + 1}`);
const SERVICES = ['family-work', 'after-care', 'foster-care', 'child-guidance'];

function data(index) {
  const slot = index % 20;
  if (slot < 16) {
    const score = (index * 7) % 11;
    return [
      'nps',
      slot % 3 === 0 ? { score, comment: 'Tapaaminen oli hyödyllinen ja meitä kuunneltiin.' } : { score },
    ];
  }
  if (slot < 19) {
    const answers = ['safe', 'heard', 'liked', 'again'].map((questionId, q) => ({
      questionId,
      value: (index + q) % 6 === 0 ? null : ((index + q) % 5) + 1,
    }));
    return ['emoji-survey', { surveyId: 'feelings-5-8', answers }];
  }
  return [
    'deviation-report',
    {
      reporterRole: 'staff',
      category: 'safety',
      description: 'Lapsi jäi pihalle yksin pitkäksi aikaa, eikä kukaan aikuisista huomannut sitä. '.repeat(
        3,
      ),
      harm: 'unknown',
      anonymous: true,
    },
  ];
}

export function makeEnvelope(index) {
  const [kind, payload] = data(index);
  return {
    id: randomUUID(),
    kind,
    schemaVersion: 1,
    createdAt: new Date().toISOString(),
    locale: 'fi',
    context: {
      unit: UNITS[index % UNITS.length],
      service: SERVICES[index % SERVICES.length],
      context: 'client-plan-meeting',
      respondent: 'parent',
    },
    data: payload,
  };
}
