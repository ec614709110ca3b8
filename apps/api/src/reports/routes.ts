import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, ReportBody, ReportResponse } from '@village/domain';
import type { AppContext } from '../context.ts';
import { responses } from '../http/route-schema.ts';
import { reportPost } from './service.ts';

export const reportRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.post(
    '/api/posts/:postId/reports',
    {
      schema: {
        tags: ['reports'],
        params: IdParams('postId'),
        body: ReportBody,
        response: responses({ 201: ReportResponse, 200: ReportResponse }),
      },
    },
    async (request, reply) => {
      const { postId } = request.params as { postId: string };
      const { created, response } = await reportPost(ctx, request.actor, postId, request.body, request.log);
      return reply.status(created ? 201 : 200).send(response);
    },
  );
};
