import { formatLocal, GAP_HORIZON_DAYS, type ScheduleGapView, scheduleGaps } from '@village/domain';
import { and, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupSessions, groups, users } from '../db/schema/index.ts';
import { isTrainingCurrent } from '../training/records.ts';

/**
 * "A session with no current facilitator within the next 7 days is shown to admins as a gap."
 * The rule is the domain's `scheduleGaps`; this loads the candidates and each facilitator's
 * training status on the session's day.
 */
export async function listScheduleGaps(db: Db, now = new Date()): Promise<ScheduleGapView[]> {
  const rows = await db
    .select({
      session: groupSessions,
      groupName: groups.name,
      timeZone: groups.timeZone,
      facilitatorName: users.displayName,
    })
    .from(groupSessions)
    .innerJoin(groups, eq(groups.id, groupSessions.groupId))
    .leftJoin(users, eq(users.id, groupSessions.facilitatorId))
    .where(
      and(
        eq(groupSessions.state, 'scheduled'),
        gte(groupSessions.startsAt, now),
        lt(groupSessions.startsAt, new Date(now.getTime() + GAP_HORIZON_DAYS * 86_400_000)),
      ),
    );
  const byId = new Map(rows.map((r) => [r.session.id, r]));
  const candidates = await Promise.all(
    rows.map(async ({ session: s }) => ({
      id: s.id,
      state: s.state,
      startsAt: s.startsAt,
      facilitatorId: s.facilitatorId,
      facilitatorTrainingCurrent: await isTrainingCurrent(db, s.facilitatorId, s.startsAt),
    })),
  );
  return scheduleGaps(candidates, now).map((gap) => {
    const r = byId.get(gap.sessionId) as (typeof rows)[number];
    return {
      sessionId: gap.sessionId,
      groupId: r.session.groupId,
      groupName: r.groupName,
      title: r.session.title,
      startsAt: gap.startsAt.toISOString(),
      timeZone: r.timeZone,
      localStart: formatLocal(gap.startsAt, r.timeZone),
      reason: gap.reason,
      facilitatorName: r.facilitatorName ?? null,
    };
  });
}
