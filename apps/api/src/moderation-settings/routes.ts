import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ModerationSettingsResponse, UpdateModerationSettingsBody } from '@village/domain';
import type { AppContext } from '../context.ts';
import { adminOnly, requireAdmin } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { getModerationSettings, updateModerationSettings } from './service.ts';

export const moderationSettingsRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['admin'];

  app.get(
    '/api/admin/moderation-settings',
    { onRequest: adminOnly, schema: { tags, response: responses({ 200: ModerationSettingsResponse }) } },
    async (request) => {
      requireAdmin(request);
      return getModerationSettings(ctx.db);
    },
  );

  app.patch(
    '/api/admin/moderation-settings',
    {
      onRequest: adminOnly,
      schema: { tags, body: UpdateModerationSettingsBody, response: responses({ 200: ModerationSettingsResponse }) },
    },
    async (request) => updateModerationSettings(ctx.db, requireAdmin(request), request.body),
  );
};
