import { type Actor, canModerate, canReadGroupPosts, type GroupFacts, type Topic } from '@village/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMemberships, groups, sessions, users } from '../db/schema/index.ts';
import { loadGroupAccess, loadThreadAccess } from '../groups/access.ts';

type SignedIn = NonNullable<Actor>;

/**
 * What a followed topic depends on, re-checked at every heartbeat: `group:<id>` (its read
 * policy), `staff` (the moderation queue) or `self` (her own notices; her session suffices).
 */
export type Scope = `group:${string}` | 'staff' | 'self';
const groupOf = (scope: string): string | null => (scope.startsWith('group:') ? scope.slice(6) : null);

/**
 * The scope of a topic when the actor may follow it; null when the topic does not exist or
 * she may not (one answer for both, so a socket cannot probe which ids exist). The same
 * policies as the HTTP routes: canReadGroupPosts for groups and threads, canModerate for the queue.
 */
export async function followScope(db: Db, actor: SignedIn, topic: Topic): Promise<Scope | null> {
  switch (topic.kind) {
    case 'moderation':
      return canModerate(actor).ok ? 'staff' : null;
    case 'user':
      return topic.id === actor.id ? 'self' : null;
    case 'group':
    case 'thread': {
      const access =
        topic.kind === 'group'
          ? await loadGroupAccess(db, actor, topic.id)
          : await loadThreadAccess(db, actor, topic.id);
      return access && canReadGroupPosts(actor, access.facts).ok ? `group:${access.groupId}` : null;
    }
  }
}

/** What one socket holds: its session, and the scope behind each topic it follows. */
export interface HeldAccess {
  sessionId: string;
  userId: string;
  topics: ReadonlyMap<string, Scope>;
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
  const groupIds = unique(held.flatMap((h) => [...h.topics.values()].flatMap((scope) => groupOf(scope) ?? [])));

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
    for (const [topic, scope] of h.topics) {
      if (scope === 'self') continue;
      if (scope === 'staff') {
        if (!canModerate(actor).ok) revoked.push(topic);
        continue;
      }
      const groupId = groupOf(scope) ?? '';
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
