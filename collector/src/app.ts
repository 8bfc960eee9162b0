/**
 * The HTTP side: Fastify with its plugins for CORS and rate limits, and the routes: each group a
 * plugin under /v1 that declares on every route who may call it and the zod schemas of its input.
 */
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { corsOptions } from './http/cross-origin.js';
import { handleError, handleNotFound, MAX_BODY_BYTES } from './http/error-handler.js';
import { HttpProblem } from './http/problems.js';
import { sharedRateLimits } from './http/rate-limit-store.js';
import { guardRoutes } from './http/route-access.js';
import { adminRoutes } from './routes/admin.js';
import { alertRoutes } from './routes/alerts.js';
import { healthRoutes } from './routes/health.js';
import { ingestRoutes } from './routes/ingest.js';
import { receiptRoutes } from './routes/receipts.js';
import { inboxRoutes } from './routes/inbox.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { metricsRoutes } from './routes/metrics.js';
import { noteRoutes } from './routes/notes.js';
import { reportKeyRoutes } from './routes/report-keys.js';
import { reportRoutes } from './routes/reports.js';
import { resultsRoutes } from './routes/results.js';
import { serverTimeouts } from './server-options.js';
import type { Services } from './services.js';

const MINUTE_MS = 60_000;

export async function buildApp(services: Services, log: FastifyBaseLogger): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: log,
    // One line per request, written below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: MAX_BODY_BYTES,
    // No HEAD twins of GET routes: a HEAD of the results stream would open a stream nobody reads.
    exposeHeadRoutes: false,
    trustProxy: config.trustProxy,
    ...serverTimeouts(config),
  });

  // JSON only: a text/plain body is refused with 415 instead of reaching validation as a string.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ req: request, res: reply, ms: Math.round(reply.elapsedTime) }, 'request');
    const route = request.is404 ? undefined : request.routeOptions.url;
    services.metrics.requestAnswered(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });

  // CORS first, so that a 429 also carries the headers a page needs to read its Retry-After.
  await app.register(cors, corsOptions(config.allowedOrigins));
  // On PostgreSQL every collector on the database counts together (see the README for the cost).
  const shared =
    services.db.engine === 'postgresql'
      ? sharedRateLimits(services.db, MINUTE_MS, (error) =>
          log.warn({ err: error }, 'ended rate limit windows could not be deleted'),
        )
      : undefined;
  app.addHook('onClose', async () => shared?.stop());
  await app.register(rateLimit, {
    ...(shared ? { store: shared.store } : {}),
    // A database that cannot count lets the request through: its own queries will fail it if need be.
    skipOnError: true,
    max: config.rateLimitPerMinute,
    timeWindow: MINUTE_MS,
    // Per client address (behind a proxy, the one PALAUTE_TRUST_PROXY lets Fastify see).
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(429, 'too many requests from this address', [`retry after ${context.after}`]),
  });

  // After the plugins above, whose own route (the CORS preflight) is for anyone and declares nothing.
  guardRoutes(app, services.tokens);
  app.setValidatorCompiler(validatorCompiler);
  await app.register(healthRoutes, { services });
  await app.register(inboxRoutes, { services });
  await app.register(dashboardRoutes, { services });
  await app.register(metricsRoutes, { services });
  for (const routes of [
    ingestRoutes,
    receiptRoutes,
    resultsRoutes,
    alertRoutes,
    reportKeyRoutes,
    reportRoutes,
    adminRoutes,
    noteRoutes,
  ]) {
    await app.register(routes, { prefix: '/v1', services });
  }

  // Results streams stay open until the client leaves; a shutdown must not wait for that.
  app.addHook('preClose', async () => services.streams.closeAll());
  return app;
}
