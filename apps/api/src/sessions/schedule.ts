import {
  type Actor,
  canAssignFacilitator,
  canScheduleSession,
  type ScheduleRequest,
  type ScheduleSessionBody,
  type SessionDetail,
  validateScheduleRequest,
} from '@village/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import {
  groupMemberships,
  groupSessions,
  groups,
  posts,
  postVersions,
  resources,
  sessionSeries,
  threads,
} from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { isTrainingCurrent } from '../training/records.ts';
import { sessionEvents } from './lifecycle.ts';
import { scheduleRemindersOrLeaveToSweeper } from './reminders.job.ts';
import type { SessionRow } from './rows.ts';
import { scheduleTimersOrLeaveToSweeper } from './timers.job.ts';
import { sessionDetail } from './views.ts';

type SignedIn = NonNullable<Actor>;

/**
 * Schedules a one-off session or a weekly/fortnightly series. Every occurrence becomes its own
 * row (its own state machine and timers) with its own thread, created now and locked until the
 * session opens, so the page can link to it and nobody can post early.
 */
export async function scheduleSessions(
  ctx: AppContext,
  actor: Actor,
  groupId: string,
  body: ScheduleSessionBody,
  log?: FastifyBaseLogger,
): Promise<SessionDetail[]> {
  const now = new Date();
  const [group] = await ctx.db.select().from(groups).where(eq(groups.id, groupId));
  if (!group) throw notFound('group');
  const membership = actor ? await roleIn(ctx.db, groupId, actor.id) : null;
  authorize(
    canScheduleSession(actor, {
      groupRole: membership,
      trainingCurrent: actor ? await isTrainingCurrent(ctx.db, actor.id, now) : false,
    }),
  );
  const me = actor as SignedIn;
  const checked = validateScheduleRequest(body, { timeZone: group.timeZone, now });
  if (!checked.ok) throw HttpError.from(checked);
  const input = checked.value;
  const facilitatorId = input.facilitatorId ?? me.id;
  if (facilitatorId !== me.id) await checkAssignee(ctx.db, actor, groupId, facilitatorId, now);
  await checkResources(ctx.db, input.resourceIds);

  const after = new AfterCommit();
  const rows = await ctx.db.transaction(async (tx) => {
    const { seriesId, rows: out } = await insertSessions(tx, {
      groupId,
      groundRules: group.groundRules,
      facilitatorId,
      createdBy: me.id,
      input,
    });
    await recordAudit(tx, {
      actorId: me.id,
      action: 'session.schedule',
      groupId,
      subjectUserId: facilitatorId,
      details: { seriesId, sessionIds: out.map((r) => r.id), repeat: input.series.repeat, start: body.start },
    });
    return out;
  });

  await scheduleTimersOrLeaveToSweeper(ctx, rows, log);
  await scheduleRemindersOrLeaveToSweeper(ctx, rows, log);
  for (const row of rows) after.add(...(await sessionEvents(ctx.db, row)).filter((e) => e.topic.startsWith('group:')));
  await after.publish(ctx, log);
  return Promise.all(rows.map((row) => sessionDetail(ctx.db, actor, row, now)));
}

/** What `insertSessions` writes: a checked schedule request for one group and its facilitator. */
export interface SessionsToInsert {
  groupId: string;
  groundRules: string;
  facilitatorId: string;
  createdBy: string;
  input: ScheduleRequest;
}

/**
 * Writes the series (if any), each occurrence and its locked thread, inside the caller's
 * transaction. Timers and reminders are the caller's to queue (or the sweeper's to rebuild).
 */
