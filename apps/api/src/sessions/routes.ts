import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AttendanceView,
  CancelSessionBody,
  CheckOutBody,
  FollowUpTask,
  FollowUpTaskList,
  MuteMemberBody,
  RsvpResponse,
  ScheduleGapList,
  ScheduleSessionBody,
  SessionList,
  SessionResponse,
  SlowModeBody,
  UpdateFocusBody,
  Uuid,
  WrapUpBody,
} from '@village/domain';
import { Type } from 'typebox';
import type { AppContext } from '../context.ts';
import { adminOnly } from '../http/admin-only.ts';
import { responses } from '../http/route-schema.ts';
import { attendance, checkOut, markFollowUpDone, myFollowUps, saveWrapUp } from './endings.ts';
import { listScheduleGaps } from './gaps.ts';
import { markOffTopic, muteMember, presentCount, setSlowMode, updateFocus } from './live.ts';
import { cancelRsvp, rsvp } from './rsvp.ts';
import { scheduleSessions } from './schedule.ts';
import { controlSession, getSession, listGroupSessions, requireReadableSession, stillHere } from './service.ts';
import { sessionDetail } from './views.ts';

const Strict = { additionalProperties: false } as const;
const GroupParams = Type.Object({ groupId: Uuid }, Strict);
const SessionParams = Type.Object({ sessionId: Uuid }, Strict);
const PostParams = Type.Object({ postId: Uuid }, Strict);
const TaskParams = Type.Object({ taskId: Uuid }, Strict);
const Moved = Type.Object({ postId: Uuid, threadId: Uuid });
const Presence = Type.Object({ present: Type.Integer() });

