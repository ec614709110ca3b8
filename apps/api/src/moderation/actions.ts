import {
  type Actor,
  actionsNeedingReason,
  canActOnItem,
  canModerate,
  higherPriority,
  type ModerationActionBody,
  type ModerationItemSummary,
  type Resolution,
  resolvingActions,
} from '@village/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { groups, moderationItems, restrictions } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError } from '../http/errors.ts';
import { loadModerationSettings } from '../moderation-settings/service.ts';
import { notify, notifyAdmins } from '../notifications/service.ts';
import { postEvents } from '../posts/events.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { describeRestriction } from '../restrictions/service.ts';
import { type ItemRow, itemFacts, lockItem, requireSummary } from './claims.ts';
import { announceItem } from './events.ts';
import { authorMessage, tellReporters } from './outcomes.ts';
import { hidePost, type LiveChange, lockPost, type PostRow, publishPost, redactPost } from './post-changes.ts';

const RESTRICTION_KIND = { mute: 'mute', suspend: 'suspension', ban: 'ban' } as const;

/**
 * One moderator action on one item, all in one transaction under the item's lock: a second
 * moderator acting on an item someone else holds, or that is already resolved, gets a 409 and
 * nothing is done twice. Acting on an unclaimed item claims it. Every action is audited.
 */
export async function actOnItem(
  ctx: AppContext,
  actor: Actor,
  itemId: string,
  input: ModerationActionBody,
): Promise<ModerationItemSummary> {
  authorize(canModerate(actor));
  const after = new AfterCommit();
  const { change, postId } = await ctx.db.transaction(async (tx) => {
    const item = await lockItem(tx, itemId);
    const now = new Date();
    authorize(canActOnItem(actor, itemFacts(item), now));
    const moderatorId = (actor as NonNullable<Actor>).id;
    const reason = checkInput(input);
    const post = await lockPost(tx, item.postId);
    const [group] = await tx.select({ name: groups.name }).from(groups).where(eq(groups.id, item.groupId));
    const c: Ctx = { tx, after, item, post, moderatorId, reason, groupName: group?.name ?? 'your group', now };

    const change = await apply(c, input);
    const resolution = resolvingActions[input.action];
    if (resolution) await resolve(c, resolution);
    else if (input.action !== 'escalate') await keepClaim(c, (await loadModerationSettings(tx)).claimMinutes);

    await recordAudit(tx, {
      actorId: moderatorId,
      action: `moderation.${input.action}`,
      subjectUserId: item.authorId,
      postId: item.postId,
      itemId: item.id,
      groupId: item.groupId,
      reason,
      details: {
        ...(input.durationHours ? { durationHours: input.durationHours } : {}),
        ...(input.action === 'redact' ? { fromVersion: post.version, toVersion: post.version + 1 } : {}),
        itemKind: item.kind,
      },
    });
    await announceItem(tx, after, item.id);
    return { change, postId: item.postId };
  });
  if (change) after.add(...(await postEvents(ctx.db, change, postId)));
  await after.publish(ctx);
  return requireSummary(ctx.db, itemId);
}

interface Ctx {
  tx: Db;
  after: AfterCommit;
  item: ItemRow;
  post: PostRow;
  moderatorId: string;
  reason: string | null;
  groupName: string;
  now: Date;
}

function checkInput(input: ModerationActionBody): string | null {
  const reason = input.reason?.trim() || null;
  if (actionsNeedingReason.includes(input.action) && !reason) {
    const who = input.action === 'escalate' ? 'the admins' : 'the member';
    throw new HttpError('validation_failed', `Give a reason: ${who} will read it.`, 'reason');
  }
  if (input.action === 'redact' && !input.body?.trim()) {
    throw new HttpError('validation_failed', "Give the post's text with the personal details taken out.", 'body');
  }
  if ((input.action === 'mute' || input.action === 'suspend') && !input.durationHours) {
    throw new HttpError('validation_failed', 'Say for how many hours.', 'durationHours');
  }
  return reason;
}

