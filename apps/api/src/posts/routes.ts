import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { EditPostBody, PostResponse, PostVersionList, ReactionKind, ReactionResponse, Uuid } from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { responses } from '../http/route-schema.ts';
import { deletePost, editPost, postVersionsFor, setReaction } from './service.ts';

const PostParams = Type.Object({ postId: Uuid }, { additionalProperties: false });
const ReactionParams = Type.Object({ postId: Uuid, kind: ReactionKind }, { additionalProperties: false });

export const postRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['posts'];

  app.patch(
    '/api/posts/:postId',
    { schema: { tags, params: PostParams, body: EditPostBody, response: responses({ 200: PostResponse }) } },
    async (request) => editPost(ctx, request.actor, request.params.postId, request.body, request.log),
  );

  app.delete(
    '/api/posts/:postId',
    { schema: { tags, params: PostParams, response: responses({ 200: PostResponse }) } },
    async (request) => ({ post: await deletePost(ctx, request.actor, request.params.postId, request.log) }),
  );

  app.get(
    '/api/posts/:postId/versions',
    { schema: { tags, params: PostParams, response: responses({ 200: PostVersionList }) } },
    async (request) => ({ versions: await postVersionsFor(ctx.db, request.actor, request.params.postId) }),
  );

  app.put(
    '/api/posts/:postId/reactions/:kind',
    { schema: { tags, params: ReactionParams, response: responses({ 200: ReactionResponse }) } },
    async (request) => setReaction(ctx, request.actor, request.params.postId, request.params.kind, true),
  );

  app.delete(
    '/api/posts/:postId/reactions/:kind',
    { schema: { tags, params: ReactionParams, response: responses({ 200: ReactionResponse }) } },
    async (request) => setReaction(ctx, request.actor, request.params.postId, request.params.kind, false),
  );
};