export const sessionRoutes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['sessions'];
  const detail = async (actor: Parameters<typeof sessionDetail>[1], row: Parameters<typeof sessionDetail>[2]) => ({
    session: await sessionDetail(ctx.db, actor, row),
  });

  app.post(
    '/api/groups/:groupId/sessions',
    { schema: { tags, params: GroupParams, body: ScheduleSessionBody, response: responses({ 201: SessionList }) } },
    async (request, reply) => {
      const sessions = await scheduleSessions(ctx, request.actor, request.params.groupId, request.body, request.log);
      return reply.code(201).send({ sessions });
    },
  );

  app.get(
    '/api/groups/:groupId/sessions',
    { schema: { tags, params: GroupParams, response: responses({ 200: SessionList }) } },
    async (request) => ({ sessions: await listGroupSessions(ctx.db, request.actor, request.params.groupId) }),
  );

  app.get(
    '/api/sessions/:sessionId',
    { schema: { tags, params: SessionParams, response: responses({ 200: SessionResponse }) } },
    async (request) => ({ session: await getSession(ctx.db, request.actor, request.params.sessionId) }),
  );

  for (const [path, type] of [
    ['open', 'open'],
    ['extend', 'extend'],
    ['end', 'close'],
  ] as const) {
    app.post(
      `/api/sessions/:sessionId/${path}`,
      { schema: { tags, params: SessionParams, response: responses({ 200: SessionResponse }) } },
      async (request) => ({
        session: await controlSession(ctx, request.actor, request.params.sessionId, type, null, request.log),
      }),
    );
  }

  app.post(
    '/api/sessions/:sessionId/cancel',
    { schema: { tags, params: SessionParams, body: CancelSessionBody, response: responses({ 200: SessionResponse }) } },
    async (request) => ({
      session: await controlSession(
        ctx,
        request.actor,
        request.params.sessionId,
        'cancel',
        request.body.reason?.trim() || null,
        request.log,
      ),
    }),
  );

  app.put(
    '/api/sessions/:sessionId/rsvp',
    { schema: { tags, params: SessionParams, response: responses({ 200: RsvpResponse }) } },
    async (request) => ({ rsvp: await rsvp(ctx, request.actor, request.params.sessionId, request.log) }),
  );

  app.delete(
    '/api/sessions/:sessionId/rsvp',
    { schema: { tags, params: SessionParams, response: responses({ 200: SessionResponse }) } },
    async (request) =>
      detail(request.actor, await cancelRsvp(ctx, request.actor, request.params.sessionId, request.log)),
  );

  app.patch(
    '/api/sessions/:sessionId/focus',
    { schema: { tags, params: SessionParams, body: UpdateFocusBody, response: responses({ 200: SessionResponse }) } },
    async (request) =>
      detail(
        request.actor,
        await updateFocus(ctx, request.actor, request.params.sessionId, request.body.focusPrompt, request.log),
      ),
  );

  app.post(
    '/api/sessions/:sessionId/slow-mode',
    { schema: { tags, params: SessionParams, body: SlowModeBody, response: responses({ 200: SessionResponse }) } },
    async (request) =>
      detail(
        request.actor,
        await setSlowMode(ctx, request.actor, request.params.sessionId, request.body.intervalSeconds, request.log),
      ),
  );

  app.post(
    '/api/sessions/:sessionId/mutes',
    { schema: { tags, params: SessionParams, body: MuteMemberBody, response: responses({ 200: SessionResponse }) } },
    async (request) =>
      detail(
        request.actor,
        await muteMember(ctx, request.actor, request.params.sessionId, request.body.userId, request.log),
      ),
  );

  app.get(
    '/api/sessions/:sessionId/presence',
    { schema: { tags, params: SessionParams, response: responses({ 200: Presence }) } },
    async (request) => {
      const row = await requireReadableSession(ctx.db, request.actor, request.params.sessionId);
      return { present: await presentCount(ctx.db, row.id) };
    },
  );

  app.post(
    '/api/sessions/:sessionId/presence',
    { schema: { tags, params: SessionParams, response: responses({ 200: Presence }) } },
    async (request) => ({ present: await stillHere(ctx.db, request.actor, request.params.sessionId) }),
  );

  app.post(
    '/api/posts/:postId/off-topic',
    { schema: { tags, params: PostParams, response: responses({ 200: Moved }) } },
    async (request) => markOffTopic(ctx, request.actor, request.params.postId, request.log),
  );

  app.post(
    '/api/sessions/:sessionId/wrap-up',
    { schema: { tags, params: SessionParams, body: WrapUpBody, response: responses({ 200: SessionResponse }) } },
    async (request) =>
      detail(request.actor, await saveWrapUp(ctx, request.actor, request.params.sessionId, request.body, request.log)),
  );

  app.post(
    '/api/sessions/:sessionId/check-out',
    { schema: { tags, params: SessionParams, body: CheckOutBody, response: responses({ 200: SessionResponse }) } },
    async (request) => {
      await checkOut(ctx, request.actor, request.params.sessionId, request.body, request.log);
      return { session: await getSession(ctx.db, request.actor, request.params.sessionId) };
    },
  );

  app.get(
    '/api/sessions/:sessionId/attendance',
    { schema: { tags, params: SessionParams, response: responses({ 200: AttendanceView }) } },
    async (request) => attendance(ctx.db, request.actor, request.params.sessionId),
  );

  app.get(
    '/api/admin/session-gaps',
    { onRequest: adminOnly, schema: { tags, response: responses({ 200: ScheduleGapList }) } },
    async () => ({ gaps: await listScheduleGaps(ctx.db) }),
  );

  app.get(
    '/api/me/follow-ups',
    { schema: { tags, response: responses({ 200: FollowUpTaskList }) } },
    async (request) => ({ tasks: await myFollowUps(ctx.db, request.actor) }),
  );

  app.post(
    '/api/follow-ups/:taskId/done',
    { schema: { tags, params: TaskParams, response: responses({ 200: Type.Object({ task: FollowUpTask }) }) } },
    async (request) => ({ task: await markFollowUpDone(ctx.db, request.actor, request.params.taskId) }),
  );
};
