import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { auditRoutes } from './audit/routes.ts';
import { sessionAuth } from './auth/plugin.ts';
import { authRoutes } from './auth/routes.ts';
import { calendarRoutes } from './calendar/routes.ts';
import type { AppContext } from './context.ts';
import { groupAdminRoutes } from './groups/admin-routes.ts';
import { groupRoutes } from './groups/routes.ts';
import { helplineRoutes } from './helplines/routes.ts';
import { errorHandler } from './http/error-handler.ts';
import { openApi } from './http/openapi.ts';
import { sameOrigin } from './http/same-origin.ts';
import { loggerOptions } from './logging.ts';
import { moderationRoutes } from './moderation/routes.ts';
import { moderationSettingsRoutes } from './moderation-settings/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { postRoutes } from './posts/routes.ts';
import { realtimeGateway } from './realtime/gateway.ts';
import { reportRoutes } from './reports/routes.ts';
import { resourceRoutes } from './resources/routes.ts';
import { roleRoutes } from './roles/routes.ts';
import { sessionRoutes } from './sessions/routes.ts';
import { threadRoutes } from './threads/routes.ts';
import { trainingRoutes } from './training/routes.ts';
import { watchedWordRoutes } from './watched-words/routes.ts';

export type App = Awaited<ReturnType<typeof buildApp>>;

/** External plugins, then app plugins, then feature routes (the fastify/demo order). */
export async function buildApp(
  ctx: AppContext,
  opts: { logger?: FastifyServerOptions['logger']; loggerInstance?: FastifyServerOptions['loggerInstance'] } = {},
) {
  const app = Fastify({
    ...(opts.loggerInstance
      ? { loggerInstance: opts.loggerInstance }
      : { logger: opts.logger ?? loggerOptions(ctx.config.logLevel) }),
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 64 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true } },
    return503OnClosing: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Frames up to 64 KiB are read and answered with an error past the message limit; larger ones close the socket (1009).
  // Graceful stop: requests already in flight finish, and their keep-alive connections close with
  // them (else an idle keep-alive socket would hold the server open until its timeout).
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(errorHandler);
  await app.register(openApi);
  await app.register(sessionAuth, { ctx });
  await app.register(sameOrigin, { publicOrigin: ctx.config.publicOrigin });

  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true }));
  await app.register(authRoutes, { ctx });
  await app.register(groupRoutes, { ctx });
  await app.register(threadRoutes, { ctx });
  await app.register(postRoutes, { ctx });
  await app.register(reportRoutes, { ctx });
  await app.register(moderationRoutes, { ctx });
  await app.register(notificationRoutes, { ctx });
  // The admin side of moderation (every /api/admin route checks canAdminister); /api/helplines is public.
  await app.register(helplineRoutes, { ctx });
  await app.register(resourceRoutes, { ctx });
  await app.register(watchedWordRoutes, { ctx });
  await app.register(moderationSettingsRoutes, { ctx });
  await app.register(groupAdminRoutes, { ctx });
  await app.register(roleRoutes, { ctx });
  await app.register(auditRoutes, { ctx });
  await app.register(sessionRoutes, { ctx });
  await app.register(trainingRoutes, { ctx });
  await app.register(calendarRoutes, { ctx });
  await app.register(realtimeGateway, { ctx });
  return app;
}
