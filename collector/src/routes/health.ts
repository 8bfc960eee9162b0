import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteOptions } from './route-options.js';

/** GET /healthz: 200 when the database answers, 503 when it does not. Public; not rate limited. */
export const healthRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services: { db } }) => {
  app.get('/healthz', { config: { access: 'public', rateLimit: false } }, async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', storage: db.engine };
    } catch (error) {
      request.log.error({ err: error }, 'health check: the database does not answer');
      return reply.code(503).send({ status: 'unavailable', storage: db.engine });
    }
  });
};
