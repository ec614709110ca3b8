import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AdminGroupList, AdminGroupResponse, UpdateGroupModerationBody, Uuid } from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { listAdminGroups, updateGroupModeration } from './admin-service.ts';

const GroupParams = Type.Object({ groupId: Uuid }, { additionalProperties: false });

export const groupAdminRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['admin'];

  app.get(
    '/api/admin/groups',
    { onRequest: adminOnly, schema: { tags, response: responses({ 200: AdminGroupList }) } },
    async (request) => {
      requireAdmin(request);
      return { groups: await listAdminGroups(ctx.db) };
    },
  );

  app.patch(
    '/api/admin/groups/:groupId/moderation',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        params: GroupParams,
        body: UpdateGroupModerationBody,
        response: responses({ 200: AdminGroupResponse }),
      },
    },
    async (request) => ({
      group: await updateGroupModeration(ctx.db, requireAdmin(request), request.params.groupId, request.body),
    }),
  );
};
