import { formatLocal, isLive, slowModeWait } from '@village/domain';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupSessions, groups, posts, sessionMutes, threads } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';

/**
 * The session rules in the posting path (posts/service.ts createReply): a locked thread takes
 * no posts (the session has not opened, or has closed), a member muted for this session waits
 * for the next one, and slow mode allows one post per member every N seconds. The server is
 * the one that enforces it; the page only shows the countdown.
 */
export async function checkSessionPosting(db: Db, threadId: string, authorId: string, now = new Date()): Promise<void> {
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
  const interval = session.slowModeSeconds ?? 0;
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