async function apply(c: Ctx, input: ModerationActionBody): Promise<LiveChange> {
  const secondLook = c.item.kind === 'second_look';
  const tell = (message: string, kind: string) =>
    notify(c.tx, c.after, {
      userId: c.item.authorId,
      kind,
      message,
      link: `/threads/${c.post.threadId}#post-${c.post.id}`,
      postId: c.post.id,
      itemId: c.item.id,
      dedupeKey: `${kind}:${c.item.id}`,
    });
  switch (input.action) {
    case 'approve':
    case 'dismiss': {
      const wasHidden = c.post.status === 'held' || c.post.status === 'hidden' || c.post.status === 'pending';
      const change = await publishPost(c.tx, c.post);
      if (wasHidden) await tell(authorMessage('approve', c.groupName, null, secondLook), 'post.approved');
      return change;
    }
    case 'hide': {
      const change = await hidePost(c.tx, c.post);
      await tell(authorMessage('hide', c.groupName, c.reason, secondLook), 'post.hidden');
      return change;
    }
    case 'redact': {
      const change = await redactPost(c.tx, c.post, (input.body ?? '').trim());
      await tell(authorMessage('redact', c.groupName, null, false), 'post.redacted');
      return change;
    }
    case 'warn':
      await c.tx.insert(restrictions).values({
        userId: c.item.authorId,
        kind: 'warning',
        reason: c.reason ?? '',
        itemId: c.item.id,
        createdBy: c.moderatorId,
      });
      await tell(authorMessage('warn', c.groupName, c.reason, false), 'warning');
      return null;
    case 'mute':
    case 'suspend':
    case 'ban': {
      const until = input.action === 'ban' ? null : new Date(c.now.getTime() + (input.durationHours ?? 0) * 3600_000);
      const kind = RESTRICTION_KIND[input.action];
      await c.tx.insert(restrictions).values({
        userId: c.item.authorId,
        kind,
        reason: c.reason ?? '',
        until,
        itemId: c.item.id,
        createdBy: c.moderatorId,
      });
      await tell(
        describeRestriction({ kind, reason: c.reason ?? '', until: until?.toISOString() ?? null }),
        'restriction',
      );
      return null;
    }
    case 'escalate':
      await c.tx
        .update(moderationItems)
        .set({
          status: 'escalated',
          escalationNote: c.reason,
          priority: higherPriority(c.item.priority, 'high'),
          claimedBy: null,
          claimedUntil: null,
          updatedAt: c.now,
        })
        .where(eq(moderationItems.id, c.item.id));
      await notifyAdmins(c.tx, c.after, {
        kind: 'escalation',
        message: `A moderator escalated an item in ${c.groupName} to the admins: ${c.reason}`,
        link: `/moderation/items/${c.item.id}`,
        itemId: c.item.id,
        dedupeKey: `escalation:${c.item.id}:${c.now.getTime()}`,
      });
      return null;
  }
}

async function resolve(c: Ctx, resolution: Resolution) {
  await c.tx
    .update(moderationItems)
    .set({
      status: 'resolved',
      resolution,
      resolvedBy: c.moderatorId,
      resolvedAt: c.now,
      claimedBy: null,
      claimedUntil: null,
      updatedAt: c.now,
    })
    .where(eq(moderationItems.id, c.item.id));
  await tellReporters(c.tx, c.after, c.item, resolution);
}

/** Warnings and restrictions leave the item open with her; the claim runs on from now. */
async function keepClaim(c: Ctx, claimMinutes: number) {
  await c.tx
    .update(moderationItems)
    .set({
      claimedBy: c.moderatorId,
      claimedUntil: new Date(c.now.getTime() + claimMinutes * 60_000),
      updatedAt: c.now,
    })
    .where(eq(moderationItems.id, c.item.id));
}
