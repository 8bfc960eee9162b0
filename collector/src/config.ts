/**
 * The collector's settings: programmatic options, the environment variables that set them, and
 * the checks that refuse a bad configuration at start-up with a message naming the variable.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnswerKind } from 'palaute/schema';
import { z } from 'zod';
import { isListenHost, isProxyList } from './address-checks.js';
import { alertRuleProblems, alertRulesSchema, type AlertRule } from './alerts/alert-rules.js';
import { CREATED_AT_DEFAULTS } from './answers/created-at-bounds.js';
import { RECEIPT_LIMITS } from './reports/receipt-limits.js';
import { parseTokenList, ROLES, type TokenGrant } from './auth.js';
import { isWebhookUrl } from './forwarding/webhook-url.js';
import { KINDS, kindEnvName } from './kinds.js';
import { DAY_MS } from './time.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Where log lines go: anything with pino's `write(line)`. Standard output when not given. */
export interface LogDestination {
  write(line: string): void;
}

/** Smaller groups could reveal who answered, whatever an operator asks for. */
export const MIN_GROUP_FLOOR = 3;

export interface CollectorOptions {
  /** `PORT`, default 8787; 0 picks a free port. */
  port?: number;
  /** `HOST`, default 127.0.0.1. */
  host?: string;
  /** `DATABASE_URL`: a PostgreSQL server. Without it, PGlite stores in `dataDir`. */
  databaseUrl?: string;
  /** `PALAUTE_DATA_DIR`, default `./.palaute-data`. */
  dataDir?: string;
  /** `PALAUTE_ALLOWED_ORIGINS`: pages on these origins may send answers and read results. */
  allowedOrigins?: readonly string[];
  /** `PALAUTE_TOKENS`: `role:sha256hex,…`. */
  tokens?: readonly TokenGrant[];
  /** `PALAUTE_MIN_GROUP`, default 5, never below 3. */
  minGroup?: number;
  /** `PALAUTE_RETENTION_DAYS` (every kind) and `PALAUTE_RETENTION_<KIND>_DAYS`. */
  retentionDays?: Partial<Record<AnswerKind, number>>;
  /** `PALAUTE_WEBHOOK_<KIND>`: each new answer of the kind is forwarded there. */
  webhooks?: Partial<Record<AnswerKind, string>>;
  /** `PALAUTE_WEBHOOK_SECRET`: the HMAC key of `Palaute-Signature`. */
  webhookSecret?: string;
  /**
   * `PALAUTE_ALERTS`: the alert rules (the JSON array that file holds), checked at start-up.
   * See alerts/alert-rules.ts and the README's "Alerts".
   */
  alerts?: unknown;
  /** `PALAUTE_WEBHOOK_ALERTS`: alert.fired and alert.cleared events are sent there, signed. */
  alertsWebhook?: string;
  /** `PALAUTE_RATE_LIMIT`: requests per minute per client address, default 600. */
  rateLimitPerMinute?: number;
  /** `PALAUTE_TRUST_PROXY`: Fastify's trustProxy, so rate limits see the client behind a proxy. */
  trustProxy?: boolean | string;
  /** `PALAUTE_TIME_ZONE`, default Europe/Helsinki: what a day, week and month are in results. */
  timeZone?: string;
  /** `PALAUTE_LOG_LEVEL`, default info. */
  logLevel?: LogLevel;
  logDestination?: LogDestination;
  /** The inbox's script served at /inbox/inbox.js; default `dist/inbox/inbox.js` of the palaute package. */
  inboxScript?: string;
  /** The dashboard's script served at /dashboard/dashboard.js; default `dist/dashboard/dashboard.js` of the palaute package. */
  dashboardScript?: string;
  /** `PALAUTE_REQUEST_TIMEOUT_MS`: a request's headers and body must have arrived by then (else 408). */
  requestTimeoutMs?: number;
  /** `PALAUTE_HEADERS_TIMEOUT_MS`: a request's headers must have arrived by then (else 408). */
  headersTimeoutMs?: number;
  /** `PALAUTE_KEEP_ALIVE_TIMEOUT_MS`: an idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs?: number;
  /** `PALAUTE_LISTEN_BACKLOG`: connections the kernel queues before the collector accepts them. */
  listenBacklog?: number;
  /** `PALAUTE_STREAMS_PER_TOKEN`: open results streams one token may hold, default 50. */
  streamsPerToken?: number;
  /** `PALAUTE_STREAMS_MAX`: open results streams in all, default 2000. */
  streamsMax?: number;
  /** `PALAUTE_METRICS_PORT`: serve GET /metrics without a token on this port only (0 picks a free one). */
  metricsPort?: number;
  /** `PALAUTE_METRICS_HOST`, default 127.0.0.1: the address of the metrics port. */
  metricsHost?: string;
  /** `PALAUTE_REPORT_ACK_DAYS`: a report is acknowledged within this many days of its receipt, default 7. */
  reportAckDays?: number;
  /** `PALAUTE_REPORT_FEEDBACK_DAYS`: feedback within this many days of the acknowledgement, default 90. */
  reportFeedbackDays?: number;
  /** The collector's clock for report deadlines and messages; tests move it. Default Date.now. */
  clock?: () => number;
  /** Timings, for tests and benchmarks; the defaults suit production. */
  tuning?: Partial<Tuning>;
}

