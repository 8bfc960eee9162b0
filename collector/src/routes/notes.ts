/**
 * "You said, we did" (issue 22). Staff with the `results` role publish, list and withdraw notes;
 * anyone reads a unit's latest notes in a language, as the children's element does from another
 * origin (CORS for the allowed origins, as every route). The public read may be stored by any cache
 * but is revalidated on every use (`public, no-cache` and a strong ETag): unchanged notes cost a 304
 * without a body, and a withdrawn note is gone from the next read everywhere, not a minute later.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HttpProblem } from '../http/problems.js';
import { readerOf } from '../http/route-access.js';
import {
  newNoteSchema,
  PUBLIC_NOTES_DEFAULT_LIMIT,
  publicNotesQuerySchema,
  staffNotesQuerySchema,
} from '../notes/note-schemas.js';
import { idParamsSchema } from './id-params.js';
import type { RouteOptions } from './route-options.js';

const config = { access: 'results' } as const;
const noteId = idParamsSchema.describe('note id');

/** A strong validator of the body: the same notes, the same tag, on every collector of a database. */
const entityTag = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

const matches = (header: string | undefined, tag: string) =>
  header !== undefined && header.split(',').some((value) => value.trim().replace(/^W\//, '') === tag);

export const noteRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { services }) => {
  const { notes } = services;

  app.post('/notes', { config, schema: { body: newNoteSchema } }, async (request, reply) => {
    const actor = readerOf(request).fingerprint;
    const note = await notes.publish(request.body, actor);
    request.log.info({ noteId: note.id, unit: note.unit, actor }, 'note published');
    return reply.code(201).header('Cache-Control', 'no-store').send(note);
  });

  app.post('/notes/:id/withdraw', { config, schema: { params: noteId } }, async (request, reply) => {
    const actor = readerOf(request).fingerprint;
    const note = await notes.withdraw(request.params.id, actor);
    if (!note) throw new HttpProblem(404, 'no note with this id');
    request.log.info({ noteId: note.id, actor }, 'note withdrawn');
    return reply.header('Cache-Control', 'no-store').send(note);
  });

  app.get('/notes', { config, schema: { querystring: staffNotesQuerySchema } }, async (request, reply) => {
    const list = await notes.all(request.query.unit);
    return reply.header('Cache-Control', 'no-store').send({ notes: list });
  });

  app.get(
    '/public/notes',
    { config: { access: 'public' }, schema: { querystring: publicNotesQuerySchema } },
    async (request, reply) => {
      const { unit, lang, limit = PUBLIC_NOTES_DEFAULT_LIMIT } = request.query;
      const body = JSON.stringify({ notes: await notes.latest(unit, lang, limit) });
      const tag = entityTag(body);
      reply.header('Cache-Control', 'public, no-cache').header('ETag', tag);
      if (matches(request.headers['if-none-match'], tag)) return reply.code(304).send();
      return reply.header('Content-Type', 'application/json; charset=utf-8').send(body);
    },
  );
};
