/**
 * POST /v1/answers: the widgets' endpoint. Public. Answers with 201 only after the answer's
 * transaction has committed; 409 for an id already stored with this body (the browser treats it
 * as delivered), 422 for an id already stored with another body. The envelope is validated here,
 * not by a route schema, so that one 400 lists its problems and the Idempotency-Key's together.
 * A deviation report is sealed to the reports key before it is stored (reports/seal-incoming.ts);
 * a report's receipt is refused when its lookup verifier is another report's already.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describeIssues, envelopeSchema } from 'palaute/schema';
import { createdAtProblems } from '../answers/created-at-bounds.js';
import { HttpProblem } from '../http/problems.js';
import { lookupVerifierInUse } from '../reports/receipts.js';
import { receiveAddition } from '../reports/report-additions.js';
import { sealIncoming } from '../reports/seal-incoming.js';
import type { RouteOptions } from './route-options.js';

function idempotencyProblems(header: string | string[] | undefined, body: unknown): string[] {
  const id = typeof body === 'object' && body !== null && 'id' in body ? body.id : undefined;
  if (header === undefined) return ['Idempotency-Key: the header is missing; send the envelope id in it'];
  if (header !== id) return ['Idempotency-Key: should equal the envelope id'];
  return [];
}

export const ingestRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  const { writer, config, reportKeys } = services;
  app.post('/answers', { config: { access: 'public' } }, async (request, reply) => {
    const parsed = envelopeSchema.safeParse(request.body);
    const problems = [
      ...(parsed.success
        ? createdAtProblems(parsed.data.createdAt, config.tuning)
        : describeIssues(parsed.error.issues)),
      ...idempotencyProblems(request.headers['idempotency-key'], request.body),
    ];
    if (!parsed.success || problems.length) throw new HttpProblem(400, 'the answer is not valid', problems);

    // Issue 20: a reporter's addition rides the outbox as an envelope, but is a report's message.
    if (parsed.data.kind === 'report-addition') return receiveAddition(services, parsed.data, request, reply);
    const { envelope, digest } = await sealIncoming(reportKeys, parsed.data);
    const receipt = envelope.kind === 'deviation-report' ? envelope.data.receipt : undefined;
    if (receipt && (await lookupVerifierInUse(services.db, receipt.lookupVerifier, envelope.id))) {
      throw new HttpProblem(422, "the receipt is already another report's", [
        'data.receipt.lookupVerifier: used by another report; a new report needs a new receipt',
      ]);
    }
    const webhookUrl = config.webhooks[envelope.kind] ?? null;
    const outcome = await writer.write({ envelope, webhookUrl, ...(digest ? { digest } : {}) });
    request.log.info({ answerId: envelope.id, kind: envelope.kind, outcome }, 'answer received');
    switch (outcome) {
      case 'stored':
        return reply.code(201).send({ id: envelope.id, status: 'stored' });
      case 'repeat':
        return reply.code(409).send({ id: envelope.id, status: 'already stored' });
      case 'erased':
        return reply.code(409).send({ id: envelope.id, status: 'erased' });
      case 'conflict':
        throw new HttpProblem(422, 'an answer with this id and a different body was stored before', [
          'id: already used for another answer; a new answer needs a new id',
        ]);
    }
  });
};
