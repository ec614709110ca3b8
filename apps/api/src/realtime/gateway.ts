import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CLOSE_CODES } from '@village/domain';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http/errors.ts';
import { connectRedis } from '../redis.ts';
import { followScope, recheckAccess } from './access.ts';
import { LiveSocket } from './connection.ts';
import { TopicHub } from './hub.ts';
import { subscribeToEvents } from './subscriber.ts';

/**
 * The one websocket at /api/ws. The session cookie and origin are checked before the upgrade;
 * every subscription is checked with the same policy as the HTTP routes; events reach a socket
 * only through topics it was allowed to follow.
 *
 * Every heartbeat interval (ctx.config.heartbeatMs, 25 s by default) the gateway pings each
 * socket, drops those that missed the previous ping, and re-checks every socket's session and
 * topics in a few batched queries: a member removed from a group, or whose session ended, stops
 * receiving within one interval. Between two checks she may still receive that group's events.
 */
export const realtimeGateway: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const hub = new TopicHub();
  const sockets = new Set<LiveSocket>();
  const log = app.log.child({ component: 'realtime' });

  // A dedicated connection: a Redis connection in subscriber mode can run no other command.
  const redis = connectRedis(ctx.config.redisUrl, 'subscriber');
  redis.on('error', (error) => log.warn({ err: { message: error.message } }, 'event subscriber connection error'));
  await subscribeToEvents(redis, ctx.config.redisPrefix, (event) => hub.deliver(event));

  let rechecking = false;
  async function recheck() {
    if (rechecking || sockets.size === 0) return;
    rechecking = true;
    try {
      const snapshots = [...sockets].map((s) => s.snapshot());
      const results = await recheckAccess(
        ctx.db,
        snapshots.map((s) => s.held),
      );
      for (const [i, s] of snapshots.entries()) s.apply(results[i] ?? null);
    } catch (error) {
      // Keep what each socket follows: the next interval tries again.
      log.warn({ err: { message: (error as Error).message } }, 'websocket access re-check failed');
    } finally {
      rechecking = false;
    }
  }

  const heartbeat = setInterval(() => {
    for (const socket of sockets) socket.heartbeat();
    void recheck();
  }, ctx.config.heartbeatMs);
  heartbeat.unref();

  // On close, @fastify/websocket's own preClose hook has already closed every socket (1005).
  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    redis.disconnect();
  });

  app.get(
    '/api/ws',
    {
      websocket: true,
      schema: { hide: true },
      // Before the upgrade: a foreign (or missing) origin or no valid session means no socket at all.
      preValidation: async (request) => {
        if (request.headers.origin !== ctx.config.publicOrigin) {
          throw new HttpError('cross_origin', 'Live updates are only available on the Village site.');
        }
        if (!request.actor || !request.sessionId) {
          throw new HttpError('unauthenticated', 'Sign in to receive live updates.');
        }
      },
    },
    (socket, request) => {
      const actor = request.actor;
      const sessionId = request.sessionId;
      if (!actor || !sessionId) return socket.close(CLOSE_CODES.sessionEnded, 'session ended');
      const live = new LiveSocket(socket, actor, sessionId, {
        hub,
        log,
        mayFollow: (who, topic) => followScope(ctx.db, who, topic),
      });
      sockets.add(live);
      // Attached synchronously, before any await, so no early message is lost.
      socket.on('message', (data: Buffer, isBinary: boolean) => live.receive(data, isBinary));
      socket.on('pong', () => {
        live.alive = true;
      });
      socket.on('close', () => {
        sockets.delete(live);
        live.release();
      });
    },
  );
};
