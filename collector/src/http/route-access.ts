/**
 * Who may call a route is declared on the route, `config: { access: 'reports' }` (a role) or
 * `config: { access: 'public' }`, and checked here in one onRequest hook, before the body is read.
 * A route registered without a declaration stops the collector at start: a new route cannot be
 * left open by forgetting. Every declaration is kept in a table that a test walks.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ROLES, type Reader, type Role, type TokenRegistry } from '../auth.js';

export const PUBLIC = 'public';
export type Access = Role | typeof PUBLIC;

export interface RouteAccess {
  readonly method: string;
  readonly url: string;
  readonly access: Access;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    /** Who presented the token, on a route with a role; null on public routes. */
    reader: Reader | null;
  }
  interface FastifyInstance {
    /** Every route registered after guardRoutes, with who may call it. */
    readonly routeTable: readonly RouteAccess[];
  }
}

const isAccess = (value: unknown): value is Access =>
  value === PUBLIC || (ROLES as readonly unknown[]).includes(value);

/** Installs the check on every route registered after it (so not on the CORS preflight route). */
export function guardRoutes(app: FastifyInstance, tokens: TokenRegistry): void {
  const table: RouteAccess[] = [];
  app.decorate('routeTable', table);
  app.decorateRequest('reader', null);

  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    const access: unknown = route.config?.access;
    if (!isAccess(access)) {
      throw new Error(
        `${methods.join(',')} ${route.url} does not say who may call it: ` +
          `give it config: { access: '${PUBLIC}' } or a role (${ROLES.join(', ')})`,
      );
    }
    for (const method of methods) table.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    const { access } = request.routeOptions.config;
    // A 404 has no route to protect; public routes need no token.
    if (request.is404 || access === undefined || access === PUBLIC) return;
    request.reader = tokens.authorize(request.headers.authorization, access);
  });
}

/** The reader of a request to a route with a role, for audit rows and logs. */
export function readerOf(request: FastifyRequest): Reader {
  if (!request.reader)
    throw new Error(`${request.method} ${request.routeOptions.url} has no role to read by`);
  return request.reader;
}