export async function insertSessions(
  tx: Db,
  target: SessionsToInsert,
): Promise<{ seriesId: string | null; rows: SessionRow[] }> {
  const { groupId, facilitatorId, input } = target;
  let seriesId: string | null = null;
  if (input.series.repeat !== 'none') {
    const [series] = await tx
      .insert(sessionSeries)
      .values({
        groupId,
        facilitatorId,
        title: input.title,
        theme: input.theme,
        focusPrompt: input.focusPrompt,
        firstStartLocal: input.series.firstStart,
        timeZone: input.timeZone,
        lengthMinutes: input.series.lengthMinutes,
        capacity: input.capacity,
        repeat: input.series.repeat,
        count: input.series.count ?? null,
        until: input.series.until ?? null,
        guest: input.guest,
        resourceIds: input.resourceIds,
        createdBy: target.createdBy,
      })
      .returning({ id: sessionSeries.id });
    seriesId = series?.id ?? null;
  }
  const out: SessionRow[] = [];
  for (const occurrence of input.occurrences) {
    const threadId = await createSessionThread(tx, {
      groupId,
      authorId: facilitatorId,
      title: `${input.title.slice(0, 100)} · ${occurrence.localStart.replace('T', ' ')}`,
      body: openingText(target.groundRules, input.focusPrompt),
    });
    const [row] = await tx
      .insert(groupSessions)
      .values({
        seriesId,
        occurrenceIndex: occurrence.index,
        groupId,
        facilitatorId,
        title: input.title,
        theme: input.theme,
        focusPrompt: input.focusPrompt,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        endingNoticeMinutes: input.endingNoticeMinutes,
        threadId,
        capacity: input.capacity,
        guest: input.guest,
        resourceIds: input.resourceIds,
      })
      .returning();
    if (!row) throw new Error('session insert returned nothing');
    out.push(row);
  }
  return { seriesId, rows: out };
}

async function roleIn(db: Db, groupId: string, userId: string) {
  const [m] = await db
    .select({ role: groupMemberships.role, status: groupMemberships.status })
    .from(groupMemberships)
    .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.userId, userId)));
  return m?.status === 'active' ? m.role : null;
}

/** Someone else as facilitator: only an admin may assign, and only a current facilitator of this group. */
async function checkAssignee(db: Db, actor: Actor, groupId: string, userId: string, now: Date) {
  authorize(canAssignFacilitator(actor, { trainingCurrent: await isTrainingCurrent(db, userId, now) }));
  if ((await roleIn(db, groupId, userId)) !== 'facilitator') {
    throw new HttpError(
      'conflict',
      "That person isn't a facilitator of this group. Assign them first.",
      'facilitatorId',
    );
  }
}

async function checkResources(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: resources.id })
    .from(resources)
    .where(inArray(resources.id, [...ids]));
  if (found.length !== ids.length) {
    throw new HttpError(
      'validation_failed',
      'One of the chosen resources no longer exists. Choose again.',
      'resourceIds',
    );
  }
}

/** Ground rules first: they are shown at the start of every session, then the focus. */
const openingText = (groundRules: string, focusPrompt: string) =>
  `Ground rules\n${groundRules}\n\nToday's focus\n${focusPrompt}`.slice(0, 5000);

/**
 * A thread written by the service, not a member: published as it is (the facilitator's own
 * words and the group's rules need no screen) and locked until its session opens.
 */
export async function createSessionThread(
  tx: Db,
  input: { groupId: string; authorId: string; title: string; body: string; locked?: boolean },
): Promise<string> {
  const [thread] = await tx
    .insert(threads)
    .values({ groupId: input.groupId, authorId: input.authorId, title: input.title, locked: input.locked ?? true })
    .returning({ id: threads.id });
  if (!thread) throw new Error('thread insert returned nothing');
  const [post] = await tx
    .insert(posts)
    .values({
      threadId: thread.id,
      groupId: input.groupId,
      authorId: input.authorId,
      isOpening: true,
      body: input.body,
      status: 'published',
      publishedVersion: 1,
      screenedVersion: 1,
    })
    .returning({ id: posts.id });
  if (!post) throw new Error('post insert returned nothing');
  await tx.insert(postVersions).values({ postId: post.id, version: 1, body: input.body, contentNote: null });
  return thread.id;
}
