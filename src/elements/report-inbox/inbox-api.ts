/**
 * The collector's reports API (docs/sealed-reports.md), as the inbox calls it: the bearer token in
 * a header, never in a URL, and every refusal as an InboxProblem whose kind picks the message.
 */
import type { SealedReport, WrappedReportKey } from '../../crypto/index.js';
import type { ReportPublicKeyJwk } from '../../crypto/index.js';
import type { DeviationCategory, HarmAnswer } from '../../schema/constants.js';

export const REPORT_STATUSES = ['new', 'in-progress', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export class InboxProblem extends Error {
  constructor(
    /** unauthorized: 401/403; not-found: 404; conflict: 409; refused: another 4xx; unavailable: the rest. */
    readonly kind: 'unauthorized' | 'not-found' | 'conflict' | 'refused' | 'unavailable',
    message: string,
  ) {
    super(message);
  }
}

export interface Keyring {
  handler: { name: string; publicKey: ReportPublicKeyJwk; wrappedKey: WrappedReportKey };
  keys: Array<{ kid: string; publicKey: ReportPublicKeyJwk; current: boolean; grant: SealedReport }>;
}

export interface ReportSummary {
  id: string;
  createdAt: string;
  receivedAt: string;
  unit: string | null;
  service: string | null;
  category: DeviationCategory;
  harm: HarmAnswer;
  anonymous: boolean;
  status: ReportStatus;
  /** Issue 20's clock, from the collector's own (docs/receipt-codes.md). */
  acknowledgementDue?: string;
  feedbackDue?: string;
  overdue?: Overdue;
}

/** Which deadline a report has missed. */
export type Overdue = 'acknowledgement' | 'feedback' | null;

/** A message between handlers and the reporter; an acknowledgement has no text, so nothing sealed. */
export interface StoredMessage {
  id: string;
  type: 'acknowledgement' | 'reply' | 'addition';
  createdAt: string;
  kid?: string | null;
  sealed?: SealedReport | null;
}

export interface AuditRow {
  action: string;
  /** The fingerprint of the token that acted. */
  actor: string;
  at: string;
}

export interface StoredNote {
  id: string;
  kid: string;
  sealed: SealedReport;
  createdAt: string;
}

export interface ReportDetail {
  id: string;
  status: ReportStatus;
  /** A note written before notes were sealed. */
  note?: string | null;
  notes?: StoredNote[];
  receivedAt: string;
  contactErasedAt: string | null;
  /** The reporter's reply key when they took a receipt code; null: they cannot be answered here. */
  receipt?: { replyPublicKey: ReportPublicKeyJwk } | null;
  acknowledgedAt?: string | null;
  acknowledgementDue?: string;
  feedbackDue?: string;
  overdue?: Overdue;
  messages?: StoredMessage[];
  envelope: {
    id: string;
    createdAt: string;
    context?: { unit?: string | null; service?: string | null };
    data: Record<string, unknown>;
  };
}

export interface HandlerSummary {
  name: string;
  publicKey: ReportPublicKeyJwk;
  createdAt: string;
}

/** One signed-in handler's way to the collector. */
export class InboxApi {
  constructor(
    /** The collector's `/v1`, absolute. */
    private readonly base: string,
    private readonly token: string,
  ) {}

  keyring(handler: string, signal?: AbortSignal): Promise<Keyring> {
    return this.call('GET', `reports/keyring/${encodeURIComponent(handler)}`, undefined, signal);
  }

  reports(
    query: { status?: ReportStatus | undefined; before?: string | undefined },
    signal?: AbortSignal,
  ): Promise<{ reports: ReportSummary[]; next: string | null }> {
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (query.status) params.set('status', query.status);
    if (query.before) params.set('before', query.before);
    return this.call('GET', `reports?${params.toString()}`, undefined, signal);
  }

  report(id: string, signal?: AbortSignal): Promise<ReportDetail> {
    return this.call('GET', `reports/${encodeURIComponent(id)}`, undefined, signal);
  }

  changeStatus(id: string, status: ReportStatus, note?: { id: string; kid: string; sealed: SealedReport }) {
    return this.call('PATCH', `reports/${encodeURIComponent(id)}`, { status, ...(note ? { note } : {}) });
  }

  audit(id: string, signal?: AbortSignal): Promise<{ audit: AuditRow[] }> {
    return this.call('GET', `reports/${encodeURIComponent(id)}/audit`, undefined, signal);
  }

  /** No text: the reporter's page shows the standard acknowledgement in their own language. */
  acknowledge(id: string): Promise<{ acknowledgedAt: string; feedbackDue: string }> {
    return this.call('POST', `reports/${encodeURIComponent(id)}/acknowledge`);
  }

  reply(id: string, message: { id: string; kid: string; sealed: SealedReport; forReporter: SealedReport }) {
    return this.call('POST', `reports/${encodeURIComponent(id)}/messages`, message);
  }

  handlers(signal?: AbortSignal): Promise<{ handlers: HandlerSummary[] }> {
    return this.call('GET', 'reports/handlers', undefined, signal);
  }

  addHandler(body: {
    name: string;
    publicKey: ReportPublicKeyJwk;
    wrappedKey: WrappedReportKey;
    grants: Array<{ kid: string; grant: SealedReport }>;
  }): Promise<unknown> {
    return this.call('POST', 'reports/handlers', body);
  }

  removeHandler(name: string): Promise<unknown> {
    return this.call('DELETE', `reports/handlers/${encodeURIComponent(name)}`);
  }

  addKey(body: {
    publicKey: ReportPublicKeyJwk;
    grants: Array<{ handler: string; grant: SealedReport }>;
  }): Promise<{ kid: string }> {
    return this.call('POST', 'reports/keys', body);
  }

  private async call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const href = new URL(path, this.base).href;
    let response: Response;
    try {
      response = await fetch(href, {
        method,
        headers: {
          Authorization: `Bearer ${this.token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? null : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
        signal: signal ?? null,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new InboxProblem('unavailable', `${method} ${href}: the collector could not be reached`);
    }
    const refused = `${method} ${href}: HTTP ${response.status}`;
    // A refusal's body is not read: cancelled, so the connection is free again.
    if (!response.ok) void response.body?.cancel().catch(() => {});
    if (response.status === 401 || response.status === 403) throw new InboxProblem('unauthorized', refused);
    if (response.status === 404) throw new InboxProblem('not-found', refused);
    if (response.status === 409) throw new InboxProblem('conflict', refused);
    if (response.status >= 400 && response.status < 500) throw new InboxProblem('refused', refused);
    if (!response.ok) throw new InboxProblem('unavailable', refused);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
}

/** Reports per page of the list. */
export const PAGE_SIZE = 25;

/** `api` as the base URL to resolve paths against: always ending in a slash. */
export function apiBase(api: string): string {
  const url = new URL(api, document.baseURI);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
