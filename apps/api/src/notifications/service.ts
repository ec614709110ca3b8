import type { NotificationList, NotificationView } from '@village/domain';
import { and, count, desc, eq, isNull, type WithSubquery } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { notifications, users } from '../db/schema/index.ts';
import type { AfterCommit } from '../realtime/after-commit.ts';

export interface Notice {
  userId: string;
  /** e.g. "post.held", "post.hidden", "report.outcome", "restriction", "crisis_support", "escalation" */
  kind: string;
  message: string;
  link?: string | null;
  postId?: string | null;
  itemId?: string | null;
  /** the same key twice writes one notice: jobs and retries stay idempotent */
  dedupeKey?: string | null;
}

type NotificationRow = typeof notifications.$inferSelect;
const view = (row: NotificationRow): NotificationView => ({
  id: row.id,
  kind: row.kind,
  message: row.message,
  link: row.link,
  createdAt: row.createdAt.toISOString(),
  read: row.readAt !== null,
});

/**
 * Writes a notice in the caller's transaction; its live copy goes out after commit.
 * `alongside` is another write (a data-modifying CTE) sent in the same round trip.
 */
export async function notify(tx: Db, after: AfterCommit, notice: Notice, alongside?: WithSubquery): Promise<void> {
  const [row] = await (alongside ? tx.with(alongside) : tx)
    .insert(notifications)
    .values({
      userId: notice.userId,
      kind: notice.kind,
      message: notice.message,
      link: notice.link ?? null,
      postId: notice.postId ?? null,
      itemId: notice.itemId ?? null,
      dedupeKey: notice.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (row) after.add({ type: 'notification', topic: `user:${row.userId}`, notification: view(row) });
}

/** The same notice to every admin (escalations, overdue urgent items). */
export async function notifyAdmins(tx: Db, after: AfterCommit, notice: Omit<Notice, 'userId'>): Promise<void> {
  const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin'));
  for (const admin of admins) {
    await notify(tx, after, {
      ...notice,
      userId: admin.id,
      dedupeKey: notice.dedupeKey ? `${notice.dedupeKey}:${admin.id}` : null,
    });
  }
}

export async function listNotifications(db: Db, userId: string): Promise<NotificationList> {
  const rows = await db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt))
    .limit(50);
  return { notifications: rows.map(view), unread: await unreadCount(db, userId) };
}

export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export async function markAllRead(db: Db, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
