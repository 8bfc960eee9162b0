/**
 * GET /metrics on the collector's own port, role `metrics`. Registered only when a token with
 * that role is configured, so without one the path is a 404, as for any unknown path.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from './route-options.js';

export const metricsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  if (!services.tokens.grants('metrics')) return;
  app.get('/metrics', { config: { access: 'metrics' } }, async (_request, reply) => {
    const { text, contentType } = await services.metrics.exposition();
    return reply.header('Content-Type', contentType).header('Cache-Control', 'no-store').send(text);
  });
};
