import {
  type Actor,
  type AttendanceView,
  type CheckOutBody,
  canCheckOut,
  canControlSession,
  canSeeAttendance,
  type FollowUpTask,
  type WrapUpBody,
} from '@village/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import {
  followUpTasks,
  groupSessions,
  sessionAttendance,
  sessionCheckOuts,
  sessionRsvps,
  users,
} from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { notify } from '../notifications/service.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { announceSession, requireSession } from './lifecycle.ts';
import { accessFacts, lockSession, mySessionFacts } from './rows.ts';

type SignedIn = NonNullable<Actor>;

/** The facilitator's wrap-up, shown to everyone at the close; allowed from the ending notice on. */
export async function saveWrapUp(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  body: WrapUpBody,
  log?: FastifyBaseLogger,
) {
  const now = new Date();
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockSession(tx, sessionId);
    authorize(canControlSession(actor, await accessFacts(tx, actor, row, now)));
    if (row.state === 'scheduled' || row.state === 'cancelled') {
      throw new HttpError('conflict', 'The wrap-up can be written once the session is under way.');
    }
    const wrapUp = {
      talkedAbout: body.talkedAbout.trim(),
      helped: body.helped.trim(),
      nextSteps: body.nextSteps.trim(),
    };
    const [updated] = await tx
      .update(groupSessions)
      .set({ wrapUp, updatedAt: now })
      .where(eq(groupSessions.id, sessionId))
      .returning();
    await recordAudit(tx, {
      actorId: (actor as SignedIn).id,
      action: 'session.wrap_up',
      groupId: row.groupId,
      details: { sessionId },
    });
    return updated ?? row;
  });
  await announceSession(ctx, row, log);
  return row;
}

/** The note on a follow-up task closed because the member changed her check-out to "I'm OK". */
export const OK_NOTE = "Member said she's OK";

/**
 * A private check-out. "I'd like someone to follow up" becomes a task on the facilitator's
 * list (one per member per session, however often she checks out) and a notice to her.
 * Changing to "I'm OK" closes that task; changing back reopens it.
 */
export async function checkOut(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  body: CheckOutBody,
  log?: FastifyBaseLogger,
) {
  const now = new Date();
  const after = new AfterCommit();
  await ctx.db.transaction(async (tx) => {
    const row = await lockSession(tx, sessionId);
    authorize(canCheckOut(actor, await accessFacts(tx, actor, row, now), await mySessionFacts(tx, actor, sessionId)));
    const userId = (actor as SignedIn).id;
    const note = body.note?.trim() || null;
    await tx
      .insert(sessionCheckOuts)
      .values({ sessionId, userId, status: body.status, note })
      .onConflictDoUpdate({
        target: [sessionCheckOuts.sessionId, sessionCheckOuts.userId],
        set: { status: body.status, note, createdAt: now },
      });
    if (body.status !== 'follow_up') {
      // She changed her mind to "I'm OK": her open task is closed, noted as such (by her).
      await tx
        .update(followUpTasks)
        .set({ status: 'done', note: OK_NOTE, doneAt: now, doneBy: userId })
        .where(
          and(
            eq(followUpTasks.sessionId, sessionId),
            eq(followUpTasks.memberId, userId),
            eq(followUpTasks.status, 'open'),
          ),
        );
      return;
    }
    const [task] = await tx
      .insert(followUpTasks)
      .values({ sessionId, memberId: userId, facilitatorId: row.facilitatorId, note })
      .onConflictDoUpdate({
        target: [followUpTasks.sessionId, followUpTasks.memberId],
        set: { note, status: 'open', doneAt: null, doneBy: null },
      })
      .returning({ id: followUpTasks.id });
    if (row.facilitatorId && task) {
      await notify(tx, after, {
        userId: row.facilitatorId,
        kind: 'session.follow_up',
        message: `Someone from "${row.title}" would like a follow-up. It's on your list.`,
        link: '/me/follow-ups',
        dedupeKey: `session.follow_up:${task.id}`,
      });
    }
  });
  await after.publish(ctx, log);
}

const member = alias(users, 'member');
const doer = alias(users, 'doer');

