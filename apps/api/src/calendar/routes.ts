import type { Readable } from 'node:stream';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CalendarFeedParams, CalendarLinkResponse, CalendarLinkStatus, GroupCalendarParams, Ok } from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { responses } from '../http/route-schema.ts';
import { calendarTokenStatus, groupFeed, memberFeed, revokeCalendarToken, rotateCalendarToken } from './service.ts';

const ICS = 'text/calendar; charset=utf-8';
const Ics = Type.Unsafe<string | Readable>({ type: 'string', description: 'text/calendar (RFC 5545)' });

/** iCalendar feeds: a member's private, revocable link, and each open group's public one. */
export const calendarRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['calendar'];

  app.get(
    '/api/calendar/me/:token.ics',
    {
      schema: {
        tags,
        description: "The sessions she said she'd come to. The token is the secret: a wrong or revoked one is 404.",
        params: CalendarFeedParams,
        response: responses({ 200: Ics }),
      },
    },
    async (request, reply) => {
      const body = await memberFeed(ctx, request.params.token);
      return reply
        .header('content-type', ICS)
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .send(body);
    },
  );

  app.get(
    '/api/groups/:groupId/calendar.ics',
    { schema: { tags, params: GroupCalendarParams, response: responses({ 200: Ics }) } },
    async (request, reply) => {
      const body = await groupFeed(ctx, request.params.groupId);
      return reply.header('content-type', ICS).header('cache-control', 'public, max-age=300').send(body);
    },
  );

  app.get(
    '/api/me/calendar-token',
    { schema: { tags, response: responses({ 200: CalendarLinkStatus }) } },
    async (request) => calendarTokenStatus(ctx.db, request.actor),
  );

  app.post(
    '/api/me/calendar-token',
    {
      schema: {
        tags,
        description: 'Makes her link, or a new one: the old link stops working.',
        response: responses({ 201: CalendarLinkResponse }),
      },
    },
    async (request, reply) => {
      const link = await rotateCalendarToken(ctx, request.actor);
      return reply.code(201).header('cache-control', 'no-store').send({ link });
    },
  );

  app.delete('/api/me/calendar-token', { schema: { tags, response: responses({ 200: Ok }) } }, async (request) => {
    await revokeCalendarToken(ctx.db, request.actor);
    return { ok: true as const };
  });
};
