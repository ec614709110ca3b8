import { priorityForReports } from '@village/domain';
import { and, eq, isNull, ne, or } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { groups, moderationItems, posts, reports } from '../db/schema/index.ts';
import type { Processor } from '../jobs/workers.ts';
import { announceAlert, announceItem } from '../moderation/events.ts';
import { raiseItem } from '../moderation/items.ts';
import { loadModerationSettings } from '../moderation-settings/service.ts';
import { notify } from '../notifications/service.ts';
import { postEvents } from '../posts/events.ts';
import { AfterCommit } from '../realtime/after-commit.ts';

/**
 * Folds a report, with every other report of the same post, into the post's one open
 * moderation item; raises its priority (a safety worry is urgent); and once enough different
 * members have reported it (the group's threshold), holds the post pending review. Idempotent:
 * a triaged report is left alone, and the post's row lock serialises reports arriving together.
 */
export const triageReportProcessor: Processor<'triage-report'> = async ({ reportId }, ctx) => {
  const after = new AfterCommit();
  const heldPostId = await ctx.db.transaction(async (tx) => {
    const [report] = await tx.select().from(reports).where(eq(reports.id, reportId));
    if (!report || report.triagedAt) return null;
    const [row] = await tx
      .select({ post: posts, threshold: groups.reportThreshold, groupName: groups.name })
      .from(posts)
      .innerJoin(groups, eq(groups.id, posts.groupId))
      .where(eq(posts.id, report.postId))
      .for('update', { of: posts });
    if (!row) return null;
    const { post } = row;
    // Re-read under the post's lock: a concurrent triage of the same post may have folded it.
    const [again] = await tx.select({ triagedAt: reports.triagedAt }).from(reports).where(eq(reports.id, reportId));
    if (again?.triagedAt) return null;

    // Everything reported since the post was last reviewed counts: the reports not yet folded
    // and those already on its open item.
    const [open] = await tx
      .select({ id: moderationItems.id })
      .from(moderationItems)
      .where(
        and(
          eq(moderationItems.postId, post.id),
          eq(moderationItems.kind, 'review'),
          ne(moderationItems.status, 'resolved'),
        ),
      );
    const current = await tx
      .select({ reason: reports.reason, reporterId: reports.reporterId })
      .from(reports)
      .where(
        and(eq(reports.postId, post.id), or(isNull(reports.triagedAt), open ? eq(reports.itemId, open.id) : undefined)),
      );
    const reasons = [...new Set(current.map((r) => r.reason))];
    const reporters = new Set(current.map((r) => r.reporterId)).size;
    const settings = await loadModerationSettings(tx);
    const item = await raiseItem(
      tx,
      {
        postId: post.id,
        groupId: post.groupId,
        authorId: post.authorId,
        reasons: reasons.map((r) => `report:${r}`),
        priority: priorityForReports(reasons, reporters),
      },
      settings,
    );
    await tx
      .update(reports)
      .set({ itemId: item.id, triagedAt: new Date() })
      .where(and(eq(reports.postId, post.id), isNull(reports.triagedAt)));

    let heldNow = false;
    if (reporters >= row.threshold && post.status === 'published') {
      await tx.update(posts).set({ status: 'held', updatedAt: new Date() }).where(eq(posts.id, post.id));
      await recordAudit(tx, {
        actorId: null,
        action: 'post.auto_hold',
        subjectUserId: post.authorId,
        postId: post.id,
        itemId: item.id,
        groupId: post.groupId,
        reason: `reported by ${reporters} members (threshold ${row.threshold})`,
      });
      await notify(tx, after, {
        userId: post.authorId,
        kind: 'post.held',
        message: `Several members asked a moderator to look at your post in ${row.groupName}, so it is hidden until a moderator has read it.`,
        postId: post.id,
        itemId: item.id,
        dedupeKey: `auto-hold:${item.id}`,
      });
      heldNow = true;
    }
    await announceItem(tx, after, item.id);
    if (reasons.includes('safety')) {
      announceAlert(after, {
        itemId: item.id,
        priority: 'urgent',
        crisisKind: null,
        groupName: row.groupName,
        message: `Urgent: a member is worried about someone's safety in ${row.groupName}.`,
      });
    }
    return heldNow ? post.id : null;
  });
  if (heldPostId) after.add(...(await postEvents(ctx.db, 'post.hidden', heldPostId)));
  await after.publish(ctx);
};
