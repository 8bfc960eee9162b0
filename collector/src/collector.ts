/**
 * createCollector: the database opened and migrated, the HTTP app built, the webhook outbox and
 * the daily purge running. listen() serves it; close() lets requests under way finish, stops
 * the background work and closes the database.
 */
import type { FastifyBaseLogger as Logger, FastifyInstance } from 'fastify';
import type { AnswerEnvelope } from 'palaute/schema';
import { randomUUID } from 'node:crypto';
import { AlertChecker } from './alerts/alert-checker.js';
import { AnswerEvents } from './answers/answer-events.js';
import { AnswerListener, announceStored } from './answers/answer-notifications.js';
import { AnswerWriter } from './answers/answer-writer.js';
import { buildApp } from './app.js';
import { createLogger } from './http/logging.js';
import { TokenRegistry } from './auth.js';
import { cannotStart, resolveConfig, type CollectorConfig, type CollectorOptions } from './config.js';
import { cannotListen, listenOptions } from './listening.js';
import { WebhookForwarder } from './forwarding/webhook-forwarder.js';
import { inboxScriptExists, inboxScriptFile } from './http/inbox-page.js';
import { dashboardScriptFile } from './http/dashboard-page.js';
import { scriptExists } from './http/served-page.js';
import { ReportCases } from './reports/report-cases.js';
import { ReceiptGuards } from './reports/receipt-limits.js';
import { ReportKeys } from './reports/report-keys.js';
import { ReportMessages } from './reports/report-messages.js';
import { Notes } from './notes/notes.js';
import { sendOverdueEvents, type OverdueEvent } from './reports/overdue-reports.js';
import { sealStoredReports } from './reports/seal-stored.js';
import { Results } from './results/results.js';
import { ResultsStreams, streamLimits } from './results/results-streams.js';
import { DAILY_JOBS } from './jobs/daily-jobs.js';
import { DailySchedule } from './jobs/daily-once.js';
import { CollectorMetrics } from './metrics/collector-metrics.js';
import { listenForMetrics, type MetricsPort } from './metrics/metrics-port.js';
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
  /** With PALAUTE_METRICS_PORT, once listening: `http://127.0.0.1:9464/metrics`. */
  readonly metricsUrl: string | undefined;
  /** Starts serving; resolves with the base URL. */
  listen(): Promise<string>;
  /** Deletes what is past its retention now (also done daily). */
  purge(): Promise<PurgeReport>;
  /** Queues today's report.overdue events now (also done daily); the events queued. */
  sendOverdueEvents(): Promise<OverdueEvent[]>;
  /**
   * Resolves when the alert rules have been checked for every answer stored so far (they are
   * checked just after each answer's commit).
   */
  alertsChecked(): Promise<void>;
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
  // Other collectors on the same PostgreSQL hear of this one's answers, and it of theirs.
  const instance = randomUUID();
  const listener = config.databaseUrl
    ? new AnswerListener(config.databaseUrl, instance, (kind) => events.emit('stored-elsewhere', kind), log)
    : undefined;
  await listener?.start();
  const results = new Results(db, config.timeZone, config.minGroup);
  const purge = async () => {
    const report = await purgeExpired(db, config.retentionDays);
    log.info({ purged: report }, 'retention purge');
    return report;
  };
  const streams = new ResultsStreams(results, events, streamLimits(config), log);
  const metrics = new CollectorMetrics({
    streamClients: () => streams.openCount,
    webhookBacklog: async () =>
      (
        await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM webhook_outbox WHERE delivered_at IS NULL',
        )
      )[0]?.n ?? 0,
    pool: () => db.pool,
  });
  // Issue 20: today's report.overdue events, a daily job (jobs/daily-jobs.ts) like the purge;
  // report_overdue_events keeps it to one event per report, deadline and day.
  const checkOverdue = async (): Promise<OverdueEvent[]> => {
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
  const services: Services = {
    config,
    db,
    tokens: new TokenRegistry(config.tokens),
    writer: new AnswerWriter(
      db,
      (envelope: AnswerEnvelope) => events.emit('stored', envelope),
      listener && ((tx, kinds) => announceStored(tx, instance, kinds)),
    ),
    results,
    streams,
    reports: new ReportCases(db, config, config.clock),
    reportKeys,
    metrics,
    messages: new ReportMessages(db, config, config.clock),
    notes: new Notes(db),
    // On PostgreSQL, every collector on the database counts wrong codes together.
    receiptGuards: new ReceiptGuards(
      config.tuning,
      config.clock,
      db.engine === 'postgresql' ? db : undefined,
    ),
    purge,
    sendOverdueEvents: checkOverdue,
  };
  const app = await buildApp(services, log).catch(async (error: unknown) => {
    await listener?.stop();
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
  const dashboardScript = config.dashboardScript ?? dashboardScriptFile();
  if (!scriptExists(dashboardScript)) {
    log.warn(`the results dashboard is not built (${dashboardScript} is missing): / cannot load`);
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

  // Issue 22: alert rules checked for each answer's unit just after its commit, not on a timer.
  const alerts = new AlertChecker(db, {
    rules: config.alerts,
    timeZone: config.timeZone,
    minGroup: config.minGroup,
    webhookUrl: config.alertsWebhook ?? null,
    onChange: () => forwarder?.kick(),
    log,
  });
  if (config.alerts.length) events.on('stored', (envelope) => alerts.answerStored(envelope));

  // The purge and the other daily jobs: once a day across every collector on the database.
  const daily = new DailySchedule(services, DAILY_JOBS, { intervalMs: config.tuning.purgeIntervalMs, log });
  void daily.lookNow();

  let url: string | undefined;
  let metricsPort: MetricsPort | undefined;
  let closing: Promise<void> | undefined;
  return {
    app,
    config,
    storage: db.engine,
    location: db.location,
    get url() {
      return url;
    },
    get metricsUrl() {
      return metricsPort?.url;
    },
    async listen() {
      url = await app.listen(listenOptions(config)).catch((error: unknown) => {
        throw cannotListen(config, error);
      });
      if (config.metricsPort !== undefined) {
        metricsPort = await listenForMetrics(metrics, config.metricsHost, config.metricsPort, (error) =>
          log.error({ err: error }, 'metrics could not be read'),
        ).catch(async (error: unknown) => {
          await app.close();
          throw cannotStart(
            [
              `PALAUTE_METRICS_PORT: cannot listen on ${config.metricsHost}:${config.metricsPort}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
            ],
            error,
          );
        });
      }
      return url;
    },
    purge,
    sendOverdueEvents: checkOverdue,
    alertsChecked: () => alerts.settled(),
    close() {
      closing ??= (async () => {
        await metricsPort?.close();
        await app.close();
        await alerts.settled();
        await daily.stop();
        await forwarder?.stop();
        await listener?.stop();
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
