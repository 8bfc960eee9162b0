/**
 * /v1/reports keys and handlers (docs/sealed-reports.md). The public key is public: pages and
 * anyone may check what reports are sealed to. The rest is role `reports`: the inbox reads a
 * handler's keyring to unlock it, and adds handlers and rotates the key with what it sealed.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { importReportPublicKey, reportKeyId, type ReportPublicKeyJwk } from 'palaute/crypto';
import { HttpProblem } from '../http/problems.js';
import { readerOf } from '../http/route-access.js';
import {
  handlerParamsSchema,
  newHandlerSchema,
  newReportKeySchema,
  RECOVERY_HANDLER,
} from '../reports/key-schemas.js';
import type { RouteOptions } from './route-options.js';

const config = { access: 'reports' } as const;
const handlerParams = handlerParamsSchema.describe('handler name');
const newHandler = newHandlerSchema.describe('new handler');
const newKey = newReportKeySchema.describe('new reports key');

const noHandler = () => new HttpProblem(404, 'no handler with this name');
const refused = (error: string, problems: string[]) => new HttpProblem(422, error, problems);

/** The schema checks the JWK's shape; this that it is a point on the curve, as the browsers will. */
async function checkPoint(field: string, jwk: ReportPublicKeyJwk): Promise<void> {
  try {
    await importReportPublicKey(jwk);
  } catch {
    throw refused('the public key is not a P-256 key', [`${field}: not a point on P-256`]);
  }
}

export const reportKeyRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  const { reportKeys } = services;

  app.get('/reports/public-key', { config: { access: 'public' } }, async () => {
    const key = await reportKeys.current();
    if (!key) throw new HttpProblem(404, 'no reports key yet: run `palaute-collector reports init`');
    return key;
  });

  app.get('/reports/keyring/:handler', { config, schema: { params: handlerParams } }, async (request) => {
    const { handler } = request.params;
    const keyring = await reportKeys.keyring(handler);
    if (!keyring) throw noHandler();
    request.log.info({ handler, actor: readerOf(request).fingerprint }, 'keyring read');
    return keyring;
  });

  app.get('/reports/handlers', { config }, async () => ({ handlers: await reportKeys.handlers() }));

  app.post('/reports/handlers', { config, schema: { body: newHandler } }, async (request, reply) => {
    const handler = request.body;
    const actor = readerOf(request).fingerprint;
    const { x, y } = handler.wrappedKey.publicKey;
    if (x !== handler.publicKey.x || y !== handler.publicKey.y) {
      throw refused("the wrapped key is not the handler's", [
        'wrappedKey.publicKey: should be the same key as publicKey',
      ]);
    }
    await checkPoint('publicKey', handler.publicKey);
    const outcome = await reportKeys.addHandler(handler, actor);
    if (outcome === 'exists') throw new HttpProblem(409, 'a handler with this name exists');
    if (outcome === 'no-keys') {
      throw new HttpProblem(409, 'no reports key yet: run `palaute-collector reports init`');
    }
    if (outcome !== 'added')
      throw refused('the handler needs a grant of every reports key', outcome.problems);
    request.log.info({ handler: handler.name, actor }, 'report handler added');
    return reply.code(201).send({ name: handler.name });
  });

  app.delete(
    '/reports/handlers/:handler',
    { config, schema: { params: handlerParams } },
    async (request, reply) => {
      const { handler } = request.params;
      const actor = readerOf(request).fingerprint;
      const outcome = await reportKeys.removeHandler(handler, actor);
      if (outcome === 'recovery') {
        throw new HttpProblem(409, `the ${RECOVERY_HANDLER} handler cannot be removed`);
      }
      if (outcome === 'not-found') throw noHandler();
      request.log.info({ handler, actor }, 'report handler removed');
      return reply.code(204).send();
    },
  );

  app.post('/reports/keys', { config, schema: { body: newKey } }, async (request, reply) => {
    const key = request.body;
    const actor = readerOf(request).fingerprint;
    await checkPoint('publicKey', key.publicKey);
    const kid = await reportKeyId(key.publicKey);
    if (key.kid !== undefined && key.kid !== kid) {
      throw refused("the key id is not the public key's", [
        'kid: should be the RFC 7638 thumbprint of publicKey',
      ]);
    }
    const outcome = await reportKeys.rotate(kid, key, actor);
    if (outcome === 'exists') throw new HttpProblem(409, 'this reports key is stored already');
    if (outcome !== 'rotated') throw refused('the new key needs a grant for every handler', outcome.problems);
    request.log.info({ kid, actor }, 'reports key rotated');
    return reply.code(201).send({ kid });
  });
};
