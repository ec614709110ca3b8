import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AddWatchedWordBody,
  Ok,
  UpdateWatchedWordBody,
  Uuid,
  WatchedWordList,
  WatchedWordResponse,
} from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { addWatchedWord, changeWatchedWordAction, listWatchedWords, removeWatchedWord } from './service.ts';

const WordParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const watchedWordRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['admin'];

  app.get(
    '/api/admin/watched-words',
    { onRequest: adminOnly, schema: { tags, response: responses({ 200: WatchedWordList }) } },
    async (request) => {
      requireAdmin(request);
      return { watchedWords: await listWatchedWords(ctx.db) };
    },
  );

  app.post(
    '/api/admin/watched-words',
    {
      onRequest: adminOnly,
      schema: { tags, body: AddWatchedWordBody, response: responses({ 201: WatchedWordResponse }) },
    },
    async (request, reply) => {
      const watchedWord = await addWatchedWord(ctx.db, requireAdmin(request), request.body);
      return reply.status(201).send({ watchedWord });
    },
  );

  app.patch(
    '/api/admin/watched-words/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        params: WordParams,
        body: UpdateWatchedWordBody,
        response: responses({ 200: WatchedWordResponse }),
      },
    },
    async (request) => ({
      watchedWord: await changeWatchedWordAction(ctx.db, requireAdmin(request), request.params.id, request.body.action),
    }),
  );

  app.delete(
    '/api/admin/watched-words/:id',
    { onRequest: adminOnly, schema: { tags, params: WordParams, response: responses({ 200: Ok }) } },
    async (request) => {
      await removeWatchedWord(ctx.db, requireAdmin(request), request.params.id);
      return { ok: true as const };
    },
  );
};
