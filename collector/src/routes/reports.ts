/** /v1/reports: deviation reports as cases. Role `reports`; every read of one is audited. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { HttpProblem } from '../http/problems.js';
import { readerOf } from '../http/route-access.js';
import { reportListQuerySchema, statusChangeSchema, type StatusChange } from '../reports/report-cases.js';
import type { ReportKeys } from '../reports/report-keys.js';
import { replySchema } from '../reports/report-messages.js';
import { idParamsSchema } from './id-params.js';
import type { RouteOptions } from './route-options.js';

const config = { access: 'reports' } as const;
const reportId = idParamsSchema.describe('report id');
const statusChange = statusChangeSchema.describe('status change');
const replyBody = replySchema.describe('reply');

const notFound = () => new HttpProblem(404, 'no deviation report with this id');

/** Once a reports key exists, notes come sealed; one that names no key here could never be opened. */
async function checkNote(keys: ReportKeys, note: StatusChange['note']): Promise<void> {
  if (note === undefined) return;
  if (typeof note === 'string') {
    if (await keys.anyExist()) {
      throw new HttpProblem(400, 'the status change is not valid', [
        'note: a note is sealed in the inbox once the collector has a reports key; send { id, kid, sealed }',
      ]);
    }
  } else if (!(await keys.has(note.kid))) {
    throw new HttpProblem(422, 'the note is sealed to a key this collector does not have', [
      'note.kid: no reports key with this id here',
    ]);
  }
}

export const reportRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { services: { reports, reportKeys, messages } },
) => {
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
    await checkNote(reportKeys, change.note);
    const updated = await reports.changeStatus(id, change, fingerprint);
    if (!updated) throw notFound();
    request.log.info({ answerId: id, status: change.status, actor: fingerprint }, 'report status changed');
    return updated;
  });

  // Issue 20: the law's clock and the conversation with the reporter (docs/receipt-codes.md).
  app.post('/reports/:id/acknowledge', { config, schema: { params: reportId } }, async (request) => {
    const { id } = request.params;
    const { fingerprint } = readerOf(request);
    const outcome = await messages.acknowledge(id, randomUUID(), fingerprint);
    if (outcome === 'not-found') throw notFound();
    if (outcome === 'already') throw new HttpProblem(409, 'the report has been acknowledged already');
    request.log.info({ answerId: id, actor: fingerprint }, 'report acknowledged');
    return outcome;
  });

  app.post(
    '/reports/:id/messages',
    { config, schema: { params: reportId, body: replyBody } },
    async (request, reply) => {
      const { id } = request.params;
      const { fingerprint } = readerOf(request);
      const message = request.body;
      if (message.text !== undefined) {
        throw new HttpProblem(400, 'the reply is not valid', [
          'text: a reply is sealed in the inbox (sealReportMessage); send { id, kid, sealed, forReporter }',
        ]);
      }
      const outcome = await messages.reply(id, message, fingerprint);
      if (outcome === 'not-found') throw notFound();
      if (outcome === 'no-receipt') {
        throw new HttpProblem(
          409,
          'the report came without a receipt code: its reporter cannot read a reply',
        );
      }
      if (outcome === 'unknown-kid') {
        throw new HttpProblem(422, 'the reply is sealed to a key this collector does not have', [
          'kid: no reports key with this id here',
        ]);
      }
      if (outcome === 'conflict') {
        throw new HttpProblem(409, 'this message id is already used', ['id: a new reply needs a new id']);
      }
      request.log.info({ answerId: id, messageId: message.id, actor: fingerprint }, 'report reply stored');
      return reply.code(201).send({ id: message.id, status: 'stored' });
    },
  );
};
