import {
  type Effect,
  type SessionEvent,
  type SessionFacts,
  type SessionView,
  type TransitionResult,
  transition,
} from '@village/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { recordAudit } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { groupSessions, sessionRsvps, threads } from '../db/schema/index.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { notify } from '../notifications/service.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { factsOf, findSession, type SessionRow } from './rows.ts';
import { scheduleTimer } from './timers.job.ts';
import { sessionView } from './views.ts';

type Log = Pick<FastifyBaseLogger, 'warn'>;

/** Extra for a person's event: who (for the audit log) and a cancellation's reason. */
export interface EventBy {
  actorId: string;
  reason?: string | null;
}

const RACE_ATTEMPTS = 5;

/**
 * Applies one lifecycle event with the caller contract of the domain's `transition()`: re-read
 * the row, decide, write conditionally on the state and end the decision was made from (two
 * events racing cannot both apply; the loser re-reads and is usually stale), then, after
 * commit, carry out the effects that touch Redis. The thread lock and the cancellation notices
 * are Postgres writes, so they commit with the state itself.
 *
 * Returns null when the session no longer exists (a timer for a deleted group).
 */
export async function applySessionEvent(
  ctx: AppContext,
  sessionId: string,
  event: SessionEvent,
  by?: EventBy,
  log?: Log,
  now = new Date(),
): Promise<{ row: SessionRow; result: TransitionResult } | null> {
  for (let attempt = 0; attempt < RACE_ATTEMPTS; attempt++) {
    const after = new AfterCommit();
    const out = await ctx.db.transaction(async (tx) => {
      const row = await findSession(tx, sessionId);
      if (!row) return null;
      const result = transition(factsOf(row), event, now);
      // A person gets the refusal as a 409; a timer never gets one (they are stale instead).
      if (!result.ok) throw HttpError.from(result);
      if (result.stale) return { row, result, effects: [] as Effect[] };
      const updated = await writeIfUnchanged(tx, row, result.next, by);
      if (!updated) return 'raced' as const;
      for (const effect of result.effects) await inTransaction(tx, after, updated, effect);
      if (by) {
        await recordAudit(tx, {
          actorId: by.actorId,
          action: `session.${event.type}`,
          groupId: row.groupId,
          reason: by.reason ?? null,
          details: { sessionId, from: row.state, to: updated.state, endsAt: updated.endsAt.toISOString() },
        });
      }
      return { row: updated, result, effects: result.effects };
    });
    if (out === 'raced') continue;
    if (out === null) return null;
    await afterCommit(ctx, after, out.row, out.effects, log);
    return { row: out.row, result: out.result };
  }
  throw new Error(`session ${sessionId}: gave up after ${RACE_ATTEMPTS} racing updates`);
}

/** `… WHERE state = prev.state AND ends_at = prev.endsAt`: null when someone else moved it first. */
async function writeIfUnchanged(tx: Db, prev: SessionRow, next: SessionFacts, by?: EventBy) {
  const [updated] = await tx
    .update(groupSessions)
    .set({
      state: next.state,
      endsAt: next.endsAt,
      openedAt: next.openedAt,
      closedAt: next.closedAt,
      cancelledAt: next.cancelledAt,
      ...(next.state === 'cancelled' && by?.reason ? { cancelReason: by.reason } : {}),
      updatedAt: new Date(),
    })
    .where(
      and(eq(groupSessions.id, prev.id), eq(groupSessions.state, prev.state), eq(groupSessions.endsAt, prev.endsAt)),
    )
    .returning();
  return updated ?? null;
}

async function inTransaction(tx: Db, after: AfterCommit, row: SessionRow, effect: Effect) {
  switch (effect.kind) {
    case 'unlock_thread':
    case 'lock_thread':
      if (row.threadId) {
        await tx
          .update(threads)
          .set({ locked: effect.kind === 'lock_thread' })
          .where(eq(threads.id, row.threadId));
      }
      return;
    case 'notify_rsvps_cancelled': {
      const rsvps = await tx.select().from(sessionRsvps).where(eq(sessionRsvps.sessionId, row.id));
      for (const rsvp of rsvps) {
        await notify(tx, after, {
          userId: rsvp.userId,
          kind: 'session.cancelled',
          message: `"${row.title}" has been cancelled${row.cancelReason ? `: ${row.cancelReason}` : '.'} We're sorry for the change.`,
          link: `/sessions/${row.id}`,
          dedupeKey: `session.cancelled:${row.id}:${rsvp.userId}`,
        });
      }
      return;
    }
    default:
      return;
  }
}

/** Redis work, in the effects' order: timers first, then the notices and the announcement. */
async function afterCommit(ctx: AppContext, after: AfterCommit, row: SessionRow, effects: Effect[], log?: Log) {
  for (const effect of effects) {
    try {
      if (effect.kind === 'schedule') {
        await scheduleTimer(ctx, { sessionId: row.id, transition: effect.transition, dueAt: effect.at });
      } else if (effect.kind === 'unschedule') {
        await ctx.jobs.remove('session-transition', effect.key);
      }
    } catch (error) {
      // A missing timer is rebuilt by the sweep; one left behind fires stale and does nothing.
      log?.warn({ err: { message: (error as Error).message }, effect: effect.kind }, 'session timer change failed');
    }
  }
  if (effects.some((e) => e.kind === 'announce')) after.add(...(await sessionEvents(ctx.db, row)));
  await after.publish(ctx, log);
}

/** `session.state` for the group's page and the session's thread. */
export async function sessionEvents(db: Db, row: SessionRow) {
  const session: SessionView = await sessionView(db, row);
  const topics = [`group:${row.groupId}`, ...(row.threadId ? [`thread:${row.threadId}`] : [])];
  return topics.map((topic) => ({ type: 'session.state' as const, topic, session }));
}

/** Publishes the current state of a session after commit (RSVP counts, focus, slow mode…). */
export async function announceSession(ctx: AppContext, row: SessionRow, log?: Log) {
  const after = new AfterCommit();
  after.add(...(await sessionEvents(ctx.db, row)));
  await after.publish(ctx, log);
}

export async function requireSession(db: Db, sessionId: string): Promise<SessionRow> {
  const row = await findSession(db, sessionId);
  if (!row) throw notFound('session');
  return row;
}
