import {
  type Actor,
  canAssignFacilitator,
  type FacilitatorTraining,
  type RecordTrainingBody,
  type TrainingRecordView,
  type TrainingStatus,
  trainingStatus,
  trainingStatusView,
} from '@village/domain';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { groupMemberships, groups, trainingModules, trainingRecords, users } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError, notFound } from '../http/errors.ts';

/** The modules the service requires now (seeded: safeguarding, keeping_focus, managing_endings). */
export async function requiredModules(db: Db): Promise<string[]> {
  const rows = await db
    .select({ key: trainingModules.key })
    .from(trainingModules)
    .where(eq(trainingModules.required, true));
  return rows.map((r) => r.key);
}

/** Training status for several people at once (one query for records, one for modules). */
export async function trainingStatuses(
  db: Db,
  userIds: readonly string[],
  now: Date,
): Promise<Map<string, TrainingStatus>> {
  const out = new Map<string, TrainingStatus>();
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return out;
  const [required, records] = await Promise.all([
    requiredModules(db),
    db.select().from(trainingRecords).where(inArray(trainingRecords.userId, ids)),
  ]);
  for (const id of ids) {
    const mine = records
      .filter((r) => r.userId === id)
      .map((r) => ({ module: r.moduleKey, completedAt: r.completedAt, expiresAt: r.expiresAt }));
    out.set(id, trainingStatus(mine, required, now));
  }
  return out;
}

export async function isTrainingCurrent(db: Db, userId: string | null, now: Date): Promise<boolean> {
  if (!userId) return false;
  return (await trainingStatuses(db, [userId], now)).get(userId)?.current ?? false;
}

const recorder = alias(users, 'recorder');

async function recordViews(db: Db, userIds: readonly string[]): Promise<TrainingRecordView[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ r: trainingRecords, name: users.displayName, recorderName: recorder.displayName })
    .from(trainingRecords)
    .innerJoin(users, eq(users.id, trainingRecords.userId))
    .leftJoin(recorder, eq(recorder.id, trainingRecords.recordedBy))
    .where(inArray(trainingRecords.userId, [...userIds]))
    .orderBy(asc(trainingRecords.completedAt));
  return rows.map(({ r, name, recorderName }) => ({
    id: r.id,
    facilitator: { id: r.userId, displayName: name },
    module: r.moduleKey,
    completedAt: r.completedAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    recordedBy: r.recordedBy && recorderName ? { id: r.recordedBy, displayName: recorderName } : null,
    recordedAt: r.createdAt.toISOString(),
  }));
}

/** An admin records one completed module; audited. */
export async function recordTraining(db: Db, adminId: string, body: RecordTrainingBody): Promise<TrainingRecordView> {
  const completedAt = new Date(body.completedAt);
  const expiresAt = body.expiresAt ? new Date(body.expiresAt) : null;
  if (expiresAt && expiresAt <= completedAt) {
    throw new HttpError('validation_failed', 'The expiry date must be after the completion date.', 'expiresAt');
  }
  const [module] = await db.select().from(trainingModules).where(eq(trainingModules.key, body.module));
  if (!module) {
    const known = (await db.select({ key: trainingModules.key }).from(trainingModules)).map((m) => m.key);
    throw new HttpError('validation_failed', `Choose one of the training modules: ${known.join(', ')}.`, 'module');
  }
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, body.userId));
  if (!user) throw new HttpError('validation_failed', 'That person does not exist.', 'userId');
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trainingRecords)
      .values({ userId: body.userId, moduleKey: body.module, completedAt, expiresAt, recordedBy: adminId })
      .returning({ id: trainingRecords.id });
    if (!row) throw new Error('training insert returned nothing');
    await recordAudit(tx, {
      actorId: adminId,
      action: 'training.record',
      subjectUserId: body.userId,
      details: { module: body.module, completedAt: body.completedAt, expiresAt: body.expiresAt },
    });
    return row.id;
  });
  const view = (await recordViews(db, [body.userId])).find((r) => r.id === id);
  if (!view) throw new Error('training record vanished');
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
  const ids = people.map((p) => p.id);
  const [statuses, records] = await Promise.all([trainingStatuses(db, ids, now), recordViews(db, ids)]);
  return people.map((p) => ({
    facilitator: p,
    status: trainingStatusView(statuses.get(p.id) ?? trainingStatus([], [], now)),
    records: records.filter((r) => r.facilitator.id === p.id),
  }));
}

/** Only someone whose training is current may be made a group's facilitator (409 otherwise). */
export async function assignFacilitator(
  db: Db,
  actor: Actor,
  groupId: string,
  userId: string,
  now: Date,
): Promise<FacilitatorTraining> {
  const [group] = await db.select({ id: groups.id }).from(groups).where(eq(groups.id, groupId));
  if (!group) throw notFound('group');
  const [user] = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw notFound('user');
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
  return { facilitator: user, status: trainingStatusView(status), records: await recordViews(db, [userId]) };
}
