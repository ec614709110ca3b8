import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { posts, postVersions, threads } from '../db/schema/index.ts';

export type PostRow = typeof posts.$inferSelect;
export type LiveChange = 'post.created' | 'post.updated' | 'post.hidden' | null;

export async function lockPost(tx: Db, postId: string): Promise<PostRow> {
  const [post] = await tx.select().from(posts).where(eq(posts.id, postId)).for('update');
  if (!post) throw new Error(`post ${postId} of a moderation item is missing`);
  return post;
}

/** Shows the post to members (approve, dismiss, a second look that reverses a hide). */
export async function publishPost(tx: Db, post: PostRow): Promise<LiveChange> {
  if (post.status === 'published' || post.status === 'removed') return null;
  const first = post.publishedVersion === null;
  await tx
    .update(posts)
    .set({
      status: 'published',
      removedBy: null,
      publishedVersion: post.version,
      updatedAt: new Date(),
      // As in screening: a first publication takes a fresh place so catch-up never misses it.
      ...(first ? { seq: sql`nextval('activity_seq')` } : {}),
    })
    .where(eq(posts.id, post.id));
  if (first) {
    await tx
      .update(threads)
      .set({ activitySeq: sql`nextval('activity_seq')`, lastActivityAt: new Date() })
      .where(eq(threads.id, post.threadId));
  }
  // Members' pages dropped it when it was taken down, so to them it arrives anew.
  return 'post.created';
}

export async function hidePost(tx: Db, post: PostRow): Promise<LiveChange> {
  if (post.status === 'hidden' || post.status === 'removed') return null;
  await tx
    .update(posts)
    .set({ status: 'hidden', removedBy: 'moderator', updatedAt: new Date() })
    .where(eq(posts.id, post.id));
  return post.status === 'published' || post.publishedVersion !== null ? 'post.hidden' : null;
}

/**
 * Redaction is a new version written by the moderator: members see the redacted text, the
 * original stays in post_versions for the record (moderators and the author can read it).
 */
export async function redactPost(tx: Db, post: PostRow, body: string): Promise<LiveChange> {
  const version = post.version + 1;
  await tx.insert(postVersions).values({ postId: post.id, version, body, contentNote: post.contentNote });
  const first = post.publishedVersion === null;
  await tx
    .update(posts)
    .set({
      body,
      version,
      status: 'published',
      removedBy: null,
      publishedVersion: version,
      // The moderator's own words need no screen.
      screenedVersion: version,
      updatedAt: new Date(),
      ...(first ? { seq: sql`nextval('activity_seq')` } : {}),
    })
    .where(and(eq(posts.id, post.id), eq(posts.version, post.version)));
  return post.status === 'published' ? 'post.updated' : 'post.created';
}
