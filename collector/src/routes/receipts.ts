/**
 * POST /v1/receipts: a reporter comes back with their receipt code (issue 20). Public, with the
 * ingest's CORS. The lookup key travels only in this body: never in a URL (which proxies and
 * logs keep) and never in a log line. Any wrong code is the same 404, in no less time than a hit.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { setTimeout as sleep } from 'node:timers/promises';
import { receiptVerifier } from 'palaute/crypto';
import { z } from 'zod';
import { HttpProblem } from '../http/problems.js';
import { findFollowUp } from '../reports/receipts.js';
import type { RouteOptions } from './route-options.js';

const lookupSchema = z
  .strictObject({ lookupKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'should be 43 base64url characters') })
  .describe('lookup');

/** The one answer for "no such report" and "wrong code": the body must not tell them apart. */
export const receiptNotFound = () => new HttpProblem(404, 'not-found');

export const tooManyGuesses = (retryAfterS: number) =>
  new HttpProblem(
    429,
    'too many wrong receipt codes from here; try again later',
    [`retry after ${retryAfterS} s`],
    {
      'retry-after': String(retryAfterS),
    },
  );

export const receiptRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  const { db, config, reportKeys, receiptGuards } = services;
  // A hit reads more rows than a miss, and a miss goes through the error handler: every answer
  // waits, just before it is sent, until the same minimum has passed since the request came in.
  const padded = async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const wait = config.tuning.receiptMinResponseMs - reply.elapsedTime;
    if (wait > 0) await sleep(wait);
    return payload;
  };
  app.post(
    '/receipts',
    { config: { access: 'public' }, schema: { body: lookupSchema }, onSend: padded },
    async (request) => {
      const limited = await receiptGuards.lookupLimited(request.ip);
      if (limited) throw tooManyGuesses(limited.retryAfterS);
      const verifier = await receiptVerifier(request.body.lookupKey);
      const followUp = await findFollowUp(db, reportKeys, config, config.clock(), verifier);
      if (followUp) return followUp;
      await receiptGuards.lookupFailed(request.ip);
      throw receiptNotFound();
    },
  );
};
