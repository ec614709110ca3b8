import type { ModerationSettings } from '@village/domain';
import { crisisCopy, priorityForScreen, publicationFor } from '@village/domain';
import { type ScreenResult, screenPost } from '@village/domain/screening';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groups, posts, postVersions, screenings, threads } from '../db/schema/index.ts';
import type { Processor } from '../jobs/workers.ts';
import { announceAlert, announceItem } from '../moderation/events.ts';
import { raiseItem } from '../moderation/items.ts';
import { notify } from '../notifications/service.ts';
import { postEvents } from '../posts/events.ts';
import { screenedText } from '../posts/prescreen.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { type ScreenFacts, screenContextFrom, screenFactsJson } from './context.ts';

type Outcome = 'created' | 'updated' | 'taken-down' | 'none';

/**
 * Screens one version of a post, decides whether others may see it, and puts it in front of a
 * moderator when the screen or the group's mode says so. Safe to run twice: a stale job (the
 * post was edited again, removed, or this version already screened) changes nothing, and the
 * item, the notices and the screening record are keyed by post and version.
 */
export const screenPostProcessor: Processor<'screen-post'> = async ({ postId, version }, ctx) => {
  const after = new AfterCommit();
  const now = new Date();
  const outcome = await ctx.db.transaction(async (tx): Promise<Outcome> => {
    const [row] = await tx
      .select({
        post: posts,
        mode: groups.moderationMode,
        groupName: groups.name,
        title: threads.title,
        threadAuthorId: threads.authorId,
        // The screen's facts in the same round trip as the post they are about.
        facts: sql<ScreenFacts>`${screenFactsJson(sql`${posts.authorId}`, sql`${posts.id}`, now)}`,
      })
      .from(posts)
      .innerJoin(groups, eq(groups.id, posts.groupId))
      .innerJoin(threads, eq(threads.id, posts.threadId))
      .where(eq(posts.id, postId))
      .for('update', { of: posts });
    if (!row || row.post.version !== version || row.post.screenedVersion === version) return 'none';
    const { post } = row;

    const { options, settings } = screenContextFrom(row.facts, now);
    const text = screenedText(post.body, post.isOpening ? row.title : null);
    const result = await screenPost(text, options);
    // The screening record is written with the post's update below, in the same round trip.
    const recorded = tx.$with('recorded').as(
      tx
        .insert(screenings)
        .values({
          postId,
          version,
          verdict: result.verdict,
          categories: result.categories,
          crisisKind: result.crisisKind,
          matches: result.matches,
        })
        .onConflictDoNothing()
        .returning({ postId: screenings.postId }),
    );

    if (post.status !== 'pending' && post.status !== 'published') {
      // Removed or hidden while waiting: record the screen, publish nothing.
      await tx.with(recorded).update(posts).set({ screenedVersion: version }).where(eq(posts.id, postId));
      return 'none';
    }
    // Masks keep their length, so the body's part of the censored text is its start.
    if (result.censored !== null && result.verdict !== 'block' && result.censored.length === text.length) {
      await censor(tx, postId, version, result.censored.slice(0, post.body.length));
    }

    const decision = publicationFor(result.verdict, row.mode);
    const wasLive = post.status === 'published';
    const firstPublish = decision.status === 'published' && post.publishedVersion === null;
    await tx
      .with(recorded)
      .update(posts)
      .set({
        status: decision.status,
        screenedVersion: version,
        ...(decision.status === 'hidden' ? { removedBy: 'moderator' as const } : {}),
        ...(decision.status === 'published' ? { publishedVersion: version } : {}),
        // A first publication takes a fresh place in the sequence, so a member catching up
        // "after" her last cursor never misses a post that waited in screening.
        ...(firstPublish ? { seq: sql`nextval('activity_seq')` } : {}),
      })
      .where(and(eq(posts.id, postId), eq(posts.version, version)));
    if (firstPublish) {
      const bump = tx
        .update(threads)
        .set({ activitySeq: sql`nextval('activity_seq')`, lastActivityAt: new Date() })
        .where(eq(threads.id, post.threadId));
      // "A reply to her thread": once, when the reply first becomes visible; never for her own.
      // The thread's bump rides along with the notice, so the notice costs no round trip of its own.
      if (!post.isOpening && row.threadAuthorId && row.threadAuthorId !== post.authorId) {
        await notify(
          tx,
          after,
          {
            userId: row.threadAuthorId,
            kind: 'thread.reply',
            message: `Someone replied to your thread "${row.title.slice(0, 80)}".`,
            link: `/threads/${post.threadId}#post-${postId}`,
            postId,
            dedupeKey: `reply:${postId}`,
          },
          tx.$with('bumped').as(bump.returning({ id: threads.id })),
        );
      } else {
        await bump;
      }
    }

    const context = {
      tx,
      after,
      settings,
      postId,
      version,
      authorId: post.authorId,
      groupName: row.groupName,
      link: `/threads/${post.threadId}#post-${postId}`,
    };
    if (decision.review) {
      const reasons = [...result.categories, ...(row.mode === 'pre' ? ['pre_moderation'] : [])];
      const priority = priorityForScreen(result.categories);
      const item = await raiseItem(
        tx,
        { postId, groupId: post.groupId, authorId: post.authorId, reasons, priority, crisisKind: result.crisisKind },
        settings,
      );
      await announceItem(tx, after, item.id);
      if (result.crisisKind) await supportInCrisis(context, item.id, result);
      else if (decision.status === 'held') await tellHeld(context, settings.dueMinutes[priority]);
    }
    if (decision.status === 'hidden') await tellBlocked(context, result.blockReason);

    if (decision.status === 'published') return wasLive ? 'none' : firstPublish ? 'created' : 'updated';
    return wasLive ? 'taken-down' : 'none';
  });

  if (outcome !== 'none') {
    const type = outcome === 'created' ? 'post.created' : outcome === 'updated' ? 'post.updated' : 'post.hidden';
    after.add(...(await postEvents(ctx.db, type, postId)));
  }
  await after.publish(ctx);
};