async function taskViews(db: Db, where: ReturnType<typeof eq>): Promise<FollowUpTask[]> {
  const rows = await db
    .select({
      t: followUpTasks,
      title: groupSessions.title,
      groupId: groupSessions.groupId,
      memberName: member.displayName,
      doerName: doer.displayName,
    })
    .from(followUpTasks)
    .innerJoin(groupSessions, eq(groupSessions.id, followUpTasks.sessionId))
    .innerJoin(member, eq(member.id, followUpTasks.memberId))
    .leftJoin(doer, eq(doer.id, followUpTasks.doneBy))
    .where(where)
    .orderBy(asc(followUpTasks.status), desc(followUpTasks.createdAt));
  return rows.map(({ t, title, groupId, memberName, doerName }) => ({
    id: t.id,
    sessionId: t.sessionId,
    sessionTitle: title,
    groupId,
    member: { id: t.memberId, displayName: memberName },
    note: t.note,
    status: t.status,
    createdAt: t.createdAt.toISOString(),
    doneAt: t.doneAt?.toISOString() ?? null,
    doneBy: t.doneBy && doerName ? { id: t.doneBy, displayName: doerName } : null,
  }));
}

/** The signed-in facilitator's own list. */
export async function myFollowUps(db: Db, actor: Actor): Promise<FollowUpTask[]> {
  if (!actor) throw new HttpError('unauthenticated', 'Sign in to continue.');
  return taskViews(db, eq(followUpTasks.facilitatorId, actor.id));
}

/** Done by one of the group's facilitators or an admin (who may see who came); audited. */
export async function markFollowUpDone(db: Db, actor: Actor, taskId: string): Promise<FollowUpTask> {
  const now = new Date();
  const [task] = await db.select().from(followUpTasks).where(eq(followUpTasks.id, taskId));
  if (!task) throw notFound('follow-up');
  const row = await requireSession(db, task.sessionId);
  const facts = await accessFacts(db, actor, row, now);
  // Same "not found" for missing and forbidden: a task names a member who asked for help.
  if (!canSeeAttendance(actor, facts).ok) throw notFound('follow-up');
  await db.transaction(async (tx) => {
    await tx
      .update(followUpTasks)
      .set({ status: 'done', doneAt: now, doneBy: (actor as SignedIn).id })
      .where(eq(followUpTasks.id, taskId));
    await recordAudit(tx, {
      actorId: (actor as SignedIn).id,
      action: 'session.follow_up_done',
      subjectUserId: task.memberId,
      groupId: row.groupId,
      details: { sessionId: row.id, taskId },
    });
  });
  const [view] = await taskViews(db, eq(followUpTasks.id, taskId));
  if (!view) throw notFound('follow-up');
  return view;
}

/** Who came: only the group's facilitators and admins. */
export async function attendance(db: Db, actor: Actor, sessionId: string): Promise<AttendanceView> {
  const row = await requireSession(db, sessionId);
  authorize(canSeeAttendance(actor, await accessFacts(db, actor, row, new Date())));
  const [came, rsvps, checkOuts] = await Promise.all([
    db
      .select({ userId: sessionAttendance.userId, firstSeenAt: sessionAttendance.firstSeenAt, name: users.displayName })
      .from(sessionAttendance)
      .innerJoin(users, eq(users.id, sessionAttendance.userId))
      .where(eq(sessionAttendance.sessionId, sessionId))
      .orderBy(asc(sessionAttendance.firstSeenAt)),
    db.select().from(sessionRsvps).where(eq(sessionRsvps.sessionId, sessionId)),
    db.select().from(sessionCheckOuts).where(eq(sessionCheckOuts.sessionId, sessionId)),
  ]);
  return {
    sessionId,
    going: rsvps.filter((r) => r.status === 'going').length,
    attended: came.map((c) => ({
      member: { id: c.userId, displayName: c.name },
      firstSeenAt: c.firstSeenAt.toISOString(),
      rsvped: rsvps.some((r) => r.userId === c.userId),
      checkOut: checkOuts.find((k) => k.userId === c.userId)?.status ?? null,
    })),
  };
}

/** A member opened the session while it was live: she came (and is counted as present). */
export async function recordPresence(db: Db, sessionId: string, userId: string, now = new Date()) {
  await db
    .insert(sessionAttendance)
    .values({ sessionId, userId, firstSeenAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: [sessionAttendance.sessionId, sessionAttendance.userId], set: { lastSeenAt: now } });
}
