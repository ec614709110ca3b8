import type { Actor, MySessionFacts, SessionAccessFacts, SessionFacts } from '@village/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMemberships, groupSessions, sessionAttendance, sessionRsvps } from '../db/schema/index.ts';
import { notFound } from '../http/errors.ts';
import { isTrainingCurrent } from '../training/records.ts';

export type SessionRow = typeof groupSessions.$inferSelect;

/** What the state machine needs from a row. */
export const factsOf = (row: SessionRow): SessionFacts => ({
  id: row.id,
  state: row.state,
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  endingNoticeMinutes: row.endingNoticeMinutes,
  openedAt: row.openedAt,
  closedAt: row.closedAt,
  cancelledAt: row.cancelledAt,
});

export async function findSession(db: Db, sessionId: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(groupSessions).where(eq(groupSessions.id, sessionId));
  return row ?? null;
}

/** Row-locks the session for the rest of the transaction: RSVPs and check-outs queue behind each other. */
export async function lockSession(tx: Db, sessionId: string): Promise<SessionRow> {
  const [row] = await tx.select().from(groupSessions).where(eq(groupSessions.id, sessionId)).for('update');
  if (!row) throw notFound('session');
  return row;
}

/** The policies' view of one session for one actor. */
export async function accessFacts(db: Db, actor: Actor, row: SessionRow, now: Date): Promise<SessionAccessFacts> {
  const [m] = actor
    ? await db
        .select()
        .from(groupMemberships)
        .where(and(eq(groupMemberships.groupId, row.groupId), eq(groupMemberships.userId, actor.id)))
    : [];
  return {
    state: row.state,
    facilitatorId: row.facilitatorId,
    facilitatorTrainingCurrent: await isTrainingCurrent(db, row.facilitatorId, now),
    membership: m ? { status: m.status, role: m.role, groundRulesAccepted: m.groundRulesAcceptedAt !== null } : null,
  };
}

/** Did she RSVP / come? (check-out is for those who did either) */
export async function mySessionFacts(db: Db, actor: Actor, sessionId: string): Promise<MySessionFacts> {
  if (!actor) return { rsvped: false, attended: false };
  const [row] = await db
    .select({
      rsvped: sql<boolean>`EXISTS (SELECT 1 FROM ${sessionRsvps} WHERE ${sessionRsvps.sessionId} = ${sessionId} AND ${sessionRsvps.userId} = ${actor.id})`,
      attended: sql<boolean>`EXISTS (SELECT 1 FROM ${sessionAttendance} WHERE ${sessionAttendance.sessionId} = ${sessionId} AND ${sessionAttendance.userId} = ${actor.id})`,
    })
    .from(sql`(SELECT 1) AS one`);
  return { rsvped: row?.rsvped ?? false, attended: row?.attended ?? false };
}
