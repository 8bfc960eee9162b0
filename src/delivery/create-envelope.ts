import type { AnswerContext } from '../schema/common.js';
import { SCHEMA_VERSION, type Locale } from '../schema/constants.js';
import { newId } from './ids.js';
import type { Envelope, EnvelopeData, EnvelopeKind } from '../schema/envelope.js';

/**
 * Wraps a widget's answer in the envelope of DESIGN.md. The type comes from the zod schema; the
 * widgets' own input checks keep the values inside it (tests validate what reaches the endpoint).
 */
export function createEnvelope<K extends EnvelopeKind>(
  kind: K,
  data: EnvelopeData<K>,
  locale: Locale,
  context: AnswerContext,
): Envelope {
  return {
    id: newId(),
    kind,
    schemaVersion: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    locale,
    context,
    data,
  } as Envelope;
}
