import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AdminUserList, AdminUserQuery, AdminUserResponse, ChangeRoleBody, Uuid } from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { changeRole, findUsers } from './service.ts';

const UserParams = Type.Object({ userId: Uuid }, { additionalProperties: false });

export const roleRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['admin'];

  app.get(
    '/api/admin/users',
    {
      onRequest: adminOnly,
      schema: { tags, querystring: AdminUserQuery, response: responses({ 200: AdminUserList }) },
    },
    async (request) => {
      requireAdmin(request);
      return { users: await findUsers(ctx.db, request.query) };
    },
  );

  app.put(
    '/api/admin/users/:userId/role',
    {
      onRequest: adminOnly,
      schema: { tags, params: UserParams, body: ChangeRoleBody, response: responses({ 200: AdminUserResponse }) },
    },
    async (request) => ({
      user: await changeRole(ctx.db, requireAdmin(request), request.params.userId, request.body.role),
    }),
  );
};
