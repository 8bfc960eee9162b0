/**
 * createCollector: the database opened and migrated, the HTTP app built, the webhook outbox and
 * the daily purge running. listen() serves it; close() lets requests under way finish, stops
 * the background work and closes the database.
 */
import type { FastifyBaseLogger as Logger, FastifyInstance } from 'fastify';
import type { AnswerEnvelope } from 'palaute/schema';
import { AnswerEvents } from './answers/answer-events.js';
import { AnswerWriter } from './answers/answer-writer.js';
import { buildApp } from './app.js';
import { createLogger } from './http/logging.js';
import { TokenRegistry } from './auth.js';
import { resolveConfig, type CollectorConfig, type CollectorOptions } from './config.js';
import { cannotListen, listenOptions } from './listening.js';
import { WebhookForwarder } from './forwarding/webhook-forwarder.js';
import { inboxScriptExists, inboxScriptFile } from './http/inbox-page.js';
import { ReportCases } from './reports/report-cases.js';
import { ReceiptGuards } from './reports/receipt-limits.js';
import { ReportKeys } from './reports/report-keys.js';
import { ReportMessages } from './reports/report-messages.js';
import { sendOverdueEvents, type OverdueEvent } from './reports/overdue-reports.js';
import { sealStoredReports } from './reports/seal-stored.js';
import { Results } from './results/results.js';
import { ResultsStreams, streamLimits } from './results/results-streams.js';
import { purgeExpired, type PurgeReport } from './retention/purge.js';
import type { Services } from './services.js';
import type { Database } from './storage/database.js';
import { openDatabase } from './storage/open-database.js';

export interface Collector {
  /** The Fastify instance, e.g. for `app.inject()` or to add routes before listen(). */
  readonly app: FastifyInstance;
  readonly config: CollectorConfig;
  /** `pglite` or `postgresql`. */
  readonly storage: Database['engine'];
  /** Where answers are kept, without secrets: `PGlite in /…` or `PostgreSQL at host:port/db`. */
  readonly location: string;
  /** The base URL once listening, such as `http://127.0.0.1:8787`. */
  readonly url: string | undefined;
  /** Starts serving; resolves with the base URL. */
  listen(): Promise<string>;
  /** Deletes what is past its retention now (also done daily). */
  purge(): Promise<PurgeReport>;
  /** Queues today's report.overdue events now (also done daily); the events queued. */
  sendOverdueEvents(): Promise<OverdueEvent[]>;
  /** Stops taking requests, lets those under way finish, stops background work, closes the database. */
  close(): Promise<void>;
}

export async function createCollector(options: CollectorOptions = {}): Promise<Collector> {
  const config = resolveConfig(options);
  const log = createLogger(config);
  const db = await openDatabase(config, (error) => log.error({ err: error }, 'database connection lost'));

  const reportKeys = new ReportKeys(db);
  await keepReportsSealed(db, reportKeys, log).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const events = new AnswerEvents();
  const results = new Results(db, config.timeZone, config.minGroup);
  const purge = async () => {
    const report = await purgeExpired(db, config.retentionDays);
    log.info({ purged: report }, 'retention purge');
    return report;
  };
  const services: Services = {
    config,
    db,
    tokens: new TokenRegistry(config.tokens),
    writer: new AnswerWriter(db, (envelope: AnswerEnvelope) => events.emit('stored', envelope)),
    results,
    streams: new ResultsStreams(results, events, streamLimits(config), log),
    reports: new ReportCases(db, config, config.clock),
    reportKeys,
    messages: new ReportMessages(db, config, config.clock),
    receiptGuards: new ReceiptGuards(config.tuning, config.clock),
    purge,
  };
  const app = await buildApp(services, log).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  if (!config.allowedOrigins.length) {
    log.warn('PALAUTE_ALLOWED_ORIGINS is empty: pages on other sites cannot send answers here');
  }
  if (!config.tokens.length) log.warn('PALAUTE_TOKENS is empty: nobody can read results or reports');
  const inboxScript = config.inboxScript ?? inboxScriptFile();
  if (!inboxScriptExists(inboxScript)) {
    log.warn(`the reports inbox is not built (${inboxScript} is missing): /inbox cannot load`);
  }

  const forwarder = config.webhookSecret
    ? new WebhookForwarder(db, {
        secret: config.webhookSecret,
        retryBaseMs: config.tuning.webhookRetryBaseMs,
        pollMs: config.tuning.webhookPollMs,
        log,
      })
    : undefined;
  if (forwarder) {
    events.on('stored', (envelope) => {
      if (config.webhooks[envelope.kind]) forwarder.kick();
    });
    forwarder.start();
  }

  // Issue 20: the daily overdue check. The lead moves it into the once-across-instances runner
  // (issue 23); report_overdue_events already keeps it to one event per report and day.
  const checkOverdue = async () => {
    const overdue = await sendOverdueEvents(db, config.clock(), {
      ...config,
      webhookUrl: config.webhooks['deviation-report'] ?? null,
    });
    if (overdue.length) {
      log.info({ overdue: overdue.map(({ id, deadline }) => ({ id, deadline })) }, 'reports overdue');
      forwarder?.kick();
    }
    return overdue;
  };
  const logPurgeFailure = (error: unknown) => log.error({ err: error }, 'retention purge failed');
  const logOverdueFailure = (error: unknown) => log.error({ err: error }, 'overdue check failed');
  const daily = () => {
    purge().catch(logPurgeFailure);
    checkOverdue().catch(logOverdueFailure);
  };
  const purgeTimer = setInterval(daily, config.tuning.purgeIntervalMs);
  purgeTimer.unref();
  daily();

  let url: string | undefined;
  let closing: Promise<void> | undefined;
  return {
    app,
    config,
    storage: db.engine,
    location: db.location,
    get url() {
      return url;
    },
    async listen() {
      url = await app.listen(listenOptions(config)).catch((error: unknown) => {
        throw cannotListen(config, error);
      });
      return url;
    },
    purge,
    sendOverdueEvents: checkOverdue,
    close() {
      closing ??= (async () => {
        clearInterval(purgeTimer);
        await app.close();
        await forwarder?.stop();
        await db.close();
      })();
      return closing;
    },
  };
}

/**
 * With a reports key, seals any report that reached the database in the clear (one that arrived
 * while `reports init` ran against a live PostgreSQL); without one, says that reports are in the clear.
 */
async function keepReportsSealed(db: Database, keys: ReportKeys, log: Logger): Promise<void> {
  const key = await keys.current();
  if (!key) {
    log.warn(
      'no reports key: deviation reports are stored in the clear until `palaute-collector reports init`',
    );
    return;
  }
  const sealed = await db.transaction((tx) => sealStoredReports(tx, key));
  if (sealed.reports || sealed.notes) log.warn({ sealed }, 'sealed reports found stored in the clear');
}
