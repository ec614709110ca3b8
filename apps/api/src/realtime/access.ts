import { type Actor, canReadGroupPosts, type GroupFacts, type Topic } from '@village/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMemberships, groups, sessions, users } from '../db/schema/index.ts';
import { loadGroupAccess, loadThreadAccess } from '../groups/access.ts';

type SignedIn = NonNullable<Actor>;

/**
 * The group a topic belongs to, when the actor may follow it; null when the topic does not
 * exist or she may not read it (one answer for both, so a socket cannot probe which ids exist).
 * The same policy as the HTTP routes: canReadGroupPosts on the group's facts.
 */
export async function followableGroup(db: Db, actor: SignedIn, topic: Topic): Promise<string | null> {
  const access =
    topic.kind === 'group' ? await loadGroupAccess(db, actor, topic.id) : await loadThreadAccess(db, actor, topic.id);
  return access && canReadGroupPosts(actor, access.facts).ok ? access.groupId : null;
}

/** What one socket holds: its session, and the group behind each topic it follows. */
export interface HeldAccess {
  sessionId: string;
  userId: string;
  topics: ReadonlyMap<string, string>;
}

/** null: the session has ended. Otherwise the actor as she is now, and the topics she lost. */
export type Recheck = { actor: SignedIn; revoked: string[] } | null;

/**
 * Re-checks every socket in a few batched queries: sessions still valid (a sign-out, an expiry
 * or a deleted account ends the socket), the site role as it is now, and each followed topic
 * against the same read policy, so a member removed from a group stops receiving it.
 */
export async function recheckAccess(db: Db, held: readonly HeldAccess[], now = new Date()): Promise<Recheck[]> {
  const sessionIds = unique(held.map((h) => h.sessionId));
  const userIds = unique(held.map((h) => h.userId));
  const groupIds = unique(held.flatMap((h) => [...h.topics.values()]));

  const live = new Map<string, { userId: string; role: SignedIn['role'] }>();
  for (const batch of chunks(sessionIds)) {
    const rows = await db
      .select({ id: sessions.id, userId: users.id, role: users.role, expiresAt: sessions.expiresAt })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(inArray(sessions.id, batch));
    for (const row of rows) {
      if (row.expiresAt.getTime() > now.getTime()) live.set(row.id, { userId: row.userId, role: row.role });
    }
  }

  const joinPolicies = new Map<string, GroupFacts['joinPolicy']>();
  const memberships = new Map<string, NonNullable<GroupFacts['membership']>>();
  for (const batch of chunks(groupIds)) {
    for (const row of await db
      .select({ id: groups.id, joinPolicy: groups.joinPolicy })
      .from(groups)
      .where(inArray(groups.id, batch))) {
      joinPolicies.set(row.id, row.joinPolicy);
    }
    for (const members of chunks(userIds)) {
      const rows = await db
        .select()
        .from(groupMemberships)
        .where(and(inArray(groupMemberships.groupId, batch), inArray(groupMemberships.userId, members)));
      for (const m of rows) {
        // The same facts as groups/access.ts builds for one group.
        memberships.set(`${m.groupId}/${m.userId}`, {
          status: m.status,
          role: m.role,
          groundRulesAccepted: m.groundRulesAcceptedAt !== null,
        });
      }
    }
  }

  return held.map((h) => {
    const session = live.get(h.sessionId);
    if (!session || session.userId !== h.userId) return null;
    const actor: SignedIn = { id: h.userId, role: session.role };
    const revoked: string[] = [];
    for (const [topic, groupId] of h.topics) {
      const joinPolicy = joinPolicies.get(groupId);
      const facts: GroupFacts | null = joinPolicy
        ? { joinPolicy, membership: memberships.get(`${groupId}/${h.userId}`) ?? null }
        : null;
      if (!facts || !canReadGroupPosts(actor, facts).ok) revoked.push(topic);
    }
    return { actor, revoked };
  });
}

const unique = (values: string[]) => [...new Set(values)];

/** Keeps each IN list well under Postgres's 65,535 bind parameters. */
function* chunks(values: string[], size = 5000): Generator<string[]> {
  for (let i = 0; i < values.length; i += size) yield values.slice(i, i + size);
}
