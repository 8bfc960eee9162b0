/**
 * The conversation with a reporter who took a receipt code (issue 20): the messages opened with
 * the reports keys, and a handler's reply sealed here to the organisation and to the reporter, so
 * the collector stores ciphertext only (docs/receipt-codes.md).
 */
import { openReportMessage, ReportAlteredError, sealReportMessage } from '../../crypto/index.js';
import type { ReportDetail, StoredMessage } from './inbox-api.js';
import type { UnlockedKeys } from './keyring.js';

/** An acknowledgement has no text; a message that does not open shows none. */
export type OpenedMessage = Pick<StoredMessage, 'id' | 'type' | 'createdAt'> & {
  text?: string;
  altered?: true;
};

async function openMessage(unlocked: UnlockedKeys, reportId: string, message: StoredMessage) {
  const { id, type, createdAt } = message;
  if (type === 'acknowledgement') return { id, type, createdAt };
  const keyPair = message.kid ? unlocked.keys.get(message.kid) : undefined;
  try {
    if (!keyPair || !message.sealed) throw new ReportAlteredError();
    const { text } = await openReportMessage(keyPair, message.sealed, reportId, id);
    return { id, type, createdAt, text };
  } catch (error) {
    if (error instanceof ReportAlteredError) return { id, type, createdAt, altered: true as const };
    throw error;
  }
}

/** Oldest first, whatever order they came in. */
export async function openConversation(
  unlocked: UnlockedKeys,
  detail: ReportDetail,
): Promise<OpenedMessage[]> {
  const opened = await Promise.all(
    (detail.messages ?? []).map((message) => openMessage(unlocked, detail.id, message)),
  );
  return opened.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** A reply sealed to the current reports key and to the reporter's reply key, in this browser. */
export async function sealReply(unlocked: UnlockedKeys, detail: ReportDetail, text: string) {
  const current = unlocked.current;
  const reporterKey = detail.receipt?.replyPublicKey;
  if (!current) throw new Error('no current reports key to seal the reply to');
  if (!reporterKey) throw new Error('the report has no receipt: its reporter cannot be answered');
  const id = crypto.randomUUID();
  const sealed = await sealReportMessage(current.publicKey, reporterKey, detail.id, id, { text });
  return { id, kid: current.kid, ...sealed };
}
