import { randomUUID } from 'node:crypto';
import {
  type Actor,
  type ContentNote,
  canDeletePost,
  canEditPost,
  canPostInGroup,
  canReactToPost,
  canReadGroupPosts,
  type ModerationMode,
  type PostNotice,
  type PostPage,
  type PostView,
  type ReactionKind,
  type ReactionResponse,
} from '@village/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { posts, postVersions, reactions } from '../db/schema/index.ts';
import { type GroupAccess, loadThreadAccess } from '../groups/access.ts';
import { authorize } from '../http/authorize.ts';
import { notFound } from '../http/errors.ts';
import { rateRules } from '../http/rate-limit.ts';
import { enqueueOrLeaveToSweeper } from '../jobs/enqueue.ts';
import { assertSessionAllows, lockSlowMode } from '../sessions/posting-gate.ts';
import { announcePost, announceReactions } from './events.ts';
import { loadPostingFacts } from './posting-facts.ts';
import { prescreen, screenedText } from './prescreen.ts';
import { findPost, myReactions, reactionCounts, threadPostsPage } from './queries.ts';
import { noReactions, type PostRow, postViewFor } from './views.ts';

type SignedIn = NonNullable<Actor>;
const PAGE_DEFAULT = 50;
const PAGE_MAX = 100;

export async function requireThreadReadable(db: Db, actor: Actor, threadId: string): Promise<GroupAccess> {
  const access = await loadThreadAccess(db, actor, threadId);
  if (!access) throw notFound('thread');
  authorize(canReadGroupPosts(actor, access.facts));
  return access;
}

export async function listThreadPosts(
  db: Db,
  actor: Actor,
  threadId: string,
  query: { after?: string; limit?: string },
): Promise<PostPage> {
  await requireThreadReadable(db, actor, threadId);
  const limit = Math.min(Math.max(Number(query.limit ?? PAGE_DEFAULT) || PAGE_DEFAULT, 1), PAGE_MAX);
  // Fetch one extra row to know whether another page follows.
  const rows = await threadPostsPage(db, threadId, query.after ? BigInt(query.after) : null, limit + 1);
  const page = rows.slice(0, limit);
  const ids = page.map((r) => r.id);
  const counts = await reactionCounts(db, ids);
  const visible = page.flatMap((r) => postViewFor(actor, r, counts.get(r.id) ?? noReactions()) ?? []);
  const last = page.at(-1);
  return {
    posts: visible,
    myReactions: actor ? await myReactions(db, actor.id, ids) : {},
    nextCursor: rows.length > limit && last ? last.seq.toString() : null,
  };
}

/**
 * Inserts a post and its first version in one statement (so no transaction of its own); the
 * screen runs after commit. Answers the stored row, so the caller can show it without reading
 * it back.
 */
export async function insertPost(
  db: Db,
  input: {
    threadId: string;
    groupId: string;
    authorId: string;
    body: string;
    contentNote: ContentNote | null;
    isOpening: boolean;
  },
  facts: { mode: ModerationMode; authorName: string },
): Promise<PostRow> {
  // Post-moderated groups publish at once and screen afterwards; the others wait for the screen.
  const publishNow = facts.mode === 'post';
  const id = randomUUID();
  const firstVersion = db
    .$with('first_version')
    .as(
      db
        .insert(postVersions)
        .values({ postId: id, version: 1, body: input.body, contentNote: input.contentNote })
        .returning({ postId: postVersions.postId }),
    );
  const [row] = await db
    .with(firstVersion)
    .insert(posts)
    .values({ ...input, id, status: publishNow ? 'published' : 'pending', publishedVersion: publishNow ? 1 : null })
    .returning();
  if (!row) throw new Error('post insert returned nothing');
  return {
    ...row,
    authorName: facts.authorName,
    publishedBody: publishNow ? row.body : null,
    publishedContentNote: publishNow ? row.contentNote : null,
  };
}

/** After commit: queue the screen. If Redis is down the post stays pending and the sweeper queues it later. */
export async function requestScreening(ctx: AppContext, postId: string, version: number, log?: FastifyBaseLogger) {
  await enqueueOrLeaveToSweeper(ctx, 'screen-post', { postId, version }, log);
}

export async function viewOfPost(db: Db, actor: Actor, postId: string): Promise<PostView> {
  const row = await findPost(db, postId);
  const view = row && postViewFor(actor, row, (await reactionCounts(db, [postId])).get(postId) ?? noReactions());
  if (!view) throw notFound('post');
  return view;
}

export async function createReply(
  ctx: AppContext,
  actor: Actor,
  threadId: string,
  input: { body: string; contentNote?: ContentNote },
  log?: FastifyBaseLogger,
): Promise<{ post: PostView; notice: PostNotice }> {
  const facts = await loadPostingFacts(ctx.db, actor?.id ?? null, { threadId });
  if (!facts?.gate) throw notFound('thread');
  authorize(canReadGroupPosts(actor, facts.access));
  authorize(canPostInGroup(actor, facts.access));
  const author = actor as SignedIn;
  // A session thread: locked outside its time, mutes and slow mode (issue 4).
  assertSessionAllows(facts.gate);
  await ctx.rateLimiter.consume(rateRules.postingByUser, author.id, log);
  const notice = await prescreen(ctx, facts, input.body);
  const post = {
    threadId,
    groupId: facts.groupId,
    authorId: author.id,
    body: input.body,
    contentNote: input.contentNote ?? null,
    isOpening: false,
  };
  const row = facts.gate.session
    ? await ctx.db.transaction(async (tx) => {
        // Slow mode again, under a per-member lock: two posts sent together cannot both pass.
        await lockSlowMode(tx, threadId, author.id);
        return insertPost(tx, post, facts);
      })
    : await insertPost(ctx.db, post, facts);
  await requestScreening(ctx, row.id, 1, log);
  const view = viewOfNewPost(actor, row);
  if (view.status === 'published') await announcePost(ctx, 'post.created', view, log);
  return { post: view, notice };
}

