import { timersFor } from '@village/domain';
import { and, asc, inArray, lt, or } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { groupSessions } from '../db/schema/index.ts';
import { factsOf } from './rows.ts';
import { scheduleTimer } from './timers.job.ts';

/**
 * Timers only need to exist in Redis before they are due, so the sweep looks this far ahead;
 * a series a year long costs nothing until its sessions come near. Every sweep runs every
 * 15 s, so a timer lost to an emptied Redis is back long before it matters.
 */
export const REBUILD_HORIZON_MS = 48 * 3600_000;
const BATCH = 500;

/**
 * A sweeper step: every session that is live, or scheduled to start within the horizon, gets
 * the timers `timersFor` says it needs. Job ids are the timer keys, so timers that exist are
 * left as they are; missing ones (Redis emptied, Redis down when the session was written) are
 * queued again, those already due with no delay, and the state machine catches the session up.
 */
export async function rebuildSessionTimers(ctx: AppContext, now = new Date()): Promise<number> {
  const rows = await ctx.db
    .select()
    .from(groupSessions)
    .where(
      or(
        inArray(groupSessions.state, ['open', 'ending']),
        and(
          inArray(groupSessions.state, ['scheduled']),
          lt(groupSessions.startsAt, new Date(now.getTime() + REBUILD_HORIZON_MS)),
        ),
      ),
    )
    .orderBy(asc(groupSessions.startsAt))
    .limit(BATCH);
  let timers = 0;
  for (const row of rows) {
    for (const timer of timersFor(factsOf(row))) {
      await scheduleTimer(ctx, timer, now);
      timers++;
    }
  }
  return timers;
}
