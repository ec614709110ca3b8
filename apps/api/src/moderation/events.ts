import type { ModerationAlert } from '@village/domain';
import type { Db } from '../db/client.ts';
import type { AfterCommit } from '../realtime/after-commit.ts';
import { itemSummary, queueCounts } from './summaries.ts';

export const MODERATION_TOPIC = 'moderation';

/** Queues a `moderation.item` event with the item as it is after this transaction, and the counts. */
export async function announceItem(tx: Db, after: AfterCommit, itemId: string): Promise<void> {
  const item = await itemSummary(tx, itemId);
  if (!item) return;
  after.add({ type: 'moderation.item', topic: MODERATION_TOPIC, item, counts: await queueCounts(tx) });
}

export function announceAlert(after: AfterCommit, alert: ModerationAlert): void {
  after.add({ type: 'moderation.alert', topic: MODERATION_TOPIC, alert });
}
