import { type Actor, canControlSession, canReadGroupPosts, isLive, type SessionDetail } from '@village/domain';
import { and, asc, eq, gte, or } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { groupSessions } from '../db/schema/index.ts';
import { loadGroupAccess } from '../groups/access.ts';
import { authorize } from '../http/authorize.ts';
import { notFound } from '../http/errors.ts';
import { recordPresence } from './endings.ts';
import { applySessionEvent, requireSession } from './lifecycle.ts';
import { presentCount } from './live.ts';
import { accessFacts, type SessionRow } from './rows.ts';
import { sessionDetail } from './views.ts';

/** Sessions are read by whoever may read the group's posts (same "not found" otherwise). */
export async function requireReadableSession(db: Db, actor: Actor, sessionId: string): Promise<SessionRow> {
  const row = await requireSession(db, sessionId);
  const access = await loadGroupAccess(db, actor, row.groupId);
  if (!access || !canReadGroupPosts(actor, access.facts).ok) throw notFound('session');
  return row;
}

/** Upcoming and live sessions of a group (and those that ended in the last day), soonest first. */
export async function listGroupSessions(db: Db, actor: Actor, groupId: string): Promise<SessionDetail[]> {
  const access = await loadGroupAccess(db, actor, groupId);
  if (!access) throw notFound('group');
  authorize(canReadGroupPosts(actor, access.facts));
  const since = new Date(Date.now() - 24 * 3600_000);
  const rows = await db
    .select()
    .from(groupSessions)
    .where(
      and(eq(groupSessions.groupId, groupId), or(gte(groupSessions.endsAt, since), eq(groupSessions.state, 'open'))),
    )
    .orderBy(asc(groupSessions.startsAt))
    .limit(100);
  return Promise.all(rows.map((row) => sessionDetail(db, actor, row)));
}

/** One session; a member opening a live session is recorded as attending (and present). */
export async function getSession(db: Db, actor: Actor, sessionId: string): Promise<SessionDetail> {
  const row = await requireReadableSession(db, actor, sessionId);
  await noteHere(db, actor, row);
  return sessionDetail(db, actor, row);
}

/**
 * "I'm still here": the session page of a live session says so every little while, so the
 * count the facilitator sees follows who really has it open. Answers how many are present.
 */
export async function stillHere(db: Db, actor: Actor, sessionId: string): Promise<number> {
  const row = await requireReadableSession(db, actor, sessionId);
  await noteHere(db, actor, row);
  return presentCount(db, row.id);
}

/** A member (not the facilitator) with a live session open came, and is present. */
async function noteHere(db: Db, actor: Actor, row: SessionRow) {
  if (!actor || !isLive(row.state) || actor.id === row.facilitatorId) return;
  const facts = await accessFacts(db, actor, row, new Date());
  if (facts.membership?.status === 'active') await recordPresence(db, row.id, actor.id);
}

/** Open early, extend, end early, cancel: the session's facilitator or an admin; audited. */
export async function controlSession(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  type: 'open' | 'close' | 'extend' | 'cancel',
  reason: string | null,
  log?: FastifyBaseLogger,
): Promise<SessionDetail> {
  const row = await requireReadableSession(ctx.db, actor, sessionId);
  authorize(canControlSession(actor, await accessFacts(ctx.db, actor, row, new Date())));
  const out = await applySessionEvent(
    ctx,
    sessionId,
    { type, by: 'facilitator' },
    { actorId: (actor as NonNullable<Actor>).id, reason },
    log,
  );
  if (!out) throw notFound('session');
  return sessionDetail(ctx.db, actor, out.row);
}
