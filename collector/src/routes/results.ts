/** GET /v1/results/{nps,emoji-survey,deviation-reports} and the live stream. Role `results`. */
import type { FastifyInstance } from 'fastify';
import { validate } from '../http/validate.js';
import { resultsFilterSchema } from '../results/filters.js';
import { RESULT_VIEWS } from '../results/results.js';
import type { Services } from '../services.js';

export function resultsRoutes(app: FastifyInstance, { tokens, results, streams }: Services): void {
  for (const view of RESULT_VIEWS) {
    app.get(`/v1/results/${view}`, async (request) => {
      tokens.authorize(request.headers.authorization, 'results');
      return results.compute(view, validate(resultsFilterSchema, request.query, 'query'));
    });
  }

  app.get('/v1/results/stream', async (request, reply) => {
    tokens.authorize(request.headers.authorization, 'results');
    const stream = streams.open(validate(resultsFilterSchema, request.query, 'query'));
    request.raw.once('close', () => stream.destroy());
    return reply
      .header('Content-Type', 'text/event-stream; charset=utf-8')
      .header('Cache-Control', 'no-store')
      // nginx would otherwise hold events back in its buffer.
      .header('X-Accel-Buffering', 'no')
      .send(stream);
  });
}
