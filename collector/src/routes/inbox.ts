/**
 * GET /inbox and its script: public, because the page holds nothing; the element signs in against
 * the API with a `reports` token and unlocks with the handler's passphrase in the browser.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../http/problems.js';
import {
  INBOX_HEADERS,
  INBOX_HTML,
  INBOX_SCRIPT_PATH,
  inboxScriptFile,
  readInboxScript,
} from '../http/inbox-page.js';
import type { RouteOptions } from './route-options.js';

const config = { access: 'public' } as const;

export const inboxRoutes: FastifyPluginAsyncZod<RouteOptions> = async (
  app,
  { services: { config: collectorConfig } },
) => {
  const file = collectorConfig.inboxScript ?? inboxScriptFile();
  app.get('/inbox', { config }, async (_request, reply) =>
    reply
      .headers(INBOX_HEADERS)
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(INBOX_HTML),
  );

  app.get(INBOX_SCRIPT_PATH, { config }, async (_request, reply) => {
    const script = await readInboxScript(file);
    if (script === undefined) {
      throw new HttpProblem(
        404,
        'the inbox is not built: dist/inbox/inbox.js is missing from the palaute package',
        ['run `npm run build` in the palaute repository, then restart the collector'],
      );
    }
    return reply
      .headers(INBOX_HEADERS)
      .header('Cache-Control', 'no-cache')
      .type('text/javascript; charset=utf-8')
      .send(script);
  });
};