export interface Tuning {
  /** First retry of a failed webhook delivery; doubles each time, up to an hour. */
  webhookRetryBaseMs: number;
  /** How often the outbox is looked at besides right after an answer. */
  webhookPollMs: number;
  /** How often the daily jobs (the retention purge) run, once across every collector on the database. */
  purgeIntervalMs: number;
  /** Results streams send at most this often, however fast answers arrive. */
  streamThrottleMs: number;
  /** A results stream's client is dropped when more than this waits for it unread. */
  streamBufferCapBytes: number;
  /** How far an answer's `createdAt` may be behind the collector's clock (tests of old days widen it). */
  createdAtMaxAgeMs: number;
  /** How far ahead of it. */
  createdAtMaxAheadMs: number;
  /** A receipt lookup answers no sooner than this, hit or miss, so its time tells neither. */
  receiptMinResponseMs: number;
  /** The window the receipt guessing limits below count in. */
  receiptLimitWindowMs: number;
  /** Failed lookups and wrong append keys one client address may make per window. */
  receiptFailuresPerClient: number;
  /** Wrong append keys for one report id per window, from all clients together. */
  receiptFailuresPerReport: number;
  /** Failed lookups from all clients together per window: a distributed guess stops here too. */
  receiptFailuresGlobal: number;
}

export interface CollectorConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl?: string;
  readonly dataDir: string;
  readonly allowedOrigins: readonly string[];
  readonly tokens: readonly TokenGrant[];
  readonly minGroup: number;
  readonly retentionDays: Readonly<Record<AnswerKind, number>>;
  readonly webhooks: Readonly<Partial<Record<AnswerKind, string>>>;
  readonly webhookSecret?: string;
  readonly alerts: readonly AlertRule[];
  readonly alertsWebhook?: string;
  readonly rateLimitPerMinute: number;
  readonly trustProxy: boolean | string;
  readonly timeZone: string;
  readonly logLevel: LogLevel;
  readonly logDestination?: LogDestination;
  readonly inboxScript?: string;
  readonly dashboardScript?: string;
  readonly requestTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly listenBacklog: number;
  readonly streamsPerToken: number;
  readonly streamsMax: number;
  readonly metricsPort?: number;
  readonly metricsHost: string;
  readonly reportAckDays: number;
  readonly reportFeedbackDays: number;
  readonly clock: () => number;
  readonly tuning: Tuning;
}

export const DEFAULTS = {
  port: 8787,
  host: '127.0.0.1',
  dataDir: './.palaute-data',
  minGroup: 5,
  /** 24 months. */
  retentionDays: 730,
  rateLimitPerMinute: 600,
  timeZone: 'Europe/Helsinki',
  logLevel: 'info',
  /** A 64 KB body takes seconds even on a poor mobile connection; a trickle is cut off. */
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  /** Fastify's own: longer than the 60 s idle timeout of common proxies and load balancers. */
  keepAliveTimeoutMs: 72_000,
  /** Node's own default; the kernel caps it at net.core.somaxconn. */
  listenBacklog: 511,
  streamsPerToken: 50,
  streamsMax: 2_000,
  /** Metrics on their own port are for this machine unless an operator says otherwise. */
  metricsHost: '127.0.0.1',
  /** The EU Whistleblower Directive (2019/1937) art. 9: acknowledge within 7 days. */
  reportAckDays: 7,
  /** …and give feedback within three months: 90 days is never longer than three months. */
  reportFeedbackDays: 90,
  tuning: {
    webhookRetryBaseMs: 5_000,
    webhookPollMs: 5_000,
    purgeIntervalMs: DAY_MS,
    streamThrottleMs: 250,
    /** Dozens of full results documents: far more than a reading client ever has waiting. */
    streamBufferCapBytes: 1024 * 1024,
    ...CREATED_AT_DEFAULTS,
    ...RECEIPT_LIMITS,
  },
} as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A refusal to start, one line per problem, each naming its variable; `cause` stays for callers. */
export const cannotStart = (lines: readonly string[], cause?: unknown) =>
  new ConfigError(`palaute-collector cannot start:\n  ${lines.join('\n  ')}`, { cause });

