import type { UpcomingSession } from '@village/domain';
import { and, asc, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupSessions } from '../db/schema/index.ts';
import { sessionViews } from './views.ts';

const AHEAD_DAYS = 28;
const LIMIT = 10;

/**
 * The next sessions of these groups, for "Find support". Only open groups are passed in, and
 * only public facts go out (what, when, the guest's badge, places left), as in the group's
 * public calendar feed.
 */
export async function upcomingSessions(
  db: Db,
  groups: readonly { id: string; name: string }[],
  now = new Date(),
): Promise<UpcomingSession[]> {
  if (groups.length === 0) return [];
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const rows = await db
    .select()
    .from(groupSessions)
    .where(
      and(
        inArray(
          groupSessions.groupId,
          groups.map((g) => g.id),
        ),
        inArray(groupSessions.state, ['scheduled', 'open']),
        gt(groupSessions.endsAt, now),
        lt(groupSessions.startsAt, new Date(now.getTime() + AHEAD_DAYS * 86_400_000)),
      ),
    )
    .orderBy(asc(groupSessions.startsAt))
    .limit(LIMIT);
  const views = await sessionViews(db, rows);
  return views.map((v) => ({
    id: v.id,
    groupId: v.groupId,
    groupName: names.get(v.groupId) ?? '',
    title: v.title,
    theme: v.theme,
    startsAt: v.startsAt,
    endsAt: v.endsAt,
    timeZone: v.timeZone,
    timeOfDay: v.timeOfDay,
    guestBadge: v.guest?.badge ?? null,
    placesLeft: Math.max(0, v.capacity - v.rsvps.going),
  }));
}
