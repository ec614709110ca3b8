import { and, eq, isNull, lt, ne } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { groups, moderationItems } from '../db/schema/index.ts';
import { notifyAdmins } from '../notifications/service.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { announceAlert, announceItem } from './events.ts';

/**
 * Urgent items past their due time alert the admins, once per item (overdue_alerted_at), and
 * every moderator online sees the alert again. Runs with the sweeper; safe on any number of workers
 * because each item is marked under its row lock, skipping rows another worker holds.
 */
export async function alertOverdueUrgentItems(ctx: AppContext, now = new Date()): Promise<number> {
  const after = new AfterCommit();
  const alerted = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: moderationItems.id, groupName: groups.name })
      .from(moderationItems)
      .innerJoin(groups, eq(groups.id, moderationItems.groupId))
      .where(
        and(
          ne(moderationItems.status, 'resolved'),
          eq(moderationItems.priority, 'urgent'),
          lt(moderationItems.dueAt, now),
          isNull(moderationItems.overdueAlertedAt),
        ),
      )
      .limit(100)
      .for('update', { of: moderationItems, skipLocked: true });
    for (const row of rows) {
      await tx.update(moderationItems).set({ overdueAlertedAt: now }).where(eq(moderationItems.id, row.id));
      await notifyAdmins(tx, after, {
        kind: 'overdue',
        message: `An urgent item in ${row.groupName} is overdue: nobody has acted on it yet.`,
        link: `/moderation/items/${row.id}`,
        itemId: row.id,
        dedupeKey: `overdue:${row.id}`,
      });
      announceAlert(after, {
        itemId: row.id,
        priority: 'urgent',
        crisisKind: null,
        groupName: row.groupName,
        message: `Overdue: an urgent item in ${row.groupName} is still waiting.`,
      });
      await announceItem(tx, after, row.id);
    }
    return rows.length;
  });
  await after.publish(ctx);
  return alerted;
}
