/** GET /v1/results/<view> (one per kind of answer) and the live stream. Role `results`. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readerOf } from '../http/route-access.js';
import { resultsFilterSchema } from '../results/filters.js';
import { RESULTS_BY_KIND } from '../results/results-by-kind.js';
import { KINDS } from '../kinds.js';
import type { RouteOptions } from './route-options.js';

const ACCESS = { access: 'results' } as const;
const READ_RESULTS = { config: ACCESS, schema: { querystring: resultsFilterSchema } } as const;

export const resultsRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  const { results, streams } = services;
  for (const kind of KINDS) {
    // Each view validates its own query: only the meeting view takes `role`.
    const { view, query } = RESULTS_BY_KIND[kind];
    app.get(`/results/${view}`, { config: ACCESS, schema: { querystring: query } }, async (request) =>
      results.compute(view, request.query),
    );
  }

  app.get('/results/stream', READ_RESULTS, async (request, reply) => {
    const stream = streams.open(request.query, readerOf(request).fingerprint);
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
};
