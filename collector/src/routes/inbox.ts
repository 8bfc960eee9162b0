/**
 * GET /inbox and its script: public, because the page holds nothing; the element signs in against
 * the API with a `reports` token and unlocks with the handler's passphrase in the browser.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { INBOX_PAGE } from '../http/inbox-page.js';
import { servedPageRoutes } from '../http/served-page.js';
import type { RouteOptions } from './route-options.js';

export const inboxRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services: { config } }) => {
  await app.register(servedPageRoutes(INBOX_PAGE, config.inboxScript));
};
