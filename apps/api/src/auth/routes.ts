import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { LoginBody, MeResponse, Ok, RegisterBody, UpdateMeBody } from '@village/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { users } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';
import { rateRules } from '../http/rate-limit.ts';
import { responses } from '../http/route-schema.ts';
import { unreadCount } from '../notifications/service.ts';
import { activeRestriction } from '../restrictions/service.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { clearSessionCookie, requireUser, setSessionCookie } from './plugin.ts';
import { assertDisplayNameAvailable, createUser, normaliseEmail } from './service.ts';
import { createSession, invalidateAllSessions, invalidateSession } from './sessions.ts';

export const authRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['account'];

  app.post(
    '/api/auth/register',
    { schema: { tags, body: RegisterBody, response: responses({ 201: MeResponse }) } },
    async (request, reply) => {
      await ctx.rateLimiter.consume(rateRules.signUpByIp, request.ip, request.log);
      const user = await createUser(ctx.db, request.body);
      const session = await createSession(ctx.db, user.id);
      setSessionCookie(reply, ctx, session.token, session.expiresAt);
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/api/auth/login',
    { schema: { tags, body: LoginBody, response: responses({ 200: MeResponse }) } },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      await ctx.rateLimiter.consume(rateRules.signInByIp, request.ip, request.log);
      await ctx.rateLimiter.consume(rateRules.signInByEmail, email, request.log);
      const [row] = await ctx.db.select().from(users).where(eq(users.email, email));
      const ok = await verifyPassword(row?.passwordHash ?? (await decoyHash()), request.body.password);
      // One answer for a wrong password and an unknown email: sign-in never reveals who has an account.
      if (!row || !ok) throw new HttpError('invalid_credentials', 'That email and password do not match an account.');
      const session = await createSession(ctx.db, row.id);
      setSessionCookie(reply, ctx, session.token, session.expiresAt);
      return { user: { id: row.id, email: row.email, displayName: row.displayName, role: row.role } };
    },
  );

  app.post('/api/auth/logout', { schema: { tags, response: responses({ 200: Ok }) } }, async (request, reply) => {
    if (request.sessionId) await invalidateSession(ctx.db, request.sessionId);
    clearSessionCookie(reply, ctx);
    return { ok: true as const };
  });

  app.post(
    '/api/auth/logout-everywhere',
    { schema: { tags, response: responses({ 200: Ok }) } },
    async (request, reply) => {
      const user = requireUser(request);
      await invalidateAllSessions(ctx.db, user.id);
      clearSessionCookie(reply, ctx);
      return { ok: true as const };
    },
  );

  app.get('/api/me', { schema: { tags, response: responses({ 200: MeResponse }) } }, async (request) => {
    const user = requireUser(request);
    return {
      user,
      restriction: await activeRestriction(ctx.db, user.id),
      unreadNotifications: await unreadCount(ctx.db, user.id),
    };
  });

  app.patch(
    '/api/me',
    { schema: { tags, body: UpdateMeBody, response: responses({ 200: MeResponse }) } },
    async (request) => {
      const user = requireUser(request);
      const displayName = await assertDisplayNameAvailable(ctx.db, request.body.displayName, user.id);
      await ctx.db.update(users).set({ displayName }).where(eq(users.id, user.id));
      return { user: { ...user, displayName } };
    },
  );
};
