import { and, isNull, lt } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { reports } from '../db/schema/index.ts';

const GRACE_MS = 30_000;
const BATCH = 500;

/** Reports whose triage job was lost (Redis away when written, or the job failed for good) are queued again. */
export async function sweepUntriagedReports(ctx: AppContext, now = new Date(), graceMs = GRACE_MS): Promise<number> {
  const rows = await ctx.db
    .select({ id: reports.id })
    .from(reports)
    .where(and(isNull(reports.triagedAt), lt(reports.createdAt, new Date(now.getTime() - graceMs))))
    .limit(BATCH);
  for (const row of rows) await ctx.jobs.ensure('triage-report', { reportId: row.id });
  return rows.length;
}
