import type { Services } from '../services.js';

/** What app.ts gives every route plugin besides its prefix. */
export interface RouteOptions {
  readonly services: Services;
}
