import type { DeviationContact, DeviationReportData } from '../schema/deviation-report.js';
import type { SealedDeviationData } from '../schema/sealed-deviation-report.js';
import { ReportAlteredError } from './errors.js';
import { reportKeyId } from './key-id.js';
import { openJson, sealJson, type ReportBinding } from './seal-report.js';

const KIND = 'deviation-report';
const reportPart = (envelopeId: string): ReportBinding => ({ envelopeId, kind: KIND, part: 'report' });
const contactPart = (envelopeId: string): ReportBinding => ({ envelopeId, kind: KIND, part: 'contact' });

/** What a handler reads: the report as the person wrote it, less contact details erased on closing. */
export type OpenedDeviationReport = Omit<DeviationReportData, 'contact'> & { contact?: DeviationContact };

/**
 * Seals what a person wrote (the text, the date and place they gave, what they hope for) and,
 * apart, their contact details, to the organisation's key. What stays in the clear is what
 * statistics, routing and deadlines need: role, category, harm, whether contact was given, and
 * the receipt (issue 20) the collector answers the reporter's code with.
 */
export async function sealDeviationReport(
  publicKeyJwk: JsonWebKey,
  envelopeId: string,
  { reporterRole, category, harm, anonymous, contact, receipt, ...written }: DeviationReportData,
): Promise<SealedDeviationData> {
  const [kid, sealed, sealedContact] = await Promise.all([
    reportKeyId(publicKeyJwk),
    sealJson(publicKeyJwk, written, reportPart(envelopeId)),
    contact ? sealJson(publicKeyJwk, contact, contactPart(envelopeId)) : undefined,
  ]);
  return {
    reporterRole,
    category,
    harm,
    anonymous,
    kid,
    sealed,
    ...(sealedContact ? { sealedContact } : {}),
    // Issue 20: the receipt is for the collector (verifiers, a wrapped key), so it stays in the clear.
    ...(receipt ? { receipt } : {}),
  };
}

/**
 * Opens a sealed report with the key pair `keyPairFor` gives for its key id. ReportAlteredError
 * when it does not open (changed, moved to another envelope, or no key with that id).
 */
export async function openDeviationReport(
  keyPairFor: (kid: string) => CryptoKeyPair | undefined,
  envelopeId: string,
  { kid, sealed, sealedContact, ...clear }: SealedDeviationData,
): Promise<OpenedDeviationReport> {
  const keyPair = keyPairFor(kid);
  if (!keyPair) throw new ReportAlteredError();
  const [written, contact] = await Promise.all([
    openJson(keyPair, sealed, reportPart(envelopeId)),
    sealedContact ? openJson(keyPair, sealedContact, contactPart(envelopeId)) : undefined,
  ]);
  if (!isRecord(written) || typeof written.description !== 'string') throw new ReportAlteredError();
  if (contact !== undefined && !isRecord(contact)) throw new ReportAlteredError();
  return { ...written, ...clear, ...(contact ? { contact } : {}) } as OpenedDeviationReport;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
