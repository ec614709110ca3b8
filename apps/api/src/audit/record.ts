import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema/index.ts';

/** What happened, by whom, to whom: ids and the moderator's reason, never a post's text. */
export interface AuditEntry {
  actorId: string | null;
  /** e.g. "moderation.hide", "moderation.mute", "role.change", "watched_word.add" */
  action: string;
  subjectUserId?: string | null;
  postId?: string | null;
  itemId?: string | null;
  groupId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log in the caller's transaction, so the record and the change commit together. */
export async function recordAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectUserId: entry.subjectUserId ?? null,
    postId: entry.postId ?? null,
    itemId: entry.itemId ?? null,
    groupId: entry.groupId ?? null,
    reason: entry.reason ?? null,
    details: entry.details ?? {},
  });
}
