import type { ModerationSettings } from '@village/domain';
import { dueAt, type ItemKind, type Priority } from '@village/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { moderationItems } from '../db/schema/index.ts';

export interface RaiseItem {
  postId: string;
  groupId: string;
  authorId: string;
  kind?: ItemKind;
  reasons: string[];
  priority: Priority;
  crisisKind?: string | null;
  decidedBy?: string | null;
  note?: string | null;
}

/**
 * Puts a post in front of a human: opens its item, or folds into the open one (one open item
 * per post and kind, enforced by a partial unique index). Folding keeps every reason, the
 * higher priority and the earlier due time, so a crisis never waits behind a later report.
 */
export async function raiseItem(
  tx: Db,
  input: RaiseItem,
  settings: ModerationSettings,
  now = new Date(),
): Promise<{ id: string; created: boolean }> {
  const [row] = await tx
    .insert(moderationItems)
    .values({
      kind: input.kind ?? 'review',
      postId: input.postId,
      groupId: input.groupId,
      authorId: input.authorId,
      priority: input.priority,
      reasons: [...new Set(input.reasons)].sort(),
      crisisKind: input.crisisKind ?? null,
      decidedBy: input.decidedBy ?? null,
      note: input.note ?? null,
      dueAt: dueAt(input.priority, now, settings.dueMinutes),
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoUpdate({
      target: [moderationItems.postId, moderationItems.kind],
      targetWhere: sql`${moderationItems.status} <> 'resolved'`,
      set: {
        reasons: sql`(SELECT array_agg(DISTINCT r ORDER BY r) FROM unnest(${moderationItems.reasons} || excluded.reasons) AS r)`,
        // The enum is declared urgent < high < normal < low, so LEAST is the more urgent.
        priority: sql`LEAST(${moderationItems.priority}, excluded.priority)`,
        dueAt: sql`LEAST(${moderationItems.dueAt}, excluded.due_at)`,
        crisisKind: sql`COALESCE(${moderationItems.crisisKind}, excluded.crisis_kind)`,
        updatedAt: now,
      },
    })
    .returning({ id: moderationItems.id, createdAt: moderationItems.createdAt });
  if (!row) throw new Error('moderation item upsert returned nothing');
  return { id: row.id, created: row.createdAt.getTime() === now.getTime() };
}
