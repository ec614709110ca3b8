import {
  dueMinutesProblem,
  type ModerationSettings,
  type ModerationSettingsResponse,
  type UpdateModerationSettingsBody,
} from '@village/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { moderationSettings } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';

type Row = typeof moderationSettings.$inferSelect;

const fromRow = (row: Row): ModerationSettings => ({
  crisisAction: row.crisisAction,
  dueMinutes: {
    urgent: row.dueMinutesUrgent,
    high: row.dueMinutesHigh,
    normal: row.dueMinutesNormal,
    low: row.dueMinutesLow,
  },
  claimMinutes: row.claimMinutes,
  newMemberDays: row.newMemberDays,
});

/** The single settings row (the first migration creates it; recreated with the defaults if ever missing). */
async function settingsRow(db: Db, forUpdate = false): Promise<Row> {
  const read = () => {
    const query = db.select().from(moderationSettings).where(eq(moderationSettings.id, 1));
    return forUpdate ? query.for('update') : query;
  };
  const [row] = await read();
  if (row) return row;
  await db.insert(moderationSettings).values({ id: 1 }).onConflictDoNothing();
  const [created] = await read();
  if (!created) throw new Error('moderation_settings row could not be created');
  return created;
}

/** Read on every use (one small row, no cache), so an admin's change applies to the very next post. */
export async function loadModerationSettings(db: Db): Promise<ModerationSettings> {
  return fromRow(await settingsRow(db));
}

export async function getModerationSettings(db: Db): Promise<ModerationSettingsResponse> {
  const row = await settingsRow(db);
  return { settings: fromRow(row), updatedAt: row.updatedAt.toISOString() };
}

/** Flattens settings to "field → value" so the audit entry lists exactly what changed. */
function flat(s: ModerationSettings): Record<string, string | number> {
  const { dueMinutes, ...rest } = s;
  return {
    ...rest,
    ...Object.fromEntries(Object.entries(dueMinutes).map(([priority, minutes]) => [`dueMinutes.${priority}`, minutes])),
  };
}

export async function updateModerationSettings(
  db: Db,
  adminId: string,
  input: UpdateModerationSettingsBody,
): Promise<ModerationSettingsResponse> {
  const asked =
    Object.keys(input).filter((k) => k !== 'dueMinutes').length + Object.keys(input.dueMinutes ?? {}).length;
  if (asked === 0) throw new HttpError('validation_failed', 'Change at least one setting.', 'body');
  return db.transaction(async (tx) => {
    const row = await settingsRow(tx, true);
    const current = fromRow(row);
    const next: ModerationSettings = {
      crisisAction: input.crisisAction ?? current.crisisAction,
      dueMinutes: { ...current.dueMinutes, ...input.dueMinutes },
      claimMinutes: input.claimMinutes ?? current.claimMinutes,
      newMemberDays: input.newMemberDays ?? current.newMemberDays,
    };
    const problem = dueMinutesProblem(next.dueMinutes);
    if (problem) throw new HttpError('validation_failed', problem.message, problem.field);
    const [before, after] = [flat(current), flat(next)];
    const changes = Object.fromEntries(
      Object.keys(after)
        .filter((k) => after[k] !== before[k])
        .map((k) => [k, { from: before[k], to: after[k] }]),
    );
    if (Object.keys(changes).length === 0) return { settings: current, updatedAt: row.updatedAt.toISOString() };
    const [updated] = await tx
      .update(moderationSettings)
      .set({
        crisisAction: next.crisisAction,
        dueMinutesUrgent: next.dueMinutes.urgent,
        dueMinutesHigh: next.dueMinutes.high,
        dueMinutesNormal: next.dueMinutes.normal,
        dueMinutesLow: next.dueMinutes.low,
        claimMinutes: next.claimMinutes,
        newMemberDays: next.newMemberDays,
        updatedAt: new Date(),
      })
      .where(eq(moderationSettings.id, 1))
      .returning();
    if (!updated) throw new Error('moderation_settings update returned nothing');
    await recordAudit(tx, { actorId: adminId, action: 'settings.update', details: { changes } });
    return { settings: fromRow(updated), updatedAt: updated.updatedAt.toISOString() };
  });
}
