/**
 * CORS for the configured origins only, through @fastify/cors. Widgets send without cookies
 * (`credentials: 'omit'`), so credentials are never allowed; preflights are cached for a day.
 */
import type { FastifyCorsOptions } from '@fastify/cors';

export const PREFLIGHT_MAX_AGE_S = 24 * 60 * 60;

export function corsOptions(allowedOrigins: readonly string[]): FastifyCorsOptions {
  return {
    origin: allowedOrigins.length ? [...allowedOrigins] : false,
    methods: ['GET', 'POST', 'PATCH', 'DELETE'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key', 'Authorization'],
    // Without it a page cannot read Retry-After and backs off blindly.
    exposedHeaders: ['Retry-After'],
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_S,
    strictPreflight: true,
  };
}
