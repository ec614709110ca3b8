import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { NotificationList, Ok } from '@village/domain';
import { Type } from 'typebox';
import { requireUser } from '../auth/plugin.ts';
import type { AppContext } from '../context.ts';
import { responses } from '../http/route-schema.ts';
import { listNotifications, markAllRead } from './service.ts';

export const notificationRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['notifications'];

  app.get(
    '/api/me/notifications',
    { schema: { tags, response: responses({ 200: NotificationList }) } },
    async (request) => listNotifications(ctx.db, requireUser(request).id),
  );

  app.post(
    '/api/me/notifications/read',
    {
      schema: {
        tags,
        body: Type.Optional(Type.Object({}, { additionalProperties: false })),
        response: responses({ 200: Ok }),
      },
    },
    async (request) => {
      await markAllRead(ctx.db, requireUser(request).id);
      return { ok: true as const };
    },
  );
};
