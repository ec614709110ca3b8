import { type ReactionCounts, type ReactionKind, reactionKinds } from '@village/domain';
import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.ts';
import { posts, postVersions, reactions, users } from '../db/schema/index.ts';
import { noReactions, type PostRow } from './views.ts';

const published = alias(postVersions, 'published');

const postColumns = {
  id: posts.id,
  threadId: posts.threadId,
  groupId: posts.groupId,
  authorId: posts.authorId,
  authorName: users.displayName,
  isOpening: posts.isOpening,
  seq: posts.seq,
  body: posts.body,
  contentNote: posts.contentNote,
  status: posts.status,
  removedBy: posts.removedBy,
  version: posts.version,
  publishedVersion: posts.publishedVersion,
  publishedBody: published.body,
  publishedContentNote: published.contentNote,
  createdAt: posts.createdAt,
  updatedAt: posts.updatedAt,
};

function selectPosts(db: Db, where: SQL | undefined) {
  return db
    .select(postColumns)
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(published, and(eq(published.postId, posts.id), eq(published.version, posts.publishedVersion)))
    .where(where);
}

export async function findPost(db: Db, postId: string): Promise<PostRow | null> {
  const [row] = await selectPosts(db, eq(posts.id, postId));
  return row ?? null;
}

/** One post and its reaction counts in one round trip (the events of jobs and moderator actions). */
export async function findPostWithReactions(
  db: Db,
  postId: string,
): Promise<{ row: PostRow; reactions: ReactionCounts } | null> {
  const [found] = await db
    .select({
      ...postColumns,
      counts: sql<Partial<ReactionCounts> | null>`(SELECT json_object_agg(r.kind, r.n) FROM (
        SELECT ${reactions.kind} AS kind, count(*)::int AS n FROM ${reactions}
        WHERE ${reactions.postId} = ${posts.id} GROUP BY ${reactions.kind}) r)`,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(published, and(eq(published.postId, posts.id), eq(published.version, posts.publishedVersion)))
    .where(eq(posts.id, postId));
  if (!found) return null;
  const { counts, ...row } = found;
  return { row, reactions: { ...noReactions(), ...counts } };
}

/** One keyset page of a thread, oldest first, by the activity sequence. */
export async function threadPostsPage(
  db: Db,
  threadId: string,
  after: bigint | null,
  limit: number,
): Promise<PostRow[]> {
  return selectPosts(db, and(eq(posts.threadId, threadId), after === null ? undefined : gt(posts.seq, after)))
    .orderBy(asc(posts.seq))
    .limit(limit);
}

export async function reactionCounts(db: Db, postIds: string[]): Promise<Map<string, ReactionCounts>> {
  const counts = new Map<string, ReactionCounts>();
  if (postIds.length === 0) return counts;
  const rows = await db
    .select({ postId: reactions.postId, kind: reactions.kind, n: sql<number>`count(*)::int` })
    .from(reactions)
    .where(inArray(reactions.postId, postIds))
    .groupBy(reactions.postId, reactions.kind);
  for (const r of rows) {
    const c = counts.get(r.postId) ?? noReactions();
    c[r.kind] = r.n;
    counts.set(r.postId, c);
  }
  return counts;
}

export async function myReactions(db: Db, userId: string, postIds: string[]): Promise<Record<string, ReactionKind[]>> {
  if (postIds.length === 0) return {};
  const rows = await db
    .select({ postId: reactions.postId, kind: reactions.kind })
    .from(reactions)
    .where(and(eq(reactions.userId, userId), inArray(reactions.postId, postIds)));
  const mine: Record<string, ReactionKind[]> = {};
  for (const r of rows) {
    mine[r.postId] ??= [];
    mine[r.postId]?.push(r.kind);
  }
  for (const list of Object.values(mine)) list.sort((a, b) => reactionKinds.indexOf(a) - reactionKinds.indexOf(b));
  return mine;
}
