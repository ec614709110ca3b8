import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreatePostBody,
  CreateThreadBody,
  CreateThreadResponse,
  PageQuery,
  PostPage,
  PostResponse,
  ThreadList,
  ThreadResponse,
  Uuid,
} from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { responses } from '../http/route-schema.ts';
import { createReply, listThreadPosts } from '../posts/service.ts';
import { createThread, getThread, listThreads } from './service.ts';

const GroupParams = Type.Object({ groupId: Uuid }, { additionalProperties: false });
const ThreadParams = Type.Object({ threadId: Uuid }, { additionalProperties: false });
const ThreadPageQuery = Type.Object({ after: PageQuery.properties.after }, { additionalProperties: false });

export const threadRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['threads'];

  app.get(
    '/api/groups/:groupId/threads',
    { schema: { tags, params: GroupParams, querystring: ThreadPageQuery, response: responses({ 200: ThreadList }) } },
    async (request) => listThreads(ctx.db, request.actor, request.params.groupId, request.query.after),
  );

  app.post(
    '/api/groups/:groupId/threads',
    {
      schema: { tags, params: GroupParams, body: CreateThreadBody, response: responses({ 201: CreateThreadResponse }) },
    },
    async (request, reply) => {
      const created = await createThread(ctx, request.actor, request.params.groupId, request.body, request.log);
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/threads/:threadId',
    { schema: { tags, params: ThreadParams, response: responses({ 200: ThreadResponse }) } },
    async (request) => ({ thread: await getThread(ctx.db, request.actor, request.params.threadId) }),
  );

  app.get(
    '/api/threads/:threadId/posts',
    {
      schema: { tags: ['posts'], params: ThreadParams, querystring: PageQuery, response: responses({ 200: PostPage }) },
    },
    async (request) => listThreadPosts(ctx.db, request.actor, request.params.threadId, request.query),
  );

  app.post(
    '/api/threads/:threadId/posts',
    {
      schema: {
        tags: ['posts'],
        params: ThreadParams,
        body: CreatePostBody,
        response: responses({ 201: PostResponse }),
      },
    },
    async (request, reply) => {
      const created = await createReply(ctx, request.actor, request.params.threadId, request.body, request.log);
      return reply.status(201).send(created);
    },
  );
};
