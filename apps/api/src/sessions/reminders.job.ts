import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import { groupSessions, sessionRsvps } from '../db/schema/index.ts';
import type { Processor } from '../jobs/workers.ts';
import { notify } from '../notifications/service.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { REBUILD_HORIZON_MS } from './rebuild.ts';
import { findSession, type SessionRow } from './rows.ts';

type Log = Pick<FastifyBaseLogger, 'warn'>;

export const reminderKinds = ['24h', '15m'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

const LEAD_MS: Record<ReminderKind, number> = { '24h': 24 * 3600_000, '15m': 15 * 60_000 };
/**
 * How late a reminder may still go out. A "tomorrow" reminder two hours late still helps; one
 * sent after the session began does not (the 15-minute one is useful right up to the start).
 */
const USEFUL_FOR_MS: Record<ReminderKind, number> = { '24h': 2 * 3600_000, '15m': 15 * 60_000 };

export interface SessionReminder {
  sessionId: string;
  kind: ReminderKind;
  dueAt: Date;
}

const dueAtFor = (startsAt: Date, kind: ReminderKind) => new Date(startsAt.getTime() - LEAD_MS[kind]);
const stillUseful = (r: SessionReminder, startsAt: Date, now: Date) =>
  now.getTime() < Math.min(r.dueAt.getTime() + USEFUL_FOR_MS[r.kind], startsAt.getTime());

/** The reminders a scheduled session still owes: none once it has started or been cancelled. */
export function remindersFor(row: SessionRow, now: Date): SessionReminder[] {
  if (row.state !== 'scheduled') return [];
  return reminderKinds
    .map((kind) => ({ sessionId: row.id, kind, dueAt: dueAtFor(row.startsAt, kind) }))
    .filter((r) => stillUseful(r, row.startsAt, now));
}

async function scheduleReminder(ctx: AppContext, r: SessionReminder, now: Date) {
  await ctx.jobs.ensure(
    'session-reminder',
    { sessionId: r.sessionId, kind: r.kind, dueAt: r.dueAt.toISOString() },
    { delay: Math.max(0, r.dueAt.getTime() - now.getTime()) },
  );
}

/** After commit; if Redis is away, the rebuild sweep queues them later. */
export async function scheduleRemindersOrLeaveToSweeper(ctx: AppContext, rows: readonly SessionRow[], log?: Log) {
  const now = new Date();
  for (const row of rows) {
    for (const r of remindersFor(row, now)) {
      try {
        await scheduleReminder(ctx, r, now);
      } catch (error) {
        log?.warn(
          { err: { message: (error as Error).message }, sessionId: row.id },
          'reminder not queued; the sweeper will',
        );
      }
    }
  }
}

/**
 * A sweeper step beside `rebuildSessionTimers`: scheduled sessions starting within the horizon
 * get the reminders they still owe. Job ids are derived, so existing ones are left alone, and a
 * reminder that already ran and is queued again notifies nobody twice (dedupe keys).
 */
export async function rebuildSessionReminders(ctx: AppContext, now = new Date()): Promise<number> {
  const rows = await ctx.db
    .select()
    .from(groupSessions)
    .where(
      and(
        eq(groupSessions.state, 'scheduled'),
        gt(groupSessions.startsAt, now),
        // the 24h reminder must be queued a day ahead, so look a day further than the timers
        lt(groupSessions.startsAt, new Date(now.getTime() + REBUILD_HORIZON_MS + LEAD_MS['24h'])),
      ),
    )
    .limit(500);
  let queued = 0;
  for (const row of rows) {
    for (const r of remindersFor(row, now)) {
      await scheduleReminder(ctx, r, now);
      queued++;
    }
  }
  return queued;
}

/**
 * A reminder fired. Re-read the session: cancelled, started, moved (the job's dueAt no longer
 * matches its start) or too late to help means nothing to do. Otherwise every member going
 * (and, 15 minutes before, the facilitator) gets one notice; dedupe keys make a rerun harmless.
 */
export const sessionReminderProcessor: Processor<'session-reminder'> = async (data, ctx) => {
  const now = new Date();
  const row = await findSession(ctx.db, data.sessionId);
  if (row?.state !== 'scheduled') return;
  const reminder: SessionReminder = { sessionId: row.id, kind: data.kind, dueAt: new Date(data.dueAt) };
  if (dueAtFor(row.startsAt, data.kind).getTime() !== reminder.dueAt.getTime()) return;
  if (!stillUseful(reminder, row.startsAt, now)) return;

  const after = new AfterCommit();
  await ctx.db.transaction(async (tx) => {
    const going = await tx
      .select({ userId: sessionRsvps.userId })
      .from(sessionRsvps)
      .where(and(eq(sessionRsvps.sessionId, row.id), inArray(sessionRsvps.status, ['going'])));
    const people = new Set(going.map((g) => g.userId));
    if (data.kind === '15m' && row.facilitatorId) people.add(row.facilitatorId);
    const message =
      data.kind === '24h'
        ? `Reminder: "${row.title}" starts in 24 hours. We look forward to seeing you.`
        : `"${row.title}" starts in 15 minutes.`;
    for (const userId of people) {
      await notify(tx, after, {
        userId,
        kind: 'session.reminder',
        message,
        link: `/sessions/${row.id}`,
        dedupeKey: `reminder:${row.id}:${data.kind}:${userId}`,
      });
    }
  });
  await after.publish(ctx);
};
