import {
  type Actor,
  canManageLiveSession,
  isSlowModeInterval,
  SLOW_MODE_MAX_SECONDS,
  SLOW_MODE_MIN_SECONDS,
} from '@village/domain';
import { and, count, eq, gte } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import {
  groupMemberships,
  groupSessions,
  groups,
  posts,
  sessionAttendance,
  sessionMutes,
  threads,
} from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { notify } from '../notifications/service.ts';
import { postEvents } from '../posts/events.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { announceSession } from './lifecycle.ts';
import { accessFacts, lockSession, type SessionRow } from './rows.ts';
import { createSessionThread } from './schedule.ts';

type SignedIn = NonNullable<Actor>;

/** Runs one live control under the session's lock, audited, then announces the new state. */
async function control(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  action: string,
  change: (tx: Db, row: SessionRow, after: AfterCommit) => Promise<Record<string, unknown>>,
  log?: FastifyBaseLogger,
): Promise<SessionRow> {
  const now = new Date();
  const after = new AfterCommit();
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockSession(tx, sessionId);
    authorize(canManageLiveSession(actor, await accessFacts(tx, actor, row, now)));
    const details = await change(tx, row, after);
    await recordAudit(tx, {
      actorId: (actor as SignedIn).id,
      action,
      groupId: row.groupId,
      details: { sessionId, ...details },
    });
    const [fresh] = await tx.select().from(groupSessions).where(eq(groupSessions.id, sessionId));
    return fresh ?? row;
  });
  await after.publish(ctx, log);
  await announceSession(ctx, row, log);
  return row;
}

export const updateFocus = (
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  focusPrompt: string,
  log?: FastifyBaseLogger,
) =>
  control(
    ctx,
    actor,
    sessionId,
    'session.focus',
    async (tx) => {
      const text = focusPrompt.trim();
      if (!text) throw new HttpError('validation_failed', 'Write the focus for the group.', 'focusPrompt');
      await tx
        .update(groupSessions)
        .set({ focusPrompt: text, updatedAt: new Date() })
        .where(eq(groupSessions.id, sessionId));
      return {};
    },
    log,
  );

export const setSlowMode = (
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  seconds: number,
  log?: FastifyBaseLogger,
) =>
  control(
    ctx,
    actor,
    sessionId,
    'session.slow_mode',
    async (tx) => {
      if (!isSlowModeInterval(seconds)) {
        throw new HttpError(
          'validation_failed',
          `Choose 0 (off) or ${SLOW_MODE_MIN_SECONDS} to ${SLOW_MODE_MAX_SECONDS} seconds.`,
          'intervalSeconds',
        );
      }
      await tx
        .update(groupSessions)
        .set({ slowModeSeconds: seconds === 0 ? null : seconds, updatedAt: new Date() })
        .where(eq(groupSessions.id, sessionId));
      return { intervalSeconds: seconds };
    },
    log,
  );

/** Muted for the rest of this session only; the mute ends with it. */
export const muteMember = (ctx: AppContext, actor: Actor, sessionId: string, userId: string, log?: FastifyBaseLogger) =>
  control(
    ctx,
    actor,
    sessionId,
    'session.mute',
    async (tx, row) => {
      const [m] = await tx
        .select({ status: groupMemberships.status })
        .from(groupMemberships)
        .where(and(eq(groupMemberships.groupId, row.groupId), eq(groupMemberships.userId, userId)));
      if (m?.status !== 'active')
        throw new HttpError('validation_failed', "That person isn't in this group.", 'userId');
      if (userId === row.facilitatorId)
        throw new HttpError('validation_failed', "You can't mute the facilitator.", 'userId');
      await tx
        .insert(sessionMutes)
        .values({ sessionId, userId, mutedBy: (actor as SignedIn).id })
        .onConflictDoNothing();
      return { userId };
    },
    log,
  );

/** Members with the session open in the last few minutes (attendance rows are touched on every read). */
export const PRESENT_WITHIN_MS = 5 * 60_000;
export async function presentCount(db: Db, sessionId: string, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(sessionAttendance)
    .where(
      and(
        eq(sessionAttendance.sessionId, sessionId),
        gte(sessionAttendance.lastSeenAt, new Date(now.getTime() - PRESENT_WITHIN_MS)),
      ),
    );
  return row?.n ?? 0;
}

/**
 * Off topic: the post moves to the group's general thread (made on first use), and its author
 * gets a kind note saying where it went. Nothing is hidden: it is simply somewhere better.
 */
export async function markOffTopic(ctx: AppContext, actor: Actor, postId: string, log?: FastifyBaseLogger) {
  const [post] = await ctx.db.select().from(posts).where(eq(posts.id, postId));
  if (!post) throw notFound('post');
  const [session] = await ctx.db
    .select({ id: groupSessions.id })
    .from(groupSessions)
    .where(eq(groupSessions.threadId, post.threadId));
  if (!session) throw new HttpError('conflict', 'Only posts in a session thread can be marked off topic.');
  if (post.isOpening) throw new HttpError('conflict', "The session's opening post stays where it is.");
  let generalThreadId = '';
  await control(
    ctx,
    actor,
    session.id,
    'session.off_topic',
    async (tx, row, after) => {
      generalThreadId = await generalThread(tx, row.groupId, (actor as SignedIn).id);
      await tx.update(posts).set({ threadId: generalThreadId, updatedAt: new Date() }).where(eq(posts.id, postId));
      await notify(tx, after, {
        userId: post.authorId,
        kind: 'session.off_topic',
        message: `Thank you for your post. To keep "${row.title}" on its focus, we've moved it to General chat, where everyone can still see and reply to it.`,
        link: `/threads/${generalThreadId}#post-${postId}`,
        postId,
        dedupeKey: `session.off_topic:${postId}`,
      });
      return { postId, toThreadId: generalThreadId, subjectUserId: post.authorId };
    },
    log,
  );
  // The general thread's followers see it arrive; open pages of the old thread are told to take
  // it down (`post.hidden` with no text; its threadId names where it went).
  const after = new AfterCommit();
  if (post.status === 'published') {
    const events = await postEvents(ctx.db, 'post.created', postId);
    after.add(...events);
    const moved = events[0]?.type === 'post.created' ? events[0].post : null;
    if (moved) {
      after.add({
        type: 'post.hidden',
        topic: `thread:${post.threadId}`,
        post: { ...moved, body: null, contentNote: null },
      });
    }
  }
  await after.publish(ctx, log);
  return { postId, threadId: generalThreadId };
}

async function generalThread(tx: Db, groupId: string, authorId: string): Promise<string> {
  const [group] = await tx
    .select({ id: groups.generalThreadId })
    .from(groups)
    .where(eq(groups.id, groupId))
    .for('update');
  if (group?.id) {
    const [exists] = await tx.select({ id: threads.id }).from(threads).where(eq(threads.id, group.id));
    if (exists) return exists.id;
  }
  const id = await createSessionThread(tx, {
    groupId,
    authorId,
    title: 'General chat',
    body: 'A place for anything that is not the focus of a session. Everyone is welcome here.',
    locked: false,
  });
  await tx.update(groups).set({ generalThreadId: id }).where(eq(groups.id, groupId));
  return id;
}