/** The author's view of the post she has just stored: no one has reacted to it yet. */
export function viewOfNewPost(actor: Actor, row: PostRow): PostView {
  const view = postViewFor(actor, row, noReactions());
  if (!view) throw notFound('post');
  return view;
}

/** Loads a post the actor can at least read (same "not found" for missing and forbidden). */
export async function requireReadablePost(db: Db, actor: Actor, postId: string) {
  const row = await findPost(db, postId);
  if (!row) throw notFound('post');
  const access = await loadThreadAccess(db, actor, row.threadId);
  if (!access || !canReadGroupPosts(actor, access.facts).ok || !postViewFor(actor, row, noReactions()))
    throw notFound('post');
  return row;
}

/** An edit is a new version: it is screened again before others see it; earlier versions are kept. */
export async function editPost(
  ctx: AppContext,
  actor: Actor,
  postId: string,
  input: { body: string; contentNote?: ContentNote | null },
  log?: FastifyBaseLogger,
): Promise<{ post: PostView; notice: PostNotice }> {
  const row = await requireReadablePost(ctx.db, actor, postId);
  authorize(canEditPost(actor, row));
  const facts = await loadPostingFacts(ctx.db, row.authorId, { threadId: row.threadId }, postId);
  if (!facts?.gate) throw notFound('post');
  // A session thread: no edits while it is locked, nor by a member muted in it (issue 4).
  assertSessionAllows(facts.gate, { slowMode: false });
  await ctx.rateLimiter.consume(rateRules.postingByUser, (actor as SignedIn).id, log);
  const notice = await prescreen(ctx, facts, screenedText(input.body, row.isOpening ? facts.title : null));
  const contentNote = input.contentNote === undefined ? row.contentNote : input.contentNote;
  const publishNow = facts.mode === 'post';
  const version = await ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(posts)
      .set({
        body: input.body,
        contentNote,
        version: sql`${posts.version} + 1`,
        status: publishNow ? 'published' : 'pending',
        publishedVersion: publishNow ? sql`${posts.version} + 1` : posts.publishedVersion,
        updatedAt: new Date(),
      })
      .where(eq(posts.id, postId))
      .returning({ version: posts.version });
    if (!updated) throw notFound('post');
    await tx.insert(postVersions).values({ postId, version: updated.version, body: input.body, contentNote });
    return updated.version;
  });
  await requestScreening(ctx, postId, version, log);
  const view = await viewOfPost(ctx.db, actor, postId);
  if (view.status === 'published') await announcePost(ctx, 'post.updated', view, log);
  return { post: view, notice };
}

/** The author's delete leaves a placeholder ("post removed by its author") so replies keep their context. */
export async function deletePost(ctx: AppContext, actor: Actor, postId: string, log?: FastifyBaseLogger) {
  const row = await requireReadablePost(ctx.db, actor, postId);
  authorize(canDeletePost(actor, row));
  await ctx.db
    .update(posts)
    .set({ status: 'removed', removedBy: 'author', updatedAt: new Date() })
    .where(eq(posts.id, postId));
  const view = await viewOfPost(ctx.db, actor, postId);
  // Only a post others could see needs announcing.
  if (row.status === 'published' || row.publishedVersion !== null) await announcePost(ctx, 'post.updated', view, log);
  return view;
}

export async function postVersionsFor(db: Db, actor: Actor, postId: string) {
  const row = await requireReadablePost(db, actor, postId);
  authorize(canEditPost(actor, { ...row, status: 'published' }));
  const rows = await db
    .select({ version: postVersions.version, body: postVersions.body, createdAt: postVersions.createdAt })
    .from(postVersions)
    .where(eq(postVersions.postId, postId))
    .orderBy(asc(postVersions.version));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function setReaction(
  ctx: AppContext,
  actor: Actor,
  postId: string,
  kind: ReactionKind,
  on: boolean,
): Promise<ReactionResponse> {
  const row = await requireReadablePost(ctx.db, actor, postId);
  const visible = postViewFor(actor, row, noReactions());
  authorize(canReactToPost(actor, { authorId: row.authorId, status: visible?.status ?? row.status }));
  const userId = (actor as SignedIn).id;
  await ctx.rateLimiter.consume(rateRules.reactingByUser, userId);
  if (on) await ctx.db.insert(reactions).values({ postId, userId, kind }).onConflictDoNothing();
  else
    await ctx.db
      .delete(reactions)
      .where(and(eq(reactions.postId, postId), eq(reactions.userId, userId), eq(reactions.kind, kind)));
  const counts = (await reactionCounts(ctx.db, [postId])).get(postId) ?? noReactions();
  await announceReactions(ctx, row.threadId, postId, counts);
  return { postId, reactions: counts, mine: (await myReactions(ctx.db, userId, [postId]))[postId] ?? [] };
}
