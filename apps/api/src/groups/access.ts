import type { Actor, GroupFacts, JoinPolicy } from '@village/domain';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupMemberships, groups, threads } from '../db/schema/index.ts';

export interface GroupAccess {
  groupId: string;
  facts: GroupFacts;
}

/** Loads what the group policies need about one group and the actor's membership in it. */
export async function loadGroupAccess(db: Db, actor: Actor, groupId: string): Promise<GroupAccess | null> {
  const [row] = await db.select({ joinPolicy: groups.joinPolicy }).from(groups).where(eq(groups.id, groupId));
  if (!row) return null;
  return { groupId, facts: await factsFor(db, actor, groupId, row.joinPolicy) };
}

/** The same, starting from a thread: answers null when the thread does not exist. */
export async function loadThreadAccess(db: Db, actor: Actor, threadId: string): Promise<GroupAccess | null> {
  const [row] = await db
    .select({ groupId: threads.groupId, joinPolicy: groups.joinPolicy })
    .from(threads)
    .innerJoin(groups, eq(groups.id, threads.groupId))
    .where(eq(threads.id, threadId));
  if (!row) return null;
  return { groupId: row.groupId, facts: await factsFor(db, actor, row.groupId, row.joinPolicy) };
}

async function factsFor(db: Db, actor: Actor, groupId: string, joinPolicy: JoinPolicy): Promise<GroupFacts> {
  if (!actor) return { joinPolicy, membership: null };
  const [m] = await db
    .select()
    .from(groupMemberships)
    .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.userId, actor.id)));
  return {
    joinPolicy,
    membership: m ? { status: m.status, role: m.role, groundRulesAccepted: m.groundRulesAcceptedAt !== null } : null,
  };
}
