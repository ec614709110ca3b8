import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.ts';

/** The websocket at /api/ws (being built). */
export const realtimeGateway: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (_app, _opts) => {};
