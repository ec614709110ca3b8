import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParams,
  ModerationActionBody,
  ModerationItemDetail,
  ModerationItemResponse,
  ModerationQueue,
  ModerationQueueQuery,
  Ok,
  SecondLookBody,
} from '@village/domain';
import type { AppContext } from '../context.ts';
import { responses } from '../http/route-schema.ts';
import { actOnItem } from './actions.ts';
import { claimItem, releaseItem } from './claims.ts';
import { itemDetail, listQueue } from './queue.ts';
import { requestSecondLook } from './second-look.ts';

const ItemParams = IdParams('itemId');
type ItemId = { itemId: string };

export const moderationRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['moderation'];

  app.get(
    '/api/moderation/items',
    { schema: { tags, querystring: ModerationQueueQuery, response: responses({ 200: ModerationQueue }) } },
    async (request) => listQueue(ctx.db, request.actor, request.query),
  );

  app.get(
    '/api/moderation/items/:itemId',
    { schema: { tags, params: ItemParams, response: responses({ 200: ModerationItemDetail }) } },
    async (request) => itemDetail(ctx.db, request.actor, (request.params as ItemId).itemId),
  );

  app.post(
    '/api/moderation/items/:itemId/claim',
    { schema: { tags, params: ItemParams, response: responses({ 200: ModerationItemResponse }) } },
    async (request) => ({ item: await claimItem(ctx, request.actor, (request.params as ItemId).itemId) }),
  );

  app.post(
    '/api/moderation/items/:itemId/release',
    { schema: { tags, params: ItemParams, response: responses({ 200: ModerationItemResponse }) } },
    async (request) => ({ item: await releaseItem(ctx, request.actor, (request.params as ItemId).itemId) }),
  );

  app.post(
    '/api/moderation/items/:itemId/actions',
    {
      schema: {
        tags,
        params: ItemParams,
        body: ModerationActionBody,
        response: responses({ 200: ModerationItemResponse }),
      },
    },
    async (request) => ({
      item: await actOnItem(ctx, request.actor, (request.params as ItemId).itemId, request.body),
    }),
  );

  app.post(
    '/api/posts/:postId/second-look',
    { schema: { tags, params: IdParams('postId'), body: SecondLookBody, response: responses({ 201: Ok }) } },
    async (request, reply) => {
      await requestSecondLook(
        ctx,
        request.actor,
        (request.params as { postId: string }).postId,
        request.body.note ?? null,
      );
      return reply.status(201).send({ ok: true as const });
    },
  );
};
