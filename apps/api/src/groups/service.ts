import {
  type Actor,
  canAcceptGroundRules,
  canJoinGroup,
  canReviewJoinRequests,
  type GroupListQuery,
  type JoinRequest,
  type MyMembership,
} from '@village/domain';
import { and, arrayContains, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMemberships, groups, users } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { loadGroupAccess } from './access.ts';
import { groupDetail, groupSummary, membershipView } from './views.ts';

const activeMembers = sql<number>`(SELECT count(*)::int FROM ${groupMemberships} gm WHERE gm.group_id = ${groups.id} AND gm.status = 'active')`;

async function myMemberships(db: Db, actor: Actor) {
  if (!actor) return new Map<string, typeof groupMemberships.$inferSelect>();
  const rows = await db.select().from(groupMemberships).where(eq(groupMemberships.userId, actor.id));
  return new Map(rows.map((m) => [m.groupId, m]));
}

/** The public directory: anyone may browse groups and their descriptions. */
export async function listGroups(db: Db, actor: Actor, query: GroupListQuery) {
  const rows = await db
    .select({ group: groups, memberCount: activeMembers })
    .from(groups)
    .where(
      and(
        query.audience ? arrayContains(groups.audiences, [query.audience]) : undefined,
        query.time ? eq(groups.meetingTime, query.time) : undefined,
      ),
    )
    .orderBy(asc(groups.name));
  const mine = await myMemberships(db, actor);
  return rows.map((r) => groupSummary(r.group, r.memberCount, mine.get(r.group.id) ?? null));
}

export async function getGroup(db: Db, actor: Actor, groupId: string) {
  const [row] = await db
    .select({ group: groups, memberCount: activeMembers })
    .from(groups)
    .where(eq(groups.id, groupId));
  if (!row) throw notFound('group');
  const mine = await myMemberships(db, actor);
  return groupDetail(actor, row.group, row.memberCount, mine.get(groupId) ?? null);
}

async function requireAccess(db: Db, actor: Actor, groupId: string) {
  const access = await loadGroupAccess(db, actor, groupId);
  if (!access) throw notFound('group');
  return access;
}

async function membershipOf(db: Db, groupId: string, userId: string): Promise<MyMembership> {
  const [m] = await db
    .select()
    .from(groupMemberships)
    .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.userId, userId)));
  const view = membershipView(m ?? null);
  if (!view) throw notFound('membership');
  return view;
}

/** Open groups let a member straight in; request-only groups record a request for staff to decide. */
export async function joinGroup(db: Db, actor: Actor, groupId: string): Promise<MyMembership> {
  const access = await requireAccess(db, actor, groupId);
  authorize(canJoinGroup(actor, access.facts));
  const userId = (actor as NonNullable<Actor>).id;
  const open = access.facts.joinPolicy === 'open';
  await db
    .insert(groupMemberships)
    .values({ groupId, userId, status: open ? 'active' : 'requested', joinedAt: open ? new Date() : null })
    .onConflictDoNothing();
  return membershipOf(db, groupId, userId);
}

export async function acceptGroundRules(db: Db, actor: Actor, groupId: string): Promise<MyMembership> {
  const access = await requireAccess(db, actor, groupId);
  authorize(canAcceptGroundRules(actor, access.facts));
  const userId = (actor as NonNullable<Actor>).id;
  await db
    .update(groupMemberships)
    .set({ groundRulesAcceptedAt: sql`coalesce(${groupMemberships.groundRulesAcceptedAt}, now())` })
    .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.userId, userId)));
  return membershipOf(db, groupId, userId);
}

export async function listJoinRequests(db: Db, actor: Actor, groupId: string): Promise<JoinRequest[]> {
  authorize(canReviewJoinRequests(actor));
  await requireAccess(db, actor, groupId);
  const rows = await db
    .select({ userId: users.id, displayName: users.displayName, requestedAt: groupMemberships.requestedAt })
    .from(groupMemberships)
    .innerJoin(users, eq(users.id, groupMemberships.userId))
    .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.status, 'requested')))
    .orderBy(asc(groupMemberships.requestedAt));
  return rows.map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString() }));
}

export async function decideJoinRequest(
  db: Db,
  actor: Actor,
  groupId: string,
  userId: string,
  decision: 'approve' | 'decline',
): Promise<void> {
  authorize(canReviewJoinRequests(actor));
  await requireAccess(db, actor, groupId);
  const where = and(
    eq(groupMemberships.groupId, groupId),
    eq(groupMemberships.userId, userId),
    eq(groupMemberships.status, 'requested'),
  );
  const changed =
    decision === 'approve'
      ? await db.update(groupMemberships).set({ status: 'active', joinedAt: new Date() }).where(where).returning()
      : await db.delete(groupMemberships).where(where).returning();
  if (changed.length === 0) throw new HttpError('not_found', 'There is no pending request from that member.', 'userId');
}
