import cookie from '@fastify/cookie';
import type { Actor, Me } from '@village/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../context.ts';
import { HttpError } from '../http/errors.ts';
import { SESSION_COOKIE, validateSessionToken } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** the signed-in user, or null for a visitor */
    user: Me | null;
    actor: Actor;
    sessionId: string | null;
  }
}

export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.production,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, ctx: AppContext) {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: ctx.config.production, path: '/' });
}

/** Resolves the session cookie into `request.user` on every request (HTTP and websocket). */
export const sessionAuth = fp(
  async (app: FastifyInstance, opts: { ctx: AppContext }) => {
    await app.register(cookie);
    app.decorateRequest('user', null);
    app.decorateRequest('actor', null);
    app.decorateRequest('sessionId', null);
    app.addHook('onRequest', async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (!token) return;
      const session = await validateSessionToken(opts.ctx.db, token);
      if (!session) {
        clearSessionCookie(reply, opts.ctx);
        return;
      }
      request.user = session.user;
      request.actor = { id: session.user.id, role: session.user.role };
      request.sessionId = session.sessionId;
      if (session.renewed) setSessionCookie(reply, opts.ctx, token, session.expiresAt);
    });
  },
  { name: 'session-auth' },
);

export function requireUser(request: FastifyRequest): Me {
  if (!request.user) throw new HttpError('unauthenticated', 'Sign in to continue.');
  return request.user;
}
