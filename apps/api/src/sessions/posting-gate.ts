import { formatLocal, isLive, slowModeWait } from '@village/domain';
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupSessions, groups, posts, sessionMutes, threads } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';

/**
 * The session rules in the posting path (posts/service.ts createReply): a locked thread takes
 * no posts (the session has not opened, or has closed), a member muted for this session waits
 * for the next one, and slow mode allows one post per member every N seconds. The server is
 * the one that enforces it; the page only shows the countdown. Edits (editPost) pass the same
 * gate without slow mode: an edit adds no post. A reply re-checks slow mode atomically in its
 * insert transaction (lockSlowMode).
 */
export async function checkSessionPosting(
  db: Db,
  threadId: string,
  authorId: string,
  options: { slowMode?: boolean; now?: Date } = {},
): Promise<void> {
  const { slowMode = true, now = new Date() } = options;
  const [row] = await db
    .select({ locked: threads.locked, session: groupSessions, timeZone: groups.timeZone })
    .from(threads)
    .innerJoin(groups, eq(groups.id, threads.groupId))
    .leftJoin(groupSessions, eq(groupSessions.threadId, threads.id))
    .where(eq(threads.id, threadId));
  if (!row) return;
  const session = row.session;
  if (row.locked || (session && !isLive(session.state))) {
    if (session?.state === 'scheduled') {
      const opens = formatLocal(session.startsAt, row.timeZone);
      throw new HttpError(
        'conflict',
        `This session opens at ${opens.slice(11)} on ${opens.slice(0, 10)}. You can post once it has started.`,
        'body',
      );
    }
    throw new HttpError('conflict', 'This session has closed, so its thread takes no new posts.', 'body');
  }
  if (!session) return;
  const [muted] = await db
    .select({ userId: sessionMutes.userId })
    .from(sessionMutes)
    .where(and(eq(sessionMutes.sessionId, session.id), eq(sessionMutes.userId, authorId)));
  if (muted) {
    throw new HttpError('restricted', 'The facilitator has paused your posts for the rest of this session.', 'body');
  }
  if (slowMode) await checkSlowMode(db, threadId, authorId, session.slowModeSeconds ?? 0, now);
}

/**
 * In the reply's insert transaction: one member's posts to one session thread queue on an
 * advisory lock (released at commit), and slow mode is checked again under it, so two posts
 * sent at the same moment cannot both pass.
 */
export async function lockSlowMode(tx: Db, threadId: string, authorId: string): Promise<void> {
  const [session] = await tx
    .select({ id: groupSessions.id, slowModeSeconds: groupSessions.slowModeSeconds })
    .from(groupSessions)
    .where(eq(groupSessions.threadId, threadId));
  if (!session?.slowModeSeconds) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`${session.id}:${authorId}`}))`);
  await checkSlowMode(tx, threadId, authorId, session.slowModeSeconds, new Date());
}

async function checkSlowMode(db: Db, threadId: string, authorId: string, interval: number, now: Date) {
  if (interval <= 0) return;
  const [last] = await db
    .select({ createdAt: posts.createdAt })
    .from(posts)
    .where(and(eq(posts.threadId, threadId), eq(posts.authorId, authorId), ne(posts.status, 'removed')))
    .orderBy(desc(posts.createdAt))
    .limit(1);
  const wait = slowModeWait(last?.createdAt ?? null, interval, now);
  if (wait > 0) {
    throw new HttpError(
      'rate_limited',
      `Slow mode is on: one post every ${interval} seconds. You can post again in ${wait} second${wait === 1 ? '' : 's'}.`,
      'body',
    );
  }
}
