import {
  type Actor,
  formatLocal,
  type GuestProfessional,
  type GuestView,
  guestRoleLabels,
  type SessionDetail,
  type SessionView,
  sessionAbilities,
  timeOfDay,
} from '@village/domain';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groups, sessionCheckOuts, sessionRsvps, users } from '../db/schema/index.ts';
import { accessFacts, mySessionFacts, type SessionRow } from './rows.ts';

const guestView = (guest: GuestProfessional | null): GuestView | null =>
  guest
    ? {
        name: guest.name,
        role: guest.role,
        badge: guest.roleLabel ?? guestRoleLabels[guest.role],
        organisation: guest.organisation ?? null,
      }
    : null;

/** The shared views of several sessions (also the payload of `session.state` events). */
export async function sessionViews(db: Db, rows: readonly SessionRow[]): Promise<SessionView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const groupIds = [...new Set(rows.map((r) => r.groupId))];
  const facilitatorIds = [...new Set(rows.flatMap((r) => r.facilitatorId ?? []))];
  const [zones, names, counts] = await Promise.all([
    db.select({ id: groups.id, timeZone: groups.timeZone }).from(groups).where(inArray(groups.id, groupIds)),
    facilitatorIds.length
      ? db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, facilitatorIds))
      : [],
    db
      .select({ sessionId: sessionRsvps.sessionId, status: sessionRsvps.status, n: count() })
      .from(sessionRsvps)
      .where(inArray(sessionRsvps.sessionId, ids))
      .groupBy(sessionRsvps.sessionId, sessionRsvps.status),
  ]);
  const zoneOf = new Map(zones.map((z) => [z.id, z.timeZone]));
  const nameOf = new Map(names.map((n) => [n.id, n.displayName]));
  return rows.map((row) => {
    const timeZone = zoneOf.get(row.groupId) ?? 'Europe/London';
    const rsvp = (status: 'going' | 'waitlisted') =>
      counts.find((c) => c.sessionId === row.id && c.status === status)?.n ?? 0;
    const facilitatorName = row.facilitatorId ? nameOf.get(row.facilitatorId) : undefined;
    return {
      id: row.id,
      groupId: row.groupId,
      seriesId: row.seriesId,
      occurrenceIndex: row.seriesId ? row.occurrenceIndex : null,
      title: row.title,
      theme: row.theme,
      focusPrompt: row.focusPrompt,
      state: row.state,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      timeZone,
      localStart: formatLocal(row.startsAt, timeZone),
      localEnd: formatLocal(row.endsAt, timeZone),
      timeOfDay: timeOfDay(row.startsAt, timeZone),
      endingNoticeMinutes: row.endingNoticeMinutes,
      facilitator:
        row.facilitatorId && facilitatorName ? { id: row.facilitatorId, displayName: facilitatorName } : null,
      guest: guestView(row.guest),
      capacity: row.capacity,
      rsvps: { going: rsvp('going'), waitlisted: rsvp('waitlisted') },
      threadId: row.threadId,
      resourceIds: row.resourceIds,
      slowModeSeconds: row.slowModeSeconds && row.slowModeSeconds > 0 ? row.slowModeSeconds : null,
      wrapUp: row.wrapUp,
      openedAt: row.openedAt?.toISOString() ?? null,
      closedAt: row.closedAt?.toISOString() ?? null,
      cancelledAt: row.cancelledAt?.toISOString() ?? null,
    };
  });
}

export async function sessionView(db: Db, row: SessionRow): Promise<SessionView> {
  const [view] = await sessionViews(db, [row]);
  if (!view) throw new Error('session view missing');
  return view;
}

/** Her place on the waiting list: 1 = next to get a place. */
export async function waitlistPosition(db: Db, sessionId: string, userId: string): Promise<number | null> {
  const waiting = await db
    .select({ userId: sessionRsvps.userId })
    .from(sessionRsvps)
    .where(and(eq(sessionRsvps.sessionId, sessionId), eq(sessionRsvps.status, 'waitlisted')))
    .orderBy(asc(sessionRsvps.createdAt), asc(sessionRsvps.userId));
  const i = waiting.findIndex((w) => w.userId === userId);
  return i < 0 ? null : i + 1;
}

/** One session for one viewer: the shared view plus her RSVP, her check-out and her abilities. */
export async function sessionDetail(db: Db, actor: Actor, row: SessionRow, now = new Date()): Promise<SessionDetail> {
  const [view, facts, mine] = await Promise.all([
    sessionView(db, row),
    accessFacts(db, actor, row, now),
    mySessionFacts(db, actor, row.id),
  ]);
  let myRsvp: SessionDetail['myRsvp'] = null;
  let myCheckOut: SessionDetail['myCheckOut'] = null;
  if (actor) {
    const [r] = await db
      .select()
      .from(sessionRsvps)
      .where(and(eq(sessionRsvps.sessionId, row.id), eq(sessionRsvps.userId, actor.id)));
    if (r) {
      myRsvp = {
        status: r.status,
        waitlistPosition: r.status === 'waitlisted' ? await waitlistPosition(db, row.id, actor.id) : null,
      };
    }
    const [c] = await db
      .select({ status: sessionCheckOuts.status })
      .from(sessionCheckOuts)
      .where(and(eq(sessionCheckOuts.sessionId, row.id), eq(sessionCheckOuts.userId, actor.id)));
    myCheckOut = c?.status ?? null;
  }
  return { ...view, myRsvp, myCheckOut, abilities: sessionAbilities(actor, facts, mine) };
}
