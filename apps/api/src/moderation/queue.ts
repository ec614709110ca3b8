import {
  type Actor,
  canClaimItem,
  canModerate,
  type ModerationItemDetail,
  type ModerationQueue,
  type ModerationQueueQuery,
} from '@village/domain';
import { and, asc, desc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { moderationItems, posts, postVersions, reports, restrictions, screenings, users } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { notFound } from '../http/errors.ts';
import { findPost, reactionCounts } from '../posts/queries.ts';
import { noReactions, postViewFor, publicView } from '../posts/views.ts';
import { itemFacts, requireSummary } from './claims.ts';
import { authorItems, queueCounts, queueItems } from './summaries.ts';

const CONTEXT_EACH_SIDE = 3;

export async function listQueue(db: Db, actor: Actor, query: ModerationQueueQuery): Promise<ModerationQueue> {
  authorize(canModerate(actor));
  return { items: await queueItems(db, query), counts: await queueCounts(db) };
}

/** Everything a moderator weighs: the post in its thread, its history, why it is here, and its author's record. */
export async function itemDetail(db: Db, actor: Actor, itemId: string): Promise<ModerationItemDetail> {
  authorize(canModerate(actor));
  const [item] = await db.select().from(moderationItems).where(eq(moderationItems.id, itemId));
  if (!item) throw notFound('moderation item');
  const summary = await requireSummary(db, itemId);
  const row = await findPost(db, item.postId);
  if (!row) throw new Error('post of a moderation item is missing');
  const counts = (await reactionCounts(db, [row.id])).get(row.id) ?? noReactions();
  // Moderators read the text even when it is held or hidden.
  const post = { ...publicView(row, counts), body: row.body, contentNote: row.contentNote as never };

  const around = async (direction: 'before' | 'after') => {
    const rows = await db
      .select({ id: posts.id })
      .from(posts)
      .where(
        and(
          eq(posts.threadId, row.threadId),
          direction === 'before' ? lte(posts.seq, row.seq) : gte(posts.seq, row.seq),
        ),
      )
      .orderBy(direction === 'before' ? desc(posts.seq) : asc(posts.seq))
      .limit(CONTEXT_EACH_SIDE + 1);
    return rows.map((r) => r.id).filter((id) => id !== row.id);
  };
  const contextIds = [...(await around('before')).reverse(), ...(await around('after'))];
  const context = [];
  for (const id of contextIds) {
    const r = await findPost(db, id);
    const view = r && postViewFor(actor, r, noReactions());
    if (view) context.push(view);
  }

  const versions = await db
    .select({ version: postVersions.version, body: postVersions.body, createdAt: postVersions.createdAt })
    .from(postVersions)
    .where(eq(postVersions.postId, row.id))
    .orderBy(asc(postVersions.version));
  const [screening] = await db
    .select()
    .from(screenings)
    .where(eq(screenings.postId, row.id))
    .orderBy(desc(screenings.version))
    .limit(1);
  const reportRows = await db
    .select({ report: reports, reporterName: users.displayName })
    .from(reports)
    .innerJoin(users, eq(users.id, reports.reporterId))
    .where(eq(reports.postId, row.id))
    .orderBy(asc(reports.createdAt));
  const restrictionRows = await db
    .select()
    .from(restrictions)
    .where(eq(restrictions.userId, item.authorId))
    .orderBy(desc(restrictions.createdAt))
    .limit(20);
  const may = canClaimItem(actor, itemFacts(item), new Date()).ok;

  return {
    item: summary,
    post,
    context,
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    screening: screening
      ? {
          version: screening.version,
          verdict: screening.verdict,
          categories: screening.categories,
          crisisKind: screening.crisisKind,
          matches: screening.matches.map((m) => ({ ...m, kind: m.kind ?? undefined })),
        }
      : null,
    reports: reportRows.map(({ report, reporterName }) => ({
      id: report.id,
      reason: report.reason,
      note: report.note,
      reporter: { id: report.reporterId, displayName: reporterName },
      createdAt: report.createdAt.toISOString(),
    })),
    escalationNote: item.escalationNote,
    note: item.note,
    authorHistory: {
      items: await authorItems(db, item.authorId, item.id),
      restrictions: restrictionRows.map((r) => ({
        kind: r.kind,
        reason: r.reason,
        until: r.until?.toISOString() ?? null,
        createdAt: r.createdAt.toISOString(),
      })),
    },
    abilities: { claim: may, act: may },
  };
}
