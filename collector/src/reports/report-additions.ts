/**
 * A reporter's addition (issue 20) arriving through POST /v1/answers, so that the outbox keeps and
 * retries it like an answer. It is checked against the report's append verifier and stored as a
 * message of the report: never as an answer, so no results, no export row, no webhook.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { receiptVerifier } from 'palaute/crypto';
import type { Envelope } from 'palaute/schema';
import { HttpProblem } from '../http/problems.js';
import { receiptNotFound, tooManyGuesses } from '../routes/receipts.js';
import type { Services } from '../services.js';
import { appendKeyMatches } from './receipts.js';

type AdditionEnvelope = Extract<Envelope, { kind: 'report-addition' }>;

/** The digest leaves the append key out: it is kept, and should hold nothing derived from the code. */
function additionDigest(envelope: AdditionEnvelope): string {
  const { reportId, kid, sealed, forReporter } = envelope.data;
  const data = { reportId, kid, sealed, forReporter };
  return createHash('sha256')
    .update(JSON.stringify({ ...envelope, data }))
    .digest('hex');
}

export async function receiveAddition(
  services: Services,
  envelope: AdditionEnvelope,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const { db, reportKeys, receiptGuards, messages } = services;
  const { reportId, appendKey, kid, sealed, forReporter } = envelope.data;
  const limited = await receiptGuards.appendLimited(request.ip, reportId);
  if (limited) throw tooManyGuesses(limited.retryAfterS);
  if (!(await reportKeys.has(kid))) {
    throw new HttpProblem(422, 'the addition is sealed to a key this collector does not have', [
      'data.kid: no reports key with this id here',
    ]);
  }
  const verifier = await receiptVerifier(appendKey);
  const outcome = await db.transaction(async (tx) => {
    if (!(await appendKeyMatches(tx, reportId, verifier))) return 'not-found' as const;
    return messages.addAddition(tx, {
      id: envelope.id,
      reportId,
      kid,
      sealed,
      forReporter,
      digest: additionDigest(envelope),
    });
  });
  request.log.info({ messageId: envelope.id, kind: envelope.kind, outcome }, 'report addition received');
  switch (outcome) {
    case 'not-found':
      await receiptGuards.appendFailed(request.ip, reportId);
      throw receiptNotFound();
    case 'stored':
      return reply.code(201).send({ id: envelope.id, status: 'stored' });
    case 'repeat':
      return reply.code(409).send({ id: envelope.id, status: 'already stored' });
    case 'conflict':
      throw new HttpProblem(422, 'an addition with this id and a different body was stored before', [
        'id: already used for another message; a new addition needs a new id',
      ]);
  }
}
