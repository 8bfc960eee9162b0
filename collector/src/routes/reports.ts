/** /v1/reports: deviation reports as cases. Role `reports`; every read of one is audited. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpProblem } from '../http/problems.js';
import { validate } from '../http/validate.js';
import { reportListQuerySchema, statusChangeSchema } from '../reports/report-cases.js';
import type { Services } from '../services.js';

export const idParamsSchema = z.strictObject({ id: z.uuid() });

const notFound = () => new HttpProblem(404, 'no deviation report with this id');

export function reportRoutes(app: FastifyInstance, { tokens, reports }: Services): void {
  app.get('/v1/reports', async (request) => {
    tokens.authorize(request.headers.authorization, 'reports');
    return reports.list(validate(reportListQuerySchema, request.query, 'query'));
  });

  app.get('/v1/reports/:id', async (request) => {
    const reader = tokens.authorize(request.headers.authorization, 'reports');
    const { id } = validate(idParamsSchema, request.params, 'report id');
    const report = await reports.read(id, reader.fingerprint);
    if (!report) throw notFound();
    request.log.info({ answerId: id, actor: reader.fingerprint }, 'report read');
    return report;
  });

  app.get('/v1/reports/:id/audit', async (request) => {
    tokens.authorize(request.headers.authorization, 'reports');
    const { id } = validate(idParamsSchema, request.params, 'report id');
    return { id, audit: await reports.audit(id) };
  });

  app.patch('/v1/reports/:id', async (request) => {
    const reader = tokens.authorize(request.headers.authorization, 'reports');
    const { id } = validate(idParamsSchema, request.params, 'report id');
    const change = validate(statusChangeSchema, request.body, 'status change');
    const updated = await reports.changeStatus(id, change, reader.fingerprint);
    if (!updated) throw notFound();
    request.log.info(
      { answerId: id, status: change.status, actor: reader.fingerprint },
      'report status changed',
    );
    return updated;
  });
}
