import type { EnvelopeKind } from 'palaute/schema';

/** Every kind of answer as a value. */
export const KINDS = ['nps', 'emoji-survey', 'deviation-report'] as const satisfies readonly EnvelopeKind[];

// A kind added to the schema fails to compile here until the collector knows about it.
type Unlisted = Exclude<EnvelopeKind, (typeof KINDS)[number]>;
const everyKindListed: [Unlisted] extends [never] ? true : never = true;
void everyKindListed;

/** `deviation-report` → `DEVIATION_REPORT`, as in `PALAUTE_WEBHOOK_DEVIATION_REPORT`. */
export function kindEnvName(kind: EnvelopeKind): string {
  return kind.toUpperCase().replaceAll('-', '_');
}
