import { type Actor, canRequestSecondLook } from '@village/domain';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import { moderationItems } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { loadModerationSettings } from '../moderation-settings/service.ts';
import { requireReadablePost } from '../posts/service.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { announceItem } from './events.ts';
import { raiseItem } from './items.ts';

/**
 * The author of a hidden post asks for a second look. It becomes a queue item of its own that
 * the moderator who hid the post cannot take (canClaimItem). Asking twice folds into one item.
 */
export async function requestSecondLook(ctx: AppContext, actor: Actor, postId: string, note: string | null) {
  const post = await requireReadablePost(ctx.db, actor, postId);
  authorize(canRequestSecondLook(actor, post));
  const after = new AfterCommit();
  await ctx.db.transaction(async (tx) => {
    const [decided] = await tx
      .select({ resolvedBy: moderationItems.resolvedBy })
      .from(moderationItems)
      .where(and(eq(moderationItems.postId, postId), eq(moderationItems.resolution, 'hidden')))
      .orderBy(desc(moderationItems.resolvedAt))
      .limit(1);
    const item = await raiseItem(
      tx,
      {
        postId,
        groupId: post.groupId,
        authorId: post.authorId,
        kind: 'second_look',
        reasons: ['second_look'],
        priority: 'normal',
        decidedBy: decided?.resolvedBy ?? null,
        note: note?.trim() || null,
      },
      await loadModerationSettings(tx),
    );
    if (item.created) {
      await recordAudit(tx, {
        actorId: post.authorId,
        action: 'moderation.second_look_requested',
        subjectUserId: post.authorId,
        postId,
        itemId: item.id,
        groupId: post.groupId,
      });
    }
    await announceItem(tx, after, item.id);
  });
  await after.publish(ctx);
}
