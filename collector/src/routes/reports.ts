/** /v1/reports: deviation reports as cases. Role `reports`; every read of one is audited. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../http/problems.js';
import { readerOf } from '../http/route-access.js';
import { reportListQuerySchema, statusChangeSchema } from '../reports/report-cases.js';
import { idParamsSchema } from './id-params.js';
import type { RouteOptions } from './route-options.js';

const config = { access: 'reports' } as const;
const reportId = idParamsSchema.describe('report id');
const statusChange = statusChangeSchema.describe('status change');

const notFound = () => new HttpProblem(404, 'no deviation report with this id');

export const reportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services: { reports } }) => {
  app.get('/reports', { config, schema: { querystring: reportListQuerySchema } }, async (request) =>
    reports.list(request.query),
  );

  app.get('/reports/:id', { config, schema: { params: reportId } }, async (request) => {
    const { id } = request.params;
    const { fingerprint } = readerOf(request);
    const report = await reports.read(id, fingerprint);
    if (!report) throw notFound();
    request.log.info({ answerId: id, actor: fingerprint }, 'report read');
    return report;
  });

  app.get('/reports/:id/audit', { config, schema: { params: reportId } }, async (request) => {
    const { id } = request.params;
    return { id, audit: await reports.audit(id) };
  });

  app.patch('/reports/:id', { config, schema: { params: reportId, body: statusChange } }, async (request) => {
    const { id } = request.params;
    const change = request.body;
    const { fingerprint } = readerOf(request);
    const updated = await reports.changeStatus(id, change, fingerprint);
    if (!updated) throw notFound();
    request.log.info({ answerId: id, status: change.status, actor: fingerprint }, 'report status changed');
    return updated;
  });
};