const isOrigin = (value: string) => URL.canParse(value) && new URL(value).origin === value;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const webhookUrl = z
  .string()
  .refine(isWebhookUrl, 'should be an https URL (plain http only to a loopback address)');

const configSchema = z
  .object({
    port: z.number().int().min(0).max(65535),
    host: z.string().refine(isListenHost, 'should be an address of this machine, 0.0.0.0, :: or a host name'),
    databaseUrl: z.optional(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'should start with postgres:// or postgresql://')
        .refine((url) => URL.canParse(url), 'should be a URL such as postgres://user:password@host:5432/db'),
    ),
    dataDir: z.string().min(1),
    allowedOrigins: z.array(
      z.string().refine(isOrigin, 'should be an origin such as https://www.example.fi'),
    ),
    tokens: z.array(
      z.object({
        role: z.enum(ROLES, `the role should be one of ${ROLES.join(', ')}`),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/, 'should be role:sha256hex, the SHA-256 of the token in hex'),
      }),
    ),
    minGroup: z
      .number()
      .int()
      .min(MIN_GROUP_FLOOR, `must be at least ${MIN_GROUP_FLOOR}: smaller groups could reveal who answered`),
    retentionDays: z.record(z.enum(KINDS), z.number().min(0, 'should be 0 days or more')),
    webhooks: z.partialRecord(z.enum(KINDS), webhookUrl),
    webhookSecret: z.optional(z.string().min(16, 'should be at least 16 characters')),
    alerts: alertRulesSchema,
    alertsWebhook: z.optional(webhookUrl),
    rateLimitPerMinute: z.number().int().min(1),
    trustProxy: z
      .union([z.boolean(), z.string()])
      .refine(
        (value) => typeof value === 'boolean' || isProxyList(value),
        'should be true, or addresses or CIDR ranges separated by commas',
      ),
    timeZone: z.string().refine(isTimeZone, 'should be an IANA time zone such as Europe/Helsinki'),
    logLevel: z.enum(LOG_LEVELS),
    requestTimeoutMs: z.number().int().min(1, 'should be 1 ms or more'),
    headersTimeoutMs: z.number().int().min(1, 'should be 1 ms or more'),
    keepAliveTimeoutMs: z.number().int().min(1, 'should be 1 ms or more'),
    listenBacklog: z.number().int().min(1).max(65535),
    streamsPerToken: z.number().int().min(1),
    streamsMax: z.number().int().min(1),
    metricsPort: z.optional(z.number().int().min(0).max(65535)),
    metricsHost: z
      .string()
      .refine(isListenHost, 'should be an address of this machine, 0.0.0.0, :: or a host name'),
    reportAckDays: z
      .number()
      .int('should be a whole number of days')
      .min(1, 'should be 1 day or more')
      .max(7, 'should be at most 7 days: the EU whistleblower directive acknowledges within 7'),
    reportFeedbackDays: z
      .number()
      .int('should be a whole number of days')
      .min(1, 'should be 1 day or more')
      .max(
        92,
        'should be at most 92 days: the EU whistleblower directive gives feedback within three months',
      ),
    tuning: z.object({
      webhookRetryBaseMs: z.number().int().min(1),
      webhookPollMs: z.number().int().min(10),
      purgeIntervalMs: z.number().int().min(1000),
      streamThrottleMs: z.number().int().min(0).max(1000),
      streamBufferCapBytes: z.number().int().min(1024),
      createdAtMaxAgeMs: z.number().int().min(0),
      createdAtMaxAheadMs: z.number().int().min(0),
      receiptMinResponseMs: z.number().int().min(0).max(10_000),
      receiptLimitWindowMs: z.number().int().min(1000),
      receiptFailuresPerClient: z.number().int().min(1),
      receiptFailuresPerReport: z.number().int().min(1),
      receiptFailuresGlobal: z.number().int().min(1),
    }),
  })
  .refine(
    (config) =>
      (Object.keys(config.webhooks ?? {}).length === 0 && !config.alertsWebhook) ||
      Boolean(config.webhookSecret),
    {
      path: ['webhookSecret'],
      message: 'is required when a webhook is configured',
      // Also when other settings are wrong: the operator should learn of every problem at once.
      when: () => true,
    },
  )
  .refine((config) => config.headersTimeoutMs <= config.requestTimeoutMs, {
    path: ['headersTimeoutMs'],
    message: 'should not be longer than the request timeout (PALAUTE_REQUEST_TIMEOUT_MS)',
    when: () => true,
  })
  .superRefine((config, context) => {
    for (const { path, message } of alertRuleProblems(config.alerts, config.minGroup)) {
      context.addIssue({ code: 'custom', path: ['alerts', ...path], message });
    }
  });

