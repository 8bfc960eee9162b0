/** Every error becomes `{ error, problems }` with the right status; our own failures are logged. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { HttpProblem, type ProblemBody } from './problems.js';
import { requestProblem } from './request-problems.js';

export const MAX_BODY_BYTES = 64 * 1024;

/** Fastify's own refusals, said the way the rest of the API says things. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `the body is larger than ${MAX_BODY_BYTES / 1024} KB`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'send JSON with Content-Type: application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'the body is empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'the body is not valid JSON',
};

function sendProblem(problem: HttpProblem, reply: FastifyReply) {
  reply.headers(problem.headers);
  const body: ProblemBody = { error: problem.error, problems: problem.problems };
  return reply.code(problem.statusCode).send(body);
}

export function handleError(error: FastifyError | HttpProblem, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof HttpProblem) return sendProblem(error, reply);
  const refused = requestProblem(error, request);
  if (refused) return sendProblem(refused, reply);
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    const body: ProblemBody = { error: 'the collector could not do this now; try again later', problems: [] };
    return reply.code(status).send(body);
  }
  request.log.info({ err: error }, 'request refused');
  const message = FASTIFY_MESSAGES[error.code] ?? STATUS_CODES[status] ?? 'bad request';
  const body: ProblemBody = { error: message, problems: [] };
  return reply.code(status).send(body);
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  const body: ProblemBody = { error: `no ${request.method} ${request.url.split('?')[0]} here`, problems: [] };
  return reply.code(404).send(body);
}
