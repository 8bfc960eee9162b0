/**
 * Role `admin`: erasing one answer, purging now, exporting. These reach every kind, reports'
 * contact details included, and are rare operator tasks, so they have a role of their own rather
 * than riding on the everyday roles of people who read results or handle reports.
 */
import type { FastifyInstance } from 'fastify';
import { exportQuerySchema } from '../export/export-query.js';
import { exportStream } from '../export/export-stream.js';
import { CONTENT_TYPES } from '../export/formats.js';
import { HttpProblem } from '../http/problems.js';
import { validate } from '../http/validate.js';
import { eraseAnswer } from '../retention/purge.js';
import type { Services } from '../services.js';
import { idParamsSchema } from './reports.js';

export function adminRoutes(app: FastifyInstance, { tokens, db, config, purge }: Services): void {
  app.delete('/v1/answers/:id', async (request, reply) => {
    const admin = tokens.authorize(request.headers.authorization, 'admin');
    const { id } = validate(idParamsSchema, request.params, 'answer id');
    const erased = await eraseAnswer(db, id);
    if (!erased) throw new HttpProblem(404, 'no answer with this id');
    request.log.info({ answerId: id, kind: erased.kind, actor: admin.fingerprint }, 'answer erased');
    return reply.code(204).send();
  });

  app.post('/v1/admin/purge', async (request) => {
    tokens.authorize(request.headers.authorization, 'admin');
    return purge();
  });

  app.get('/v1/export', async (request, reply) => {
    const admin = tokens.authorize(request.headers.authorization, 'admin');
    const query = validate(exportQuerySchema, request.query, 'query');
    const format = query.format ?? 'jsonl';
    request.log.info({ actor: admin.fingerprint, kind: query.kind ?? 'all', format }, 'export started');
    const stream = exportStream(db, query, format, config.timeZone, admin.fingerprint);
    reply.raw.once('close', () => stream.destroy());
    return reply
      .header('Content-Type', CONTENT_TYPES[format])
      .header('Content-Disposition', `attachment; filename="palaute-answers.${format}"`)
      .header('Cache-Control', 'no-store')
      .send(stream);
  });
}
