import {
  type Actor,
  canAssignFacilitator,
  type FacilitatorTraining,
  type MyFacilitation,
  trainingStatus,
  trainingStatusView,
} from '@village/domain';
import { and, asc, count, eq, inArray, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { followUpTasks, groupMemberships, groups, trainingRecords, users } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { listModules } from './modules.ts';
import { recordViews, requiredModules, trainingStatuses } from './records.ts';

/** Who facilitates which group, and the one view of a facilitator that admins and she herself see. */

type Person = { id: string; displayName: string };

async function facilitatedGroups(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: groupMemberships.userId, id: groups.id, name: groups.name })
    .from(groupMemberships)
    .innerJoin(groups, eq(groups.id, groupMemberships.groupId))
    .where(
      and(
        inArray(groupMemberships.userId, [...userIds]),
        eq(groupMemberships.role, 'facilitator'),
        eq(groupMemberships.status, 'active'),
      ),
    )
    .orderBy(asc(groups.name));
}

async function facilitatorViews(db: Db, people: readonly Person[], now: Date): Promise<FacilitatorTraining[]> {
  const ids = people.map((p) => p.id);
  const [statuses, records, memberships] = await Promise.all([
    trainingStatuses(db, ids, now),
    recordViews(db, ids),
    facilitatedGroups(db, ids),
  ]);
  return people.map((p) => ({
    facilitator: p,
    status: trainingStatusView(statuses.get(p.id) ?? trainingStatus([], [], now)),
    records: records.filter((r) => r.facilitator.id === p.id),
    groups: memberships.filter((m) => m.userId === p.id).map(({ id, name }) => ({ id, name })),
  }));
}

async function facilitatorView(db: Db, person: Person, now: Date): Promise<FacilitatorTraining> {
  const [view] = await facilitatorViews(db, [person], now);
  if (!view) throw new Error('facilitator view vanished');
  return view;
}

/** Everyone who facilitates a group or has a training record, with their status (for admins). */
export async function listFacilitators(db: Db, now: Date): Promise<FacilitatorTraining[]> {
  const people = await db
    .selectDistinct({ id: users.id, displayName: users.displayName })
    .from(users)
    .leftJoin(groupMemberships, and(eq(groupMemberships.userId, users.id), eq(groupMemberships.role, 'facilitator')))
    .leftJoin(trainingRecords, eq(trainingRecords.userId, users.id))
    .where(or(eq(groupMemberships.role, 'facilitator'), eq(trainingRecords.userId, users.id)))
    .orderBy(asc(users.displayName));
  return facilitatorViews(db, people, now);
}

async function findPerson(db: Db, userId: string): Promise<Person> {
  const [user] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound('user');
  return user;
}

async function requireGroup(db: Db, groupId: string): Promise<void> {
  const [group] = await db.select({ id: groups.id }).from(groups).where(eq(groups.id, groupId));
  if (!group) throw notFound('group');
}

/** Only someone whose training is current may be made a group's facilitator (409 otherwise). */
export async function assignFacilitator(
  db: Db,
  actor: Actor,
  groupId: string,
  userId: string,
  now: Date,
): Promise<FacilitatorTraining> {
  await requireGroup(db, groupId);
  const user = await findPerson(db, userId);
  const statuses = await trainingStatuses(db, [userId], now);
  const status = statuses.get(userId) ?? trainingStatus([], await requiredModules(db), now);
  authorize(canAssignFacilitator(actor, { trainingCurrent: status.current }));
  await db.transaction(async (tx) => {
    await tx
      .insert(groupMemberships)
      .values({ groupId, userId, status: 'active', role: 'facilitator', joinedAt: now })
      .onConflictDoUpdate({
        target: [groupMemberships.groupId, groupMemberships.userId],
        set: { status: 'active', role: 'facilitator', joinedAt: sql`coalesce(${groupMemberships.joinedAt}, ${now})` },
      });
    await recordAudit(tx, {
      actorId: (actor as NonNullable<Actor>).id,
      action: 'group.facilitator_assign',
      subjectUserId: userId,
      groupId,
    });
  });
  return facilitatorView(db, user, now);
}

/** She stays in the group as a member; her sessions there show up as gaps until someone else leads. */
export async function unassignFacilitator(
  db: Db,
  adminId: string,
  groupId: string,
  userId: string,
  now: Date,
): Promise<FacilitatorTraining> {
  await requireGroup(db, groupId);
  const user = await findPerson(db, userId);
  await db.transaction(async (tx) => {
    const changed = await tx
      .update(groupMemberships)
      .set({ role: 'member' })
      .where(
        and(
          eq(groupMemberships.groupId, groupId),
          eq(groupMemberships.userId, userId),
          eq(groupMemberships.role, 'facilitator'),
        ),
      )
      .returning({ userId: groupMemberships.userId });
    if (changed.length === 0) {
      throw new HttpError('not_found', `${user.displayName} does not facilitate that group.`, 'userId');
    }
    await recordAudit(tx, { actorId: adminId, action: 'group.facilitator_unassign', subjectUserId: userId, groupId });
  });
  return facilitatorView(db, user, now);
}

/** Her own training and follow-ups, for the header and her "Facilitating" page. */
export async function myFacilitation(db: Db, actor: Actor, now: Date): Promise<MyFacilitation> {
  if (!actor) throw new HttpError('unauthenticated', 'Sign in to continue.');
  const [person, tasks, hasRecord, facilitates] = await Promise.all([
    findPerson(db, actor.id),
    db
      .select({ status: followUpTasks.status, n: count() })
      .from(followUpTasks)
      .where(eq(followUpTasks.facilitatorId, actor.id))
      .groupBy(followUpTasks.status),
    db.select({ id: trainingRecords.id }).from(trainingRecords).where(eq(trainingRecords.userId, actor.id)).limit(1),
    facilitatedGroups(db, [actor.id]),
  ]);
  const openFollowUps = tasks.find((t) => t.status === 'open')?.n ?? 0;
  const followUps = tasks.reduce((sum, t) => sum + t.n, 0);
  const involved = hasRecord.length > 0 || facilitates.length > 0;
  if (!involved) return { training: null, modules: [], openFollowUps, followUps };
  const [training, modules] = await Promise.all([facilitatorView(db, person, now), listModules(db)]);
  return { training, modules, openFollowUps, followUps };
}
