import {
  type Actor,
  type ContentNote,
  canPostInGroup,
  canReadGroupPosts,
  canSeePost,
  isStaff,
  type ThreadDetail,
  type ThreadList,
  type ThreadSummary,
} from '@village/domain';
import { and, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { groups, posts, threads, users } from '../db/schema/index.ts';
import { loadGroupAccess } from '../groups/access.ts';
import { authorize } from '../http/authorize.ts';
import { notFound } from '../http/errors.ts';
import { rateRules } from '../http/rate-limit.ts';
import { announcePost } from '../posts/events.ts';
import { loadPostingFacts } from '../posts/posting-facts.ts';
import { prescreen, screenedText } from '../posts/prescreen.ts';
import { insertPost, requestScreening, requireThreadReadable, viewOfNewPost } from '../posts/service.ts';

const PAGE = 30;

const threadColumns = {
  id: threads.id,
  groupId: threads.groupId,
  groupName: groups.name,
  title: threads.title,
  authorId: threads.authorId,
  authorName: users.displayName,
  activitySeq: threads.activitySeq,
  createdAt: threads.createdAt,
  lastActivityAt: threads.lastActivityAt,
  openingStatus: posts.status,
  openingPublishedVersion: posts.publishedVersion,
  replyCount: sql<number>`(SELECT count(*)::int FROM ${posts} r WHERE r.thread_id = ${threads.id} AND NOT r.is_opening AND r.status = 'published')`,
};

function selectThreads(db: Db, where: SQL | undefined) {
  return db
    .select(threadColumns)
    .from(threads)
    .innerJoin(groups, eq(groups.id, threads.groupId))
    .innerJoin(users, eq(users.id, threads.authorId))
    .innerJoin(posts, and(eq(posts.threadId, threads.id), eq(posts.isOpening, true)))
    .where(where);
}

type ThreadRow = Awaited<ReturnType<typeof selectThreads>>[number];

/** Others see a thread once its opening post has been published (or was, before an edit). */
function visibleTo(actor: Actor): SQL | undefined {
  if (isStaff(actor)) return undefined;
  return or(
    sql`${posts.status} IN ('published', 'removed', 'hidden')`,
    sql`${posts.publishedVersion} IS NOT NULL`,
    actor ? eq(threads.authorId, actor.id) : undefined,
  );
}

function summary(actor: Actor, row: ThreadRow): ThreadSummary {
  const ownView = canSeePost(actor, { authorId: row.authorId, status: row.openingStatus }).ok;
  return {
    id: row.id,
    groupId: row.groupId,
    title: row.title,
    author: { id: row.authorId, displayName: row.authorName },
    replyCount: row.replyCount,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    status: ownView ? row.openingStatus : 'published',
    cursor: row.activitySeq.toString(),
  };
}

export async function listThreads(db: Db, actor: Actor, groupId: string, after?: string): Promise<ThreadList> {
  const access = await loadGroupAccess(db, actor, groupId);
  if (!access) throw notFound('group');
  authorize(canReadGroupPosts(actor, access.facts));
  const rows = await selectThreads(
    db,
    and(eq(threads.groupId, groupId), visibleTo(actor), after ? lt(threads.activitySeq, BigInt(after)) : undefined),
  )
    .orderBy(desc(threads.activitySeq))
    .limit(PAGE + 1);
  const page = rows.slice(0, PAGE);
  const last = page.at(-1);
  return {
    threads: page.map((r) => summary(actor, r)),
    nextCursor: rows.length > PAGE && last ? last.activitySeq.toString() : null,
  };
}

export async function getThread(db: Db, actor: Actor, threadId: string): Promise<ThreadDetail> {
  await requireThreadReadable(db, actor, threadId);
  const [row] = await selectThreads(db, and(eq(threads.id, threadId), visibleTo(actor)));
  if (!row) throw notFound('thread');
  return { ...summary(actor, row), groupName: row.groupName };
}

export async function createThread(
  ctx: AppContext,
  actor: Actor,
  groupId: string,
  input: { title: string; body: string; contentNote?: ContentNote },
  log?: FastifyBaseLogger,
) {
  const facts = await loadPostingFacts(ctx.db, actor?.id ?? null, { groupId });
  if (!facts) throw notFound('group');
  authorize(canPostInGroup(actor, facts.access));
  const authorId = (actor as NonNullable<Actor>).id;
  await ctx.rateLimiter.consume(rateRules.postingByUser, authorId, log);
  const notice = await prescreen(ctx, facts, screenedText(input.body, input.title.trim()));
  const { threadId, postRow } = await ctx.db.transaction(async (tx) => {
    const [thread] = await tx
      .insert(threads)
      .values({ groupId, authorId, title: input.title.trim() })
      .returning({ id: threads.id });
    if (!thread) throw new Error('thread insert returned nothing');
    const postRow = await insertPost(
      tx,
      {
        threadId: thread.id,
        groupId,
        authorId,
        body: input.body,
        contentNote: input.contentNote ?? null,
        isOpening: true,
      },
      facts,
    );
    return { threadId: thread.id, postRow };
  });
  await requestScreening(ctx, postRow.id, 1, log);
  const post = viewOfNewPost(actor, postRow);
  if (post.status === 'published') await announcePost(ctx, 'post.created', post, log);
  const [row] = await selectThreads(ctx.db, eq(threads.id, threadId));
  if (!row) throw notFound('thread');
  return { thread: summary(actor, row), post, notice };
}
