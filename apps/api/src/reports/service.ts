import { type Actor, canReportPost, type ReportBody, type ReportResponse } from '@village/domain';
import { and, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import { reports } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { rateRules } from '../http/rate-limit.ts';
import { enqueueOrLeaveToSweeper } from '../jobs/enqueue.ts';
import { requireReadablePost } from '../posts/service.ts';
import { noReactions, postViewFor } from '../posts/views.ts';

/**
 * A member's report of a post she can see. One member reporting the same post twice counts
 * once: the second answer says so and changes nothing. Triage runs as a job after commit.
 */
export async function reportPost(
  ctx: AppContext,
  actor: Actor,
  postId: string,
  input: ReportBody,
  log?: FastifyBaseLogger,
): Promise<{ created: boolean; response: ReportResponse }> {
  const row = await requireReadablePost(ctx.db, actor, postId);
  // What she sees is what she reports: the published version while an edit waits.
  const seen = postViewFor(actor, row, noReactions());
  authorize(canReportPost(actor, { authorId: row.authorId, status: seen?.status ?? row.status }));
  const reporterId = (actor as NonNullable<Actor>).id;
  await ctx.rateLimiter.consume(rateRules.reportingByUser, reporterId, log);

  const note = input.note?.trim() || null;
  const [inserted] = await ctx.db
    .insert(reports)
    .values({ postId, reporterId, reason: input.reason, note })
    .onConflictDoNothing()
    .returning();
  if (inserted) {
    await enqueueOrLeaveToSweeper(ctx, 'triage-report', { reportId: inserted.id }, log);
    return { created: true, response: { report: shape(inserted), alreadyReported: false } };
  }
  const [existing] = await ctx.db
    .select()
    .from(reports)
    .where(and(eq(reports.postId, postId), eq(reports.reporterId, reporterId)));
  if (!existing) throw new Error('report vanished between insert and read');
  return { created: false, response: { report: shape(existing), alreadyReported: true } };
}

const shape = (r: typeof reports.$inferSelect) => ({
  id: r.id,
  postId: r.postId,
  reason: r.reason,
  createdAt: r.createdAt.toISOString(),
});