/** Option → environment variable, so a refusal names what the operator set. */
const ENV_OF: Record<string, string> = {
  port: 'PORT',
  host: 'HOST',
  databaseUrl: 'DATABASE_URL',
  dataDir: 'PALAUTE_DATA_DIR',
  allowedOrigins: 'PALAUTE_ALLOWED_ORIGINS',
  tokens: 'PALAUTE_TOKENS',
  minGroup: 'PALAUTE_MIN_GROUP',
  retentionDays: 'PALAUTE_RETENTION_<KIND>_DAYS',
  webhooks: 'PALAUTE_WEBHOOK_<KIND>',
  webhookSecret: 'PALAUTE_WEBHOOK_SECRET',
  alerts: 'PALAUTE_ALERTS',
  alertsWebhook: 'PALAUTE_WEBHOOK_ALERTS',
  rateLimitPerMinute: 'PALAUTE_RATE_LIMIT',
  trustProxy: 'PALAUTE_TRUST_PROXY',
  timeZone: 'PALAUTE_TIME_ZONE',
  logLevel: 'PALAUTE_LOG_LEVEL',
  requestTimeoutMs: 'PALAUTE_REQUEST_TIMEOUT_MS',
  headersTimeoutMs: 'PALAUTE_HEADERS_TIMEOUT_MS',
  keepAliveTimeoutMs: 'PALAUTE_KEEP_ALIVE_TIMEOUT_MS',
  listenBacklog: 'PALAUTE_LISTEN_BACKLOG',
  streamsPerToken: 'PALAUTE_STREAMS_PER_TOKEN',
  streamsMax: 'PALAUTE_STREAMS_MAX',
  metricsPort: 'PALAUTE_METRICS_PORT',
  metricsHost: 'PALAUTE_METRICS_HOST',
  reportAckDays: 'PALAUTE_REPORT_ACK_DAYS',
  reportFeedbackDays: 'PALAUTE_REPORT_FEEDBACK_DAYS',
};

/** Defaults filled in and everything checked; throws a ConfigError listing every problem. */
export function resolveConfig(options: CollectorOptions = {}): CollectorConfig {
  const retentionDays = Object.fromEntries(
    KINDS.map((kind) => [kind, options.retentionDays?.[kind] ?? DEFAULTS.retentionDays]),
  );
  const candidate = {
    port: options.port ?? DEFAULTS.port,
    host: options.host ?? DEFAULTS.host,
    databaseUrl: options.databaseUrl || undefined,
    dataDir: options.dataDir ?? DEFAULTS.dataDir,
    allowedOrigins: options.allowedOrigins ?? [],
    tokens: options.tokens ?? [],
    minGroup: options.minGroup ?? DEFAULTS.minGroup,
    retentionDays,
    webhooks: options.webhooks ?? {},
    webhookSecret: options.webhookSecret || undefined,
    alerts: options.alerts ?? [],
    alertsWebhook: options.alertsWebhook || undefined,
    rateLimitPerMinute: options.rateLimitPerMinute ?? DEFAULTS.rateLimitPerMinute,
    trustProxy: options.trustProxy ?? false,
    timeZone: options.timeZone ?? DEFAULTS.timeZone,
    logLevel: options.logLevel ?? DEFAULTS.logLevel,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    headersTimeoutMs:
      options.headersTimeoutMs ?? Math.min(DEFAULTS.headersTimeoutMs, options.requestTimeoutMs ?? Infinity),
    keepAliveTimeoutMs: options.keepAliveTimeoutMs ?? DEFAULTS.keepAliveTimeoutMs,
    listenBacklog: options.listenBacklog ?? DEFAULTS.listenBacklog,
    streamsPerToken: options.streamsPerToken ?? DEFAULTS.streamsPerToken,
    streamsMax: options.streamsMax ?? DEFAULTS.streamsMax,
    metricsPort: options.metricsPort,
    metricsHost: options.metricsHost ?? DEFAULTS.metricsHost,
    reportAckDays: options.reportAckDays ?? DEFAULTS.reportAckDays,
    reportFeedbackDays: options.reportFeedbackDays ?? DEFAULTS.reportFeedbackDays,
    tuning: { ...DEFAULTS.tuning, ...options.tuning },
  };
  const parsed = configSchema.safeParse(candidate);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const [option = '', ...rest] = issue.path.map(String);
      const env = ENV_OF[option];
      // A rule is found by its place in the file: alerts[2].below.
      const where =
        option === 'alerts'
          ? `alerts${rest.map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('')}`
          : [option, ...rest].join('.');
      return `${env ? `${env} (${where})` : where}: ${issue.message}`;
    });
    throw cannotStart(lines);
  }
  return {
    ...parsed.data,
    dataDir: resolve(parsed.data.dataDir),
    retentionDays: parsed.data.retentionDays as Record<AnswerKind, number>,
    logDestination: options.logDestination,
    inboxScript: options.inboxScript,
    dashboardScript: options.dashboardScript,
    clock: options.clock ?? Date.now,
  };
}

