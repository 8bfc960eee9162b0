/**
 * Following a report with its receipt code (issue 20, docs/receipt-codes.md): the code's keys
 * derived here, the report looked up, every message opened with the reply key, an addition
 * sealed. A chunk of its own, imported when the reporter asks to follow a report. The code itself
 * is not kept: only the keys it gives, in memory, until the form is reset.
 */
import { deriveReceiptSecrets, openReplyKey, type ReceiptSecrets } from '../../crypto/receipt.js';
import { normalizeReceiptCode } from '../../crypto/receipt-code.js';
import { openReportMessage, sealReportMessage } from '../../crypto/report-message.js';
import type { FollowUp } from '../../schema/report-follow-up-answer.js';
import type { FetchFollowUp } from './follow-up-client.js';
import type { ReportAdditionData } from '../../schema/report-follow-up.js';

/** A message as the reporter reads it: `text` is undefined for an acknowledgement or one that did not open. */
export interface OpenedMessage {
  id: string;
  type: FollowUp['messages'][number]['type'];
  createdAt: string;
  text?: string;
  /** It did not open with this code's key: shown as such, never guessed at. */
  unreadable?: boolean;
}

export type LookUp =
  | { outcome: 'malformed' }
  | { outcome: 'not-found' }
  | { outcome: 'limited'; retryAfterSeconds: number | undefined }
  | { outcome: 'unreachable' }
  | { outcome: 'found'; session: FollowUpSession };

export class FollowUpSession {
  private constructor(
    private readonly fetchFollowUp: FetchFollowUp,
    private readonly endpoint: string,
    private readonly secrets: ReceiptSecrets,
    readonly followUp: FollowUp,
    readonly messages: OpenedMessage[],
  ) {}

  /** Looks the report up with a typed code. A malformed code makes no request. */
  static async lookUp(fetchFollowUp: FetchFollowUp, endpoint: string, typed: string): Promise<LookUp> {
    let digits: string;
    try {
      digits = normalizeReceiptCode(typed);
    } catch {
      return { outcome: 'malformed' };
    }
    return FollowUpSession.find(fetchFollowUp, endpoint, await deriveReceiptSecrets(digits));
  }

  private static async find(
    fetchFollowUp: FetchFollowUp,
    endpoint: string,
    secrets: ReceiptSecrets,
  ): Promise<LookUp> {
    const fetched = await fetchFollowUp(endpoint, secrets.lookupKey);
    if (fetched.outcome !== 'found') return fetched;
    const { followUp } = fetched;
    let replyKey: CryptoKeyPair;
    try {
      replyKey = await openReplyKey(secrets, followUp.replyKey);
    } catch {
      // The collector matched the lookup key, yet the reply key does not open: the same answer
      // as a wrong code, so nothing is told apart.
      return { outcome: 'not-found' };
    }
    const messages = await Promise.all(
      followUp.messages.map(async ({ id, type, createdAt, forReporter }): Promise<OpenedMessage> => {
        if (!forReporter) return { id, type, createdAt };
        try {
          const { text } = await openReportMessage(replyKey, forReporter, followUp.report.id, id);
          return { id, type, createdAt, text };
        } catch {
          return { id, type, createdAt, unreadable: true };
        }
      }),
    );
    return {
      outcome: 'found',
      session: new FollowUpSession(fetchFollowUp, endpoint, secrets, followUp, messages),
    };
  }

  /** The report as it is now (after an addition, or to see a new reply). */
  refresh(): Promise<LookUp> {
    return FollowUpSession.find(this.fetchFollowUp, this.endpoint, this.secrets);
  }

  /** Whether the organisation can receive an addition now (it has a reports key). */
  get canAdd(): boolean {
    return this.followUp.organisationKey !== null;
  }

  /** An addition's envelope data, its text sealed to the organisation and to the reporter. */
  async sealAddition(messageId: string, text: string): Promise<ReportAdditionData> {
    const organisation = this.followUp.organisationKey;
    if (!organisation) throw new Error('the organisation has no reports key to seal an addition to');
    const reportId = this.followUp.report.id;
    const { sealed, forReporter } = await sealReportMessage(
      organisation.publicKey,
      this.followUp.replyKey.publicKey,
      reportId,
      messageId,
      { text },
    );
    return { reportId, appendKey: this.secrets.appendKey, kid: organisation.kid, sealed, forReporter };
  }
}
