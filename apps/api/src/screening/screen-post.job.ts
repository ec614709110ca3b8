import { screenPost } from '@village/domain/screening';
import { and, eq, sql } from 'drizzle-orm';
import { groups, posts, screenings, threads } from '../db/schema/index.ts';
import type { Processor } from '../jobs/workers.ts';
import { announcePost } from '../posts/events.ts';
import { findPost, reactionCounts } from '../posts/queries.ts';
import { noReactions, publicView } from '../posts/views.ts';

/**
 * Screens one version of a post and decides whether others may see it. Safe to run twice:
 * a stale job (the post was edited again, removed, or already screened) changes nothing, and
 * a retry after a crash between commit and publish re-announces a post members may already
 * have, which clients merge by id.
 */
export const screenPostProcessor: Processor<'screen-post'> = async ({ postId, version }, ctx) => {
  const outcome = await ctx.db.transaction(async (tx) => {
    const [post] = await tx
      .select({ post: posts, mode: groups.moderationMode })
      .from(posts)
      .innerJoin(groups, eq(groups.id, posts.groupId))
      .where(eq(posts.id, postId))
      .for('update', { of: posts });
    if (!post || post.post.version !== version) return 'stale' as const;
    if (post.post.screenedVersion === version)
      return post.post.status === 'published' ? ('published' as const) : ('stale' as const);

    const verdict = screenPost(post.post.body);
    await tx
      .insert(screenings)
      .values({
        postId,
        version,
        outcome: verdict.outcome,
        reasons: verdict.outcome === 'hold' ? verdict.reasons.map((r) => r.kind) : [],
      })
      .onConflictDoNothing();

    const { status } = post.post;
    if (status !== 'pending' && status !== 'published') {
      // Removed or hidden while waiting: record the screen, publish nothing.
      await tx.update(posts).set({ screenedVersion: version }).where(eq(posts.id, postId));
      return 'stale' as const;
    }
    // Pre-moderated groups hold everything for a person; the others publish what passes.
    const hold = verdict.outcome === 'hold' || post.mode === 'pre';
    if (hold) {
      await tx.update(posts).set({ status: 'held', screenedVersion: version }).where(eq(posts.id, postId));
      // A post-moderated post was already visible; taking it down must reach members live.
      return status === 'published' ? ('taken-down' as const) : ('held' as const);
    }
    if (status === 'published') {
      await tx.update(posts).set({ screenedVersion: version }).where(eq(posts.id, postId));
      return 'already-live' as const;
    }
    const firstPublish = post.post.publishedVersion === null;
    await tx
      .update(posts)
      .set({
        status: 'published',
        publishedVersion: version,
        screenedVersion: version,
        // A first publication takes a fresh place in the sequence, so a member catching up
        // "after" her last cursor never misses a post that waited in screening.
        ...(firstPublish ? { seq: sql`nextval('activity_seq')` } : {}),
      })
      .where(and(eq(posts.id, postId), eq(posts.version, version)));
    if (firstPublish) {
      await tx
        .update(threads)
        .set({ activitySeq: sql`nextval('activity_seq')`, lastActivityAt: new Date() })
        .where(eq(threads.id, post.post.threadId));
    }
    return firstPublish ? ('created' as const) : ('updated' as const);
  });

  if (outcome === 'stale' || outcome === 'held' || outcome === 'already-live') return;
  const row = await findPost(ctx.db, postId);
  if (!row) return;
  const view = publicView(row, (await reactionCounts(ctx.db, [postId])).get(postId) ?? noReactions());
  const type =
    outcome === 'created' || outcome === 'published'
      ? 'post.created'
      : outcome === 'updated'
        ? 'post.updated'
        : 'post.hidden';
  if (type === 'post.hidden') {
    await announcePost(ctx, type, { ...view, body: null, contentNote: null });
  } else {
    await announcePost(ctx, type, view);
  }
};
