import type { OverdueEvent } from './reports/overdue-reports.js';
import type { AnswerWriter } from './answers/answer-writer.js';
import type { TokenRegistry } from './auth.js';
import type { CollectorConfig } from './config.js';
import type { CollectorMetrics } from './metrics/collector-metrics.js';
import type { ReportCases } from './reports/report-cases.js';
import type { ReceiptGuards } from './reports/receipt-limits.js';
import type { ReportKeys } from './reports/report-keys.js';
import type { ReportMessages } from './reports/report-messages.js';
import type { Notes } from './notes/notes.js';
import type { Results } from './results/results.js';
import type { ResultsStreams } from './results/results-streams.js';
import type { PurgeReport } from './retention/purge.js';
import type { Database } from './storage/database.js';

/** What the routes work with; made once by createCollector. */
export interface Services {
  readonly config: CollectorConfig;
  readonly db: Database;
  readonly tokens: TokenRegistry;
  readonly writer: AnswerWriter;
  readonly results: Results;
  readonly streams: ResultsStreams;
  readonly reports: ReportCases;
  readonly reportKeys: ReportKeys;
  readonly metrics: CollectorMetrics;
  readonly messages: ReportMessages;
  /** "You said, we did" notes (issue 22). */
  readonly notes: Notes;
  /** Wrong receipt codes counted per client, per report and in all (issue 20). */
  readonly receiptGuards: ReceiptGuards;
  purge(): Promise<PurgeReport>;
  /** Queues today's report.overdue webhook events (issue 20); a daily job. */
  sendOverdueEvents(): Promise<OverdueEvent[]>;
}
