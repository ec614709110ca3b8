import {
  type Actor,
  canAcceptGroundRules,
  canJoinGroup,
  canReviewJoinRequests,
  type GroupListQuery,
  type JoinRequest,
  type MyMembership,
  type SessionTimeOfDay,
  timeOfDay,
} from '@village/domain';
import { and, arrayContains, asc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMemberships, groupSessions, groups, users } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { isTrainingCurrent } from '../training/records.ts';
import { loadGroupAccess } from './access.ts';
import { groupDetail, groupSummary, membershipView } from './views.ts';

const activeMembers = sql<number>`(SELECT count(*)::int FROM ${groupMemberships} gm WHERE gm.group_id = ${groups.id} AND gm.status = 'active')`;

async function myMemberships(db: Db, actor: Actor) {
  if (!actor) return new Map<string, typeof groupMemberships.$inferSelect>();
  const rows = await db.select().from(groupMemberships).where(eq(groupMemberships.userId, actor.id));
  return new Map(rows.map((m) => [m.groupId, m]));
}

export const TIME_FILTER_HORIZON_DAYS = 28;

/**
 * The groups that meet in a band ("daytime", "evening", "weekend"): any upcoming session in the
 * next four weeks starting in that band on the group's own clock. A group with nothing scheduled
 * yet is placed by the meeting time it states, so a new group is not invisible to the filter.
 */
async function groupsMeetingAt(db: Db, band: SessionTimeOfDay): Promise<Set<string>> {
  const now = new Date();
  const upcoming = await db
    .select({ groupId: groupSessions.groupId, startsAt: groupSessions.startsAt, timeZone: groups.timeZone })
    .from(groupSessions)
    .innerJoin(groups, eq(groups.id, groupSessions.groupId))
    .where(
      and(
        ne(groupSessions.state, 'cancelled'),
        ne(groupSessions.state, 'closed'),
        gte(groupSessions.endsAt, now),
        lt(groupSessions.startsAt, new Date(now.getTime() + TIME_FILTER_HORIZON_DAYS * 86_400_000)),
      ),
    );
  const withSessions = new Set(upcoming.map((s) => s.groupId));
  const out = new Set(upcoming.filter((s) => timeOfDay(s.startsAt, s.timeZone) === band).map((s) => s.groupId));
  const stated = await db.select({ id: groups.id }).from(groups).where(eq(groups.meetingTime, band));
  for (const g of stated) if (!withSessions.has(g.id)) out.add(g.id);
  return out;
}

/** The public directory: anyone may browse groups and their descriptions. */
export async function listGroups(db: Db, actor: Actor, query: GroupListQuery) {
  const rows = await db
    .select({ group: groups, memberCount: activeMembers })
    .from(groups)
    .where(and(query.audience ? arrayContains(groups.audiences, [query.audience]) : undefined))
    .orderBy(asc(groups.name));
  const mine = await myMemberships(db, actor);
  const matching = query.time ? await groupsMeetingAt(db, query.time) : null;
  return rows
    .filter((r) => !matching || matching.has(r.group.id))
    .map((r) => groupSummary(r.group, r.memberCount, mine.get(r.group.id) ?? null));
}

export async function getGroup(db: Db, actor: Actor, groupId: string) {
  const [row] = await db
    .select({ group: groups, memberCount: activeMembers })
    .from(groups)
    .where(eq(groups.id, groupId));
  if (!row) throw notFound('group');
  const mine = await myMemberships(db, actor);
  const membership = mine.get(groupId) ?? null;
  // Whether she may schedule sessions here: her role, and her own training currency today.
  const groupRole = membership?.status === 'active' ? membership.role : null;
  const trainingCurrent = actor ? await isTrainingCurrent(db, actor.id, new Date()) : false;
  return groupDetail(actor, row.group, row.memberCount, membership, { groupRole, trainingCurrent });
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
