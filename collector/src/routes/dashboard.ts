/**
 * GET / and its script: the results dashboard, public because the page holds nothing; the
 * element signs in against the API with a `results` token, kept in its memory only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DASHBOARD_PAGE } from '../http/dashboard-page.js';
import { servedPageRoutes } from '../http/served-page.js';
import type { RouteOptions } from './route-options.js';

export const dashboardRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services: { config } }) => {
  await app.register(servedPageRoutes(DASHBOARD_PAGE, config.dashboardScript));
};
