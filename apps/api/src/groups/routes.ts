import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  DecideJoinBody,
  GroupList,
  GroupListQuery,
  GroupResponse,
  JoinRequestList,
  JoinResponse,
  Ok,
  Uuid,
} from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { responses } from '../http/route-schema.ts';
import { acceptGroundRules, decideJoinRequest, getGroup, joinGroup, listGroups, listJoinRequests } from './service.ts';

const GroupParams = Type.Object({ groupId: Uuid }, { additionalProperties: false });
const RequestParams = Type.Object({ groupId: Uuid, userId: Uuid }, { additionalProperties: false });

export const groupRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['groups'];

  app.get(
    '/api/groups',
    { schema: { tags, querystring: GroupListQuery, response: responses({ 200: GroupList }) } },
    async (request) => ({
      groups: await listGroups(ctx.db, request.actor, request.query),
    }),
  );

  app.get(
    '/api/groups/:groupId',
    { schema: { tags, params: GroupParams, response: responses({ 200: GroupResponse }) } },
    async (request) => ({ group: await getGroup(ctx.db, request.actor, request.params.groupId) }),
  );

  app.post(
    '/api/groups/:groupId/join',
    { schema: { tags, params: GroupParams, response: responses({ 200: JoinResponse }) } },
    async (request) => ({ membership: await joinGroup(ctx.db, request.actor, request.params.groupId) }),
  );

  app.post(
    '/api/groups/:groupId/ground-rules',
    { schema: { tags, params: GroupParams, response: responses({ 200: JoinResponse }) } },
    async (request) => ({ membership: await acceptGroundRules(ctx.db, request.actor, request.params.groupId) }),
  );

  app.get(
    '/api/groups/:groupId/requests',
    { schema: { tags, params: GroupParams, response: responses({ 200: JoinRequestList }) } },
    async (request) => ({ requests: await listJoinRequests(ctx.db, request.actor, request.params.groupId) }),
  );

  app.post(
    '/api/groups/:groupId/requests/:userId',
    { schema: { tags, params: RequestParams, body: DecideJoinBody, response: responses({ 200: Ok }) } },
    async (request) => {
      const { groupId, userId } = request.params;
      await decideJoinRequest(ctx.db, request.actor, groupId, userId, request.body.decision);
      return { ok: true as const };
    },
  );
};
