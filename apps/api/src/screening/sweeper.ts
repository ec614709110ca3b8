import { and, lt, sql } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { posts } from '../db/schema/index.ts';

/** How long a post may wait for its screen before the sweeper assumes the job was lost. */
export const SWEEP_GRACE_MS = 30_000;
const BATCH = 500;

/**
 * Finds posts that still owe a screen (written while Redis was away, or whose job vanished)
 * and queues them again. Job ids come from the post and version, so a post whose job is in
 * fact still queued is not screened twice.
 */
export async function sweepUnscreenedPosts(
  ctx: AppContext,
  now = new Date(),
  graceMs = SWEEP_GRACE_MS,
): Promise<number> {
  const rows = await ctx.db
    .select({ id: posts.id, version: posts.version })
    .from(posts)
    .where(
      and(
        sql`${posts.screenedVersion} IS DISTINCT FROM ${posts.version} AND ${posts.status} IN ('pending', 'published')`,
        lt(posts.updatedAt, new Date(now.getTime() - graceMs)),
      ),
    )
    .limit(BATCH);
  for (const row of rows) await ctx.jobs.ensure('screen-post', { postId: row.id, version: row.version });
  return rows.length;
}
