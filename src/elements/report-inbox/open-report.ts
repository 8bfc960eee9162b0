/**
 * A report as the collector sends it, opened in this browser: the sealed text and contact details
 * with the reports key they name, the notes likewise. What does not open shows no text at all.
 */
import { openDeviationReport, openJson, ReportAlteredError, sealJson } from '../../crypto/index.js';
import type { DeviationContact } from '../../schema/deviation-report.js';
import type { SealedDeviationData } from '../../schema/sealed-deviation-report.js';
import type { DeviationCategory, HarmAnswer, ReporterRole } from '../../schema/constants.js';
import { openConversation, type OpenedMessage } from './conversation.js';
import type { ReportDetail, StoredNote } from './inbox-api.js';
import type { UnlockedKeys } from './keyring.js';

export interface ReportText {
  description: string;
  occurredAt?: string;
  location?: string;
  hopedOutcome?: string;
}

export type OpenedNote = { id: string; createdAt: string } & ({ text: string } | { altered: true });

export interface OpenedReport {
  detail: ReportDetail;
  reporterRole: ReporterRole;
  category: DeviationCategory;
  harm: HarmAnswer;
  anonymous: boolean;
  /** sealed: opened here; legacy: stored before encryption, shown as it is; altered: nothing shown. */
  state: 'sealed' | 'legacy' | 'altered';
  text?: ReportText;
  contact?: DeviationContact;
  notes: OpenedNote[];
  /** The conversation with the reporter, oldest first; empty without a receipt. */
  messages: OpenedMessage[];
}

const noteBinding = (reportId: string, noteId: string) => ({
  envelopeId: reportId,
  kind: 'report-note',
  part: noteId,
});

const keyFor = (unlocked: UnlockedKeys) => (kid: string) => unlocked.keys.get(kid);

async function openNote(unlocked: UnlockedKeys, reportId: string, note: StoredNote): Promise<OpenedNote> {
  const keyPair = keyFor(unlocked)(note.kid);
  try {
    if (!keyPair) throw new ReportAlteredError();
    const opened = await openJson(keyPair, note.sealed, noteBinding(reportId, note.id));
    const text = (opened as { text?: unknown } | null)?.text;
    if (typeof text !== 'string') throw new ReportAlteredError();
    return { id: note.id, createdAt: note.createdAt, text };
  } catch (error) {
    if (error instanceof ReportAlteredError) return { id: note.id, createdAt: note.createdAt, altered: true };
    throw error;
  }
}

export async function openReport(unlocked: UnlockedKeys, detail: ReportDetail): Promise<OpenedReport> {
  const data = detail.envelope.data;
  const [notes, messages] = await Promise.all([
    Promise.all((detail.notes ?? []).map((note) => openNote(unlocked, detail.id, note))),
    openConversation(unlocked, detail),
  ]);
  const clear = {
    detail,
    reporterRole: data.reporterRole as ReporterRole,
    category: data.category as DeviationCategory,
    harm: data.harm as HarmAnswer,
    anonymous: data.anonymous === true,
    notes,
    messages,
  };
  if (!('sealed' in data)) {
    const { description, occurredAt, location, hopedOutcome, contact } = data as Partial<ReportText> & {
      contact?: DeviationContact;
    };
    return {
      ...clear,
      state: 'legacy',
      text: { description: String(description ?? ''), occurredAt, location, hopedOutcome } as ReportText,
      ...(contact ? { contact } : {}),
    };
  }
  try {
    const { description, occurredAt, location, hopedOutcome, contact } = await openDeviationReport(
      keyFor(unlocked),
      detail.id,
      data as SealedDeviationData,
    );
    return {
      ...clear,
      state: 'sealed',
      text: { description, occurredAt, location, hopedOutcome } as ReportText,
      ...(contact ? { contact } : {}),
    };
  } catch (error) {
    if (error instanceof ReportAlteredError) return { ...clear, state: 'altered' };
    throw error;
  }
}

/** A handler's note, sealed here to the current reports key: the collector never holds its text. */
export async function sealNote(unlocked: UnlockedKeys, reportId: string, text: string) {
  const current = unlocked.current;
  if (!current) throw new Error('no current reports key to seal the note to');
  const id = crypto.randomUUID();
  return {
    id,
    kid: current.kid,
    sealed: await sealJson(current.publicKey, { text }, noteBinding(reportId, id)),
  };
}
