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
    const reader = tokens.authorize(request.headers.authorization, 'results');
    const stream = streams.open(validate(resultsFilterSchema, request.query, 'query'), reader.fingerprint);
    // The response closes when the client leaves: stop computing results for nobody.
    reply.raw.once('close', () => stream.destroy());
    // The stream ends only when the collector shuts down: hang up then, rather than wait for the client.
    reply.raw.once('finish', () => reply.raw.socket?.destroy());
    return (
      reply
        .header('Content-Type', 'text/event-stream; charset=utf-8')
        .header('Cache-Control', 'no-store')
        // A stream ended by a shutdown must not leave a keep-alive connection for close() to wait on.
        .header('Connection', 'close')
        // nginx would otherwise hold events back in its buffer.
        .header('X-Accel-Buffering', 'no')
        .send(stream)
    );
  });
}
