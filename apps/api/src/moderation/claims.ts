import { type Actor, canClaimItem, canModerate, type ItemFacts, type ModerationItemSummary } from '@village/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { moderationItems } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { loadModerationSettings } from '../moderation-settings/service.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { announceItem } from './events.ts';
import { itemSummary } from './summaries.ts';

export type ItemRow = typeof moderationItems.$inferSelect;

/**
 * Locks the item for the rest of the transaction. Two moderators acting at once queue on this
 * lock; the second then sees the first one's claim or resolution and gets a 409.
 */
export async function lockItem(tx: Db, itemId: string): Promise<ItemRow> {
  const [item] = await tx.select().from(moderationItems).where(eq(moderationItems.id, itemId)).for('update');
  if (!item) throw notFound('moderation item');
  return item;
}

export const itemFacts = (item: ItemRow): ItemFacts => ({
  kind: item.kind,
  status: item.status,
  decidedBy: item.decidedBy,
  claimedBy: item.claimedBy,
  claimedUntil: item.claimedUntil,
});

export async function claimItem(ctx: AppContext, actor: Actor, itemId: string): Promise<ModerationItemSummary> {
  authorize(canModerate(actor));
  const after = new AfterCommit();
  await ctx.db.transaction(async (tx) => {
    const item = await lockItem(tx, itemId);
    const now = new Date();
    authorize(canClaimItem(actor, itemFacts(item), now));
    const { claimMinutes } = await loadModerationSettings(tx);
    await tx
      .update(moderationItems)
      .set({
        claimedBy: (actor as NonNullable<Actor>).id,
        claimedUntil: new Date(now.getTime() + claimMinutes * 60_000),
        updatedAt: now,
      })
      .where(eq(moderationItems.id, itemId));
    await announceItem(tx, after, itemId);
  });
  await after.publish(ctx);
  return requireSummary(ctx.db, itemId);
}

/** Lets go of her own claim so another moderator can take the item at once. */
export async function releaseItem(ctx: AppContext, actor: Actor, itemId: string): Promise<ModerationItemSummary> {
  authorize(canModerate(actor));
  const after = new AfterCommit();
  await ctx.db.transaction(async (tx) => {
    const item = await lockItem(tx, itemId);
    authorize(canClaimItem(actor, itemFacts(item), new Date()));
    if (item.claimedBy !== actor?.id) throw new HttpError('conflict', 'You have not claimed this item.');
    await tx
      .update(moderationItems)
      .set({ claimedBy: null, claimedUntil: null, updatedAt: new Date() })
      .where(eq(moderationItems.id, itemId));
    await announceItem(tx, after, itemId);
  });
  await after.publish(ctx);
  return requireSummary(ctx.db, itemId);
}

export async function requireSummary(db: Db, itemId: string): Promise<ModerationItemSummary> {
  const summary = await itemSummary(db, itemId);
  if (!summary) throw notFound('moderation item');
  return summary;
}
