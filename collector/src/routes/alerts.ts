/**
 * GET /v1/alerts (open alerts; `?all=1` acknowledged ones too) and
 * POST /v1/alerts/:id/acknowledge (idempotent: the first acknowledgement's time and token
 * fingerprint stay). Role `results`: those who read the results act on their alerts.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acknowledgeAlert, listAlerts } from '../alerts/alert-store.js';
import { readerOf } from '../http/route-access.js';
import { HttpProblem } from '../http/problems.js';
import { idParamsSchema } from './id-params.js';
import type { RouteOptions } from './route-options.js';

const ACCESS = { access: 'results' } as const;
/** Enough for a dashboard; older ones stay in the database. */
const MAX_LISTED = 200;

const listQuerySchema = z.strictObject({
  all: z.optional(z.enum(['0', '1'], 'should be 1 (every alert) or 0 (open ones only)')),
});

export const alertRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  const { db } = services;
  app.get('/alerts', { config: ACCESS, schema: { querystring: listQuerySchema } }, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { alerts: await listAlerts(db, request.query.all === '1', MAX_LISTED) };
  });

  app.post(
    '/alerts/:id/acknowledge',
    { config: ACCESS, schema: { params: idParamsSchema } },
    async (request) => {
      const alert = await acknowledgeAlert(db, request.params.id, readerOf(request).fingerprint);
      if (!alert) throw new HttpProblem(404, 'no such alert');
      return alert;
    },
  );
};
