import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.js';

/** GET /healthz: 200 when the database answers, 503 when it does not. Not rate limited. */
export function healthRoutes(app: FastifyInstance, { db }: Services): void {
  app.get('/healthz', { config: { rateLimit: false } }, async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', storage: db.engine };
    } catch (error) {
      request.log.error({ err: error }, 'health check: the database does not answer');
      return reply.code(503).send({ status: 'unavailable', storage: db.engine });
    }
  });
}
