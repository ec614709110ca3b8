import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  type Actor,
  CLIENT_MESSAGE_BURST,
  CLIENT_MESSAGE_WINDOW_MS,
  canReadGroupPosts,
  MAX_CLIENT_FRAME_BYTES,
  parseClientMessage,
  parseTopic,
  type ServerMessage,
  topicName,
} from '@village/domain';
import type { WebSocket } from 'ws';
import type { AppContext } from '../context.ts';
import { loadGroupAccess, loadThreadAccess } from '../groups/access.ts';
import { HttpError } from '../http/errors.ts';
import { isCrossOrigin } from '../http/same-origin.ts';
import { connectRedis } from '../redis.ts';
import { TopicHub } from './hub.ts';
import { subscribeToEvents } from './subscriber.ts';
import { MessageThrottle } from './throttle.ts';

const MAX_TOPICS_PER_SOCKET = 50;
/** Strikes (windows over the limit) before a flooding socket is closed. */
const MAX_STRIKES = 3;

interface Connection {
  socket: WebSocket;
  actor: NonNullable<Actor>;
  topics: Set<string>;
  throttle: MessageThrottle;
  alive: boolean;
}

/**
 * The one websocket at /api/ws. The session cookie and origin are checked before the upgrade;
 * every subscription is checked with the same policy as the HTTP routes; events reach a socket
 * only through topics it was allowed to join.
 */
export const realtimeGateway: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const hub = new TopicHub();
  const connections = new Set<Connection>();
  const redis = connectRedis(ctx.config.redisUrl, 'subscriber');
  redis.on('error', (error) => app.log.warn({ err: { message: error.message } }, 'event subscriber connection error'));
  await subscribeToEvents(redis, ctx.config.redisPrefix, (event) => hub.deliver(event));

  const heartbeat = setInterval(() => {
    for (const conn of connections) {
      if (!conn.alive) {
        conn.socket.terminate();
        continue;
      }
      conn.alive = false;
      conn.socket.ping();
    }
  }, ctx.config.heartbeatMs);
  heartbeat.unref();

  app.addHook('onClose', async () => {
    clearInterval(heartbeat);
    for (const conn of connections) conn.socket.close(1001, 'server shutting down');
    redis.disconnect();
  });

  const send = (socket: WebSocket, message: ServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };

  async function mayFollow(actor: Actor, topic: string): Promise<boolean> {
    const parsed = parseTopic(topic);
    if (!parsed) return false;
    const access =
      parsed.kind === 'group'
        ? await loadGroupAccess(ctx.db, actor, parsed.id)
        : await loadThreadAccess(ctx.db, actor, parsed.id);
    return access !== null && canReadGroupPosts(actor, access.facts).ok;
  }

  async function subscribe(conn: Connection, rawTopic: string) {
    const parsed = parseTopic(rawTopic);
    const topic = parsed ? topicName(parsed) : rawTopic;
    if (conn.topics.size >= MAX_TOPICS_PER_SOCKET) {
      return send(conn.socket, {
        type: 'error',
        code: 'forbidden',
        message: 'Too many subscriptions on one connection.',
        topic,
      });
    }
    // Missing and forbidden topics get the same answer, so a socket cannot probe which ids exist.
    if (!(await mayFollow(conn.actor, topic))) {
      return send(conn.socket, {
        type: 'error',
        code: 'not_found',
        message: 'There is no such topic you can follow.',
        topic,
      });
    }
    if (conn.socket.readyState !== conn.socket.OPEN) return;
    conn.topics.add(topic);
    hub.subscribe(topic, conn.socket);
    send(conn.socket, { type: 'subscribed', topic });
  }

  function handle(conn: Connection, data: Buffer, isBinary: boolean) {
    const verdict = conn.throttle.take();
    if (verdict === 'drop') return;
    if (verdict === 'throttled') {
      send(conn.socket, { type: 'error', code: 'throttled', message: 'Too many messages; slow down.' });
      if (conn.throttle.strikes >= MAX_STRIKES) conn.socket.close(1008, 'flooding');
      return;
    }
    if (data.byteLength > MAX_CLIENT_FRAME_BYTES) {
      return send(conn.socket, {
        type: 'error',
        code: 'frame_too_large',
        message: `Messages are limited to ${MAX_CLIENT_FRAME_BYTES} bytes.`,
      });
    }
    const message = isBinary ? ({ invalid: 'bad_message' } as const) : parseClientMessage(data.toString('utf8'));
    if ('invalid' in message) {
      const text =
        message.invalid === 'unknown_type' ? 'Unknown message type.' : 'Messages must be JSON objects with a type.';
      return send(conn.socket, { type: 'error', code: message.invalid, message: text });
    }
    switch (message.type) {
      case 'ping':
        return send(conn.socket, { type: 'pong' });
      case 'unsubscribe': {
        const parsed = parseTopic(message.topic);
        const topic = parsed ? topicName(parsed) : message.topic;
        conn.topics.delete(topic);
        hub.unsubscribe(topic, conn.socket);
        return send(conn.socket, { type: 'unsubscribed', topic });
      }
      case 'subscribe':
        subscribe(conn, message.topic).catch((error: Error) => {
          app.log.error({ err: { message: error.message } }, 'subscribe failed');
          send(conn.socket, {
            type: 'error',
            code: 'internal',
            message: 'Could not subscribe; please try again.',
            topic: message.topic,
          });
        });
    }
  }

  app.get(
    '/api/ws',
    {
      websocket: true,
      schema: { hide: true },
      // Before the upgrade: no valid session or a foreign origin means no socket at all.
      preValidation: async (request) => {
        if (isCrossOrigin(request.headers, ctx.config.publicOrigin) || !request.headers.origin) {
          throw new HttpError('cross_origin', 'Websocket connections must come from the Village site.');
        }
        if (!request.actor) throw new HttpError('unauthenticated', 'Sign in to receive live updates.');
      },
    },
    (socket, request) => {
      const conn: Connection = {
        socket,
        actor: request.actor as NonNullable<Actor>,
        topics: new Set(),
        throttle: new MessageThrottle(CLIENT_MESSAGE_BURST, CLIENT_MESSAGE_WINDOW_MS),
        alive: true,
      };
      connections.add(conn);
      // Attached synchronously, before any await, so no early message is lost.
      socket.on('message', (data: Buffer, isBinary: boolean) => handle(conn, data, isBinary));
      socket.on('pong', () => {
        conn.alive = true;
      });
      socket.on('close', () => {
        connections.delete(conn);
        hub.drop(socket, conn.topics);
      });
    },
  );
};