interface JobContext {
  tx: Db;
  after: AfterCommit;
  settings: ModerationSettings;
  postId: string;
  version: number;
  authorId: string;
  groupName: string;
  /** where she finds her post */
  link: string;
}

/** Censored words are masked in what members see; the author's original stays in the screening record. */
async function censor(tx: Db, postId: string, version: number, censored: string) {
  await tx.update(posts).set({ body: censored }).where(eq(posts.id, postId));
  await tx
    .update(postVersions)
    .set({ body: censored })
    .where(and(eq(postVersions.postId, postId), eq(postVersions.version, version)));
}

/** A crisis is never silently swallowed: every moderator online is alerted, and she is told help is there. */
async function supportInCrisis(c: JobContext, itemId: string, result: ScreenResult) {
  const kind = result.crisisKind;
  if (!kind) return;
  announceAlert(c.after, {
    itemId,
    priority: 'urgent',
    crisisKind: kind,
    groupName: c.groupName,
    message: `Urgent: a member in ${c.groupName} may be in crisis.`,
  });
  await notify(c.tx, c.after, {
    userId: c.authorId,
    kind: 'crisis_support',
    message: `${crisisCopy[kind].heading} A moderator will read your post soon. Help is there day and night: see "Get help now".`,
    link: '/help',
    postId: c.postId,
    itemId,
    dedupeKey: `crisis:${c.postId}:v${c.version}`,
  });
}

async function tellHeld(c: JobContext, reviewMinutes: number) {
  await notify(c.tx, c.after, {
    userId: c.authorId,
    kind: 'post.held',
    message: `Your post in ${c.groupName} is waiting for a moderator; that usually takes about ${describeMinutes(reviewMinutes)}. Only you can see it until then.`,
    postId: c.postId,
    link: c.link,
    dedupeKey: `held:${c.postId}:v${c.version}`,
  });
}

async function tellBlocked(c: JobContext, reason: string | null) {
  await notify(c.tx, c.after, {
    userId: c.authorId,
    kind: 'post.blocked',
    message: reason ?? 'Your post was not published because it breaks the community guidelines.',
    postId: c.postId,
    link: c.link,
    dedupeKey: `blocked:${c.postId}:v${c.version}`,
  });
}

export function describeMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return hours === 1 ? 'an hour' : hours < 48 ? `${hours} hours` : `${Math.round(hours / 24)} days`;
}
