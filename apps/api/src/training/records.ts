import { type RecordTrainingBody, type TrainingRecordView, type TrainingStatus, trainingStatus } from '@village/domain';
import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { trainingModules, trainingRecords, users } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';

/** Training records and whether they make someone current (the rule itself: domain `training/currency.ts`). */

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

export async function recordViews(db: Db, userIds: readonly string[]): Promise<TrainingRecordView[]> {
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
