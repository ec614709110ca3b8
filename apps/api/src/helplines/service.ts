import {
  type AddHelplineBody,
  HELPLINE_NAME_MIN,
  type Helpline,
  helplineProblem,
  type UpdateHelplineBody,
} from '@village/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { helplines } from '../db/schema/index.ts';
import { HttpError, notFound } from '../http/errors.ts';

const columns = {
  id: helplines.id,
  name: helplines.name,
  description: helplines.description,
  phone: helplines.phone,
  textNumber: helplines.textNumber,
  textMessage: helplines.textMessage,
  url: helplines.url,
  hours: helplines.hours,
};
const editable = ['name', 'description', 'phone', 'textNumber', 'textMessage', 'url', 'hours'] as const;
type Editable = Omit<Helpline, 'id'>;

/** The helplines in the order admins chose: the help page, the crisis card and the admin page all read this. */
export async function loadHelplines(db: Db): Promise<Helpline[]> {
  return db.select(columns).from(helplines).orderBy(asc(helplines.position), asc(helplines.createdAt));
}

/** Trims what was typed; an empty optional field means "none". */
function cleaned(input: Partial<Record<(typeof editable)[number], string | null | undefined>>) {
  const out: Partial<Editable> = {};
  for (const key of editable) {
    const value = input[key];
    if (value === undefined) continue;
    const text = value === null ? null : value.trim().replace(/\s+/g, ' ');
    if (key === 'name' || key === 'description') {
      const min = key === 'name' ? HELPLINE_NAME_MIN : 1;
      if (!text || text.length < min) throw new HttpError('validation_failed', `Use at least ${min} characters.`, key);
      out[key] = text;
    } else {
      out[key] = text || null;
    }
  }
  return out;
}

function assertComplete(h: Editable) {
  const problem = helplineProblem(h);
  if (problem) throw new HttpError('validation_failed', problem.message, problem.field);
}

export async function addHelpline(db: Db, adminId: string, input: AddHelplineBody): Promise<Helpline> {
  const values = cleaned(input);
  const full: Editable = {
    name: values.name ?? '',
    description: values.description ?? '',
    phone: values.phone ?? null,
    textNumber: values.textNumber ?? null,
    textMessage: values.textMessage ?? null,
    url: values.url ?? null,
    hours: values.hours ?? null,
  };
  assertComplete(full);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(helplines)
      .values({ ...full, position: sql`(SELECT coalesce(max(position) + 1, 0) FROM ${helplines})` })
      .returning(columns);
    if (!row) throw new Error('helpline insert returned nothing');
    await recordAudit(tx, {
      actorId: adminId,
      action: 'helpline.add',
      details: { helplineId: row.id, name: row.name },
    });
    return row;
  });
}

export async function updateHelpline(
  db: Db,
  adminId: string,
  id: string,
  input: UpdateHelplineBody,
): Promise<Helpline> {
  const values = cleaned(input);
  if (Object.keys(values).length === 0) throw new HttpError('validation_failed', 'Change at least one field.', 'body');
  return db.transaction(async (tx) => {
    const [row] = await tx.select(columns).from(helplines).where(eq(helplines.id, id)).for('update');
    if (!row) throw notFound('helpline');
    const next = { ...row, ...values };
    assertComplete(next);
    const changes = Object.fromEntries(
      editable.filter((k) => next[k] !== row[k]).map((k) => [k, { from: row[k], to: next[k] }]),
    );
    if (Object.keys(changes).length === 0) return row;
    const [updated] = await tx.update(helplines).set(values).where(eq(helplines.id, id)).returning(columns);
    await recordAudit(tx, {
      actorId: adminId,
      action: 'helpline.update',
      details: { helplineId: id, name: next.name, changes },
    });
    return updated ?? next;
  });
}

/** The last helpline cannot go: the crisis card and the help page must always have one. */
export async function removeHelpline(db: Db, adminId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Locks every row so two admins removing the last two at once cannot both succeed.
    const all = await tx.select({ id: helplines.id, name: helplines.name }).from(helplines).for('update');
    const row = all.find((h) => h.id === id);
    if (!row) throw notFound('helpline');
    if (all.length === 1)
      throw new HttpError('conflict', 'Keep at least one helpline: the crisis card and the help page need one.');
    await tx.delete(helplines).where(eq(helplines.id, id));
    await recordAudit(tx, { actorId: adminId, action: 'helpline.remove', details: { helplineId: id, name: row.name } });
  });
}

/** `ids` must be every helpline exactly once, in the new order. */
export async function reorderHelplines(db: Db, adminId: string, ids: string[]): Promise<Helpline[]> {
  await db.transaction(async (tx) => {
    const current = await tx
      .select({ id: helplines.id })
      .from(helplines)
      .orderBy(asc(helplines.position), asc(helplines.createdAt))
      .for('update');
    const known = new Set(current.map((h) => h.id));
    if (ids.length !== known.size || !ids.every((id) => known.has(id)))
      throw new HttpError(
        'conflict',
        'The list of helplines has changed since this page was loaded. Reload it and try again.',
        'ids',
      );
    const before = current.map((h) => h.id);
    if (before.every((id, i) => ids[i] === id)) return;
    for (const [position, id] of ids.entries()) {
      await tx.update(helplines).set({ position }).where(eq(helplines.id, id));
    }
    await recordAudit(tx, { actorId: adminId, action: 'helpline.reorder', details: { from: before, to: ids } });
  });
  return loadHelplines(db);
}
