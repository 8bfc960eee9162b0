import { createEnvelope } from '../../src/delivery/create-envelope.js';
import type { Envelope } from '../../src/schema/index.js';

const CONTEXT = { unit: 'espoo-leppavaara', service: null, context: null, respondent: null };

/** An NPS answer of one unit, as a widget would make it: what the outbox tests put in the outbox. */
export function npsEnvelope(score = 7): Envelope {
  return createEnvelope('nps', { score }, 'fi', { ...CONTEXT });
}
