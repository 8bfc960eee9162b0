/**
 * Role `admin`: erasing one answer, purging now, exporting. These reach every kind, reports'
 * contact details included, and are rare operator tasks, so they have a role of their own rather
 * than riding on the everyday roles of people who read results or handle reports.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { exportQuerySchema } from '../export/export-query.js';
import { exportStream } from '../export/export-stream.js';
import { CONTENT_TYPES } from '../export/formats.js';
import { HttpProblem } from '../http/problems.js';
import { readerOf } from '../http/route-access.js';
import { eraseAnswer } from '../retention/purge.js';
import { idParamsSchema } from './id-params.js';
import type { RouteOptions } from './route-options.js';

const config = { access: 'admin' } as const;
const answerId = idParamsSchema.describe('answer id');

export const adminRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  const { db, config: collectorConfig, purge } = services;

  app.delete('/answers/:id', { config, schema: { params: answerId } }, async (request, reply) => {
    const { id } = request.params;
    const erased = await eraseAnswer(db, id);
    if (!erased) throw new HttpProblem(404, 'no answer with this id');
    request.log.info(
      { answerId: id, kind: erased.kind, actor: readerOf(request).fingerprint },
      'answer erased',
    );
    return reply.code(204).send();
  });

  app.post('/admin/purge', { config }, async () => purge());

  app.get('/export', { config, schema: { querystring: exportQuerySchema } }, async (request, reply) => {
    const query = request.query;
    const format = query.format ?? 'jsonl';
    const actor = readerOf(request).fingerprint;
    request.log.info({ actor, kind: query.kind ?? 'all', format }, 'export started');
    const stream = exportStream(db, query, format, collectorConfig.timeZone, actor);
    reply.raw.once('close', () => stream.destroy());
    return reply
      .header('Content-Type', CONTENT_TYPES[format])
      .header('Content-Disposition', `attachment; filename="palaute-answers.${format}"`)
      .header('Cache-Control', 'no-store')
      .send(stream);
  });
};
