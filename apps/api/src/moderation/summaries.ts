import type { ModerationItemSummary, ModerationQueueQuery, QueueCounts } from '@village/domain';
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.ts';
import { groups, moderationItems, posts, threads, users } from '../db/schema/index.ts';

const claimer = alias(users, 'claimer');
const EXCERPT = 200;
const active = sql`${moderationItems.status} <> 'resolved'`;

function selectSummaries(db: Db) {
  return db
    .select({
      item: moderationItems,
      threadId: posts.threadId,
      threadTitle: threads.title,
      groupName: groups.name,
      authorName: users.displayName,
      postStatus: posts.status,
      body: posts.body,
      claimerName: claimer.displayName,
      reportCount: sql<number>`(SELECT count(*)::int FROM reports r WHERE r.post_id = ${moderationItems.postId})`,
    })
    .from(moderationItems)
    .innerJoin(posts, eq(posts.id, moderationItems.postId))
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .innerJoin(groups, eq(groups.id, moderationItems.groupId))
    .innerJoin(users, eq(users.id, moderationItems.authorId))
    .leftJoin(claimer, eq(claimer.id, moderationItems.claimedBy));
}
type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['execute']>>[number];

function toSummary(row: SummaryRow, now: Date): ModerationItemSummary {
  const { item } = row;
  // A lapsed claim is no claim: the item is free for anyone.
  const claimed = item.claimedBy !== null && item.claimedUntil !== null && item.claimedUntil > now;
  return {
    id: item.id,
    kind: item.kind,
    postId: item.postId,
    threadId: row.threadId,
    threadTitle: row.threadTitle,
    groupId: item.groupId,
    groupName: row.groupName,
    author: { id: item.authorId, displayName: row.authorName },
    status: item.status,
    priority: item.priority,
    reasons: item.reasons,
    crisisKind: item.crisisKind as ModerationItemSummary['crisisKind'],
    postStatus: row.postStatus,
    excerpt: row.body.length > EXCERPT ? `${row.body.slice(0, EXCERPT - 1)}…` : row.body,
    reportCount: row.reportCount,
    dueAt: item.dueAt.toISOString(),
    overdue: item.status !== 'resolved' && item.dueAt < now,
    claimedBy: claimed && item.claimedBy ? { id: item.claimedBy, displayName: row.claimerName ?? '' } : null,
    claimedUntil: claimed && item.claimedUntil ? item.claimedUntil.toISOString() : null,
    resolution: item.resolution,
    createdAt: item.createdAt.toISOString(),
    updatedAt: item.updatedAt.toISOString(),
  };
}

export async function itemSummary(db: Db, itemId: string, now = new Date()): Promise<ModerationItemSummary | null> {
  const [row] = await selectSummaries(db).where(eq(moderationItems.id, itemId));
  return row ? toSummary(row, now) : null;
}

export async function itemSummaries(db: Db, where: SQL | undefined, order: 'queue' | 'recent', limit: number) {
  const now = new Date();
  const query = selectSummaries(db).where(where);
  const rows =
    order === 'queue'
      ? await query.orderBy(asc(moderationItems.priority), asc(moderationItems.createdAt)).limit(limit)
      : await query.orderBy(desc(moderationItems.updatedAt)).limit(limit);
  return rows.map((r) => toSummary(r, now));
}

/** The queue: most urgent first, then oldest. Resolved items are listed newest first. */
export async function queueItems(db: Db, q: ModerationQueueQuery): Promise<ModerationItemSummary[]> {
  const status = q.status ?? 'active';
  const filters: (SQL | undefined)[] = [
    status === 'active' ? active : eq(moderationItems.status, status),
    q.priority ? eq(moderationItems.priority, q.priority) : undefined,
    q.groupId ? eq(moderationItems.groupId, q.groupId) : undefined,
    q.reason ? sql`${moderationItems.reasons} @> ARRAY[${q.reason}]::text[]` : undefined,
  ];
  return itemSummaries(db, and(...filters), status === 'resolved' ? 'recent' : 'queue', 200);
}

export async function queueCounts(db: Db, now = new Date()): Promise<QueueCounts> {
  const [row] = await db
    .select({
      open: sql<number>`count(*)::int`,
      urgent: sql<number>`count(*) FILTER (WHERE ${moderationItems.priority} = 'urgent')::int`,
      overdue: sql<number>`count(*) FILTER (WHERE ${moderationItems.dueAt} < ${now.toISOString()})::int`,
      escalated: sql<number>`count(*) FILTER (WHERE ${moderationItems.status} = 'escalated')::int`,
    })
    .from(moderationItems)
    .where(active);
  return row ?? { open: 0, urgent: 0, overdue: 0, escalated: 0 };
}

/** The author's other items, newest first: what a moderator weighs before acting. */
export async function authorItems(db: Db, authorId: string, exceptItemId: string) {
  return itemSummaries(
    db,
    and(eq(moderationItems.authorId, authorId), sql`${moderationItems.id} <> ${exceptItemId}`),
    'recent',
    20,
  );
}

export async function summariesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return itemSummaries(db, inArray(moderationItems.id, ids), 'queue', ids.length);
}
