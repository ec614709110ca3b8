import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AddHelplineBody,
  HelplineList,
  HelplineResponse,
  Ok,
  ReorderHelplinesBody,
  UpdateHelplineBody,
  Uuid,
} from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { addHelpline, loadHelplines, removeHelpline, reorderHelplines, updateHelpline } from './service.ts';

const HelplineParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const helplineRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  // Public: anyone, signed in or not, must be able to find help.
  app.get('/api/helplines', { schema: { tags: ['help'], response: responses({ 200: HelplineList }) } }, async () => ({
    helplines: await loadHelplines(ctx.db),
  }));

  const tags = ['admin'];
  app.post(
    '/api/admin/helplines',
    { onRequest: adminOnly, schema: { tags, body: AddHelplineBody, response: responses({ 201: HelplineResponse }) } },
    async (request, reply) => {
      const helpline = await addHelpline(ctx.db, requireAdmin(request), request.body);
      return reply.status(201).send({ helpline });
    },
  );

  app.patch(
    '/api/admin/helplines/:id',
    {
      onRequest: adminOnly,
      schema: {
        tags,
        params: HelplineParams,
        body: UpdateHelplineBody,
        response: responses({ 200: HelplineResponse }),
      },
    },
    async (request) => ({
      helpline: await updateHelpline(ctx.db, requireAdmin(request), request.params.id, request.body),
    }),
  );

  app.delete(
    '/api/admin/helplines/:id',
    { onRequest: adminOnly, schema: { tags, params: HelplineParams, response: responses({ 200: Ok }) } },
    async (request) => {
      await removeHelpline(ctx.db, requireAdmin(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.put(
    '/api/admin/helplines/order',
    { onRequest: adminOnly, schema: { tags, body: ReorderHelplinesBody, response: responses({ 200: HelplineList }) } },
    async (request) => ({ helplines: await reorderHelplines(ctx.db, requireAdmin(request), request.body.ids) }),
  );
};