/** Options from environment variables; unset variables leave the defaults. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): CollectorOptions {
  const number = (name: string) => (env[name]?.trim() ? Number(env[name]) : undefined);
  const list = (name: string) =>
    env[name]
      ?.split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const perKind = <T>(read: (kind: AnswerKind) => T | undefined) =>
    Object.fromEntries(KINDS.flatMap((kind) => (read(kind) === undefined ? [] : [[kind, read(kind)]])));
  const everyKindDays = number('PALAUTE_RETENTION_DAYS');

  return {
    port: number('PORT'),
    host: env.HOST?.trim() || undefined,
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dataDir: env.PALAUTE_DATA_DIR?.trim() || undefined,
    allowedOrigins: list('PALAUTE_ALLOWED_ORIGINS'),
    tokens: env.PALAUTE_TOKENS ? parseTokenList(env.PALAUTE_TOKENS) : undefined,
    minGroup: number('PALAUTE_MIN_GROUP'),
    retentionDays: perKind((kind) => number(`PALAUTE_RETENTION_${kindEnvName(kind)}_DAYS`) ?? everyKindDays),
    webhooks: perKind((kind) => env[`PALAUTE_WEBHOOK_${kindEnvName(kind)}`]?.trim() || undefined),
    webhookSecret: env.PALAUTE_WEBHOOK_SECRET || undefined,
    alerts: readAlertRules(env.PALAUTE_ALERTS?.trim()),
    alertsWebhook: env.PALAUTE_WEBHOOK_ALERTS?.trim() || undefined,
    rateLimitPerMinute: number('PALAUTE_RATE_LIMIT'),
    trustProxy: parseTrustProxy(env.PALAUTE_TRUST_PROXY),
    timeZone: env.PALAUTE_TIME_ZONE?.trim() || undefined,
    logLevel: (env.PALAUTE_LOG_LEVEL?.trim() || undefined) as LogLevel | undefined,
    requestTimeoutMs: number('PALAUTE_REQUEST_TIMEOUT_MS'),
    headersTimeoutMs: number('PALAUTE_HEADERS_TIMEOUT_MS'),
    keepAliveTimeoutMs: number('PALAUTE_KEEP_ALIVE_TIMEOUT_MS'),
    listenBacklog: number('PALAUTE_LISTEN_BACKLOG'),
    streamsPerToken: number('PALAUTE_STREAMS_PER_TOKEN'),
    streamsMax: number('PALAUTE_STREAMS_MAX'),
    metricsPort: number('PALAUTE_METRICS_PORT'),
    metricsHost: env.PALAUTE_METRICS_HOST?.trim() || undefined,
    reportAckDays: number('PALAUTE_REPORT_ACK_DAYS'),
    reportFeedbackDays: number('PALAUTE_REPORT_FEEDBACK_DAYS'),
  };
}

/** The JSON in the file PALAUTE_ALERTS names; a file that cannot be read or parsed stops the start. */
function readAlertRules(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw cannotStart([`PALAUTE_ALERTS: cannot read the alert rules from ${path}: ${why}`], error);
  }
}

/** `true`, or the proxies' addresses/CIDRs separated by commas, as Fastify's trustProxy takes them. */
function parseTrustProxy(value: string | undefined): boolean | string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  return text === 'true' || text === 'false' ? text === 'true' : text;
}
