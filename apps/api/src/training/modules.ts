import { type AddTrainingModuleBody, type TrainingModuleView, trainingModuleKeyFor } from '@village/domain';
import { asc } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { trainingModules } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';

/** The training modules: the three every service starts with, and any the service adds. */
export async function listModules(db: Db): Promise<TrainingModuleView[]> {
  return db
    .select({ key: trainingModules.key, name: trainingModules.name, required: trainingModules.required })
    .from(trainingModules)
    .orderBy(asc(trainingModules.name));
}

/** A new module; required ones must be recorded before anyone counts as current again. Audited. */
export async function addModule(db: Db, adminId: string, body: AddTrainingModuleBody): Promise<TrainingModuleView> {
  const name = body.name.trim().replace(/\s+/g, ' ');
  const key = trainingModuleKeyFor(name);
  if (!key) throw new HttpError('validation_failed', 'Give the module a name with some letters in it.', 'name');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(trainingModules)
      .values({ key, name, required: body.required })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new HttpError('conflict', `There is already a module called "${name}".`, 'name');
    await recordAudit(tx, {
      actorId: adminId,
      action: 'training.module_add',
      details: { key, required: body.required },
    });
    return { key: row.key, name: row.name, required: row.required };
  });
}
