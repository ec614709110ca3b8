import type { AdminGroup, UpdateGroupModerationBody } from '@village/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { groupMemberships, groups } from '../db/schema/index.ts';
import { HttpError, notFound } from '../http/errors.ts';

const adminColumns = {
  id: groups.id,
  slug: groups.slug,
  name: groups.name,
  moderationMode: groups.moderationMode,
  reportThreshold: groups.reportThreshold,
  memberCount: sql<number>`(SELECT count(*)::int FROM ${groupMemberships} gm WHERE gm.group_id = ${groups.id} AND gm.status = 'active')`,
};

/** Every group with the settings only admins change: how posts are moderated and when reports hide a post. */
export async function listAdminGroups(db: Db): Promise<AdminGroup[]> {
  return db.select(adminColumns).from(groups).orderBy(asc(groups.name));
}

export async function updateGroupModeration(
  db: Db,
  adminId: string,
  groupId: string,
  input: UpdateGroupModerationBody,
): Promise<AdminGroup> {
  if (input.moderationMode === undefined && input.reportThreshold === undefined)
    throw new HttpError('validation_failed', 'Change the moderation mode or the report threshold.', 'body');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ mode: groups.moderationMode, threshold: groups.reportThreshold })
      .from(groups)
      .where(eq(groups.id, groupId))
      .for('update');
    if (!row) throw notFound('group');
    const next = { mode: input.moderationMode ?? row.mode, threshold: input.reportThreshold ?? row.threshold };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (next.mode !== row.mode) changes.moderationMode = { from: row.mode, to: next.mode };
    if (next.threshold !== row.threshold) changes.reportThreshold = { from: row.threshold, to: next.threshold };
    if (Object.keys(changes).length === 0) return;
    // Applies to posts written from now on; posts already waiting keep the path they started on.
    await tx
      .update(groups)
      .set({ moderationMode: next.mode, reportThreshold: next.threshold })
      .where(eq(groups.id, groupId));
    await recordAudit(tx, { actorId: adminId, action: 'group.moderation', groupId, details: { changes } });
  });
  const [group] = await db.select(adminColumns).from(groups).where(eq(groups.id, groupId));
  if (!group) throw notFound('group');
  return group;
}
