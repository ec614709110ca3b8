import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AddResourceBody,
  FindSupportQuery,
  FindSupportResult,
  GroupSupport,
  GroupSupportQuery,
  Ok,
  PackParams,
  ResourceList,
  ResourceListQuery,
  ResourcePackList,
  ResourcePackResponse,
  ResourceResponse,
  SavedPackList,
  SavedPackResponse,
  UpdateResourceBody,
  Uuid,
} from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { listSavedPacks, savePack, unsavePack } from './saved-packs.ts';
import {
  addResource,
  findSupport,
  getPack,
  groupSupport,
  listPacks,
  listResources,
  removeResource,
  updateResource,
} from './service.ts';

const ResourceParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const resourceRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Public: anyone, signed in or not, can find support.
  const tags = ['help'];
  app.get(
    '/api/resources',
    { schema: { tags, querystring: ResourceListQuery, response: responses({ 200: ResourceList }) } },
    async (request) => listResources(ctx.db, request.query),
  );
  app.get(
    '/api/resources/for-group',
    { schema: { tags, querystring: GroupSupportQuery, response: responses({ 200: GroupSupport }) } },
    async (request) => ({ resources: await groupSupport(ctx.db, request.query) }),
  );
  app.get(
    '/api/find-support',
    { schema: { tags, querystring: FindSupportQuery, response: responses({ 200: FindSupportResult }) } },
    async (request) => findSupport(ctx.db, request.actor, request.query),
  );
  app.get('/api/resource-packs', { schema: { tags, response: responses({ 200: ResourcePackList }) } }, async () => ({
    packs: await listPacks(ctx.db),
  }));
  app.get(
    '/api/resource-packs/:slug',
    { schema: { tags, params: PackParams, response: responses({ 200: ResourcePackResponse }) } },
    async (request) => ({ pack: await getPack(ctx.db, request.params.slug) }),
  );

  // Her own saved packs: signed in only.
  app.get(
    '/api/me/saved-packs',
    { schema: { tags, response: responses({ 200: SavedPackList }) } },
    async (request) => ({ packs: await listSavedPacks(ctx.db, request.actor) }),
  );
  app.put(
    '/api/me/saved-packs/:slug',
    { schema: { tags, params: PackParams, response: responses({ 200: SavedPackResponse }) } },
    async (request) => savePack(ctx.db, request.actor, request.params.slug),
  );
  app.delete(
    '/api/me/saved-packs/:slug',
    { schema: { tags, params: PackParams, response: responses({ 200: SavedPackResponse }) } },
    async (request) => unsavePack(ctx.db, request.actor, request.params.slug),
  );

  const admin = ['admin'];
  app.post(
    '/api/admin/resources',
    {
      onRequest: adminOnly,
      schema: { tags: admin, body: AddResourceBody, response: responses({ 201: ResourceResponse }) },
    },
    async (request, reply) => {
      const resource = await addResource(ctx.db, requireAdmin(request), request.body);
      return reply.status(201).send({ resource });
    },
  );
  app.patch(
    '/api/admin/resources/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags: admin,
        params: ResourceParams,
        body: UpdateResourceBody,
        response: responses({ 200: ResourceResponse }),
      },
    },
    async (request) => ({
      resource: await updateResource(ctx.db, requireAdmin(request), request.params.id, request.body),
    }),
  );
  app.delete(
    '/api/admin/resources/:id',
    { onRequest: adminOnly, schema: { tags: admin, params: ResourceParams, response: responses({ 200: Ok }) } },
    async (request) => {
      await removeResource(ctx.db, requireAdmin(request), request.params.id);
      return { ok: true as const };
    },
  );
};
