import { formatLocal, isLive, type SessionState, slowModeWait } from '@village/domain';
import { and, desc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { groupSessions, posts } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';

/**
 * The session rules in the posting path (posts/service.ts): a locked thread takes no posts
 * (the session has not opened, or has closed), a member muted for this session waits for the
 * next one, and slow mode allows one post per member every N seconds. The server is the one
 * that enforces it; the page only shows the countdown. Edits pass the same gate without slow
 * mode: an edit adds no post. A reply re-checks slow mode atomically in its insert
 * transaction (lockSlowMode).
 */
export interface SessionGateFacts {
  locked: boolean;
  /** the group's time zone, to say when a scheduled session opens */
  timeZone: string;
  /** the session held in this thread, if it is a session thread */
  session: {
    id: string;
    state: SessionState;
    startsAt: string;
    slowModeSeconds: number | null;
    muted: boolean;
    /** her latest post in the thread, read only when slow mode is on */
    lastPostAt: string | null;
  } | null;
}

/**
 * The session facts of thread `t` (an alias in the outer query) for one author, as a JSON
 * expression, so the posting path reads them with its other facts in one round trip.
 */
export function sessionOfThreadJson(authorId: SQL): SQL {
  return sql`(SELECT json_build_object(
      'id', s.id, 'state', s.state, 'startsAt', s.starts_at, 'slowModeSeconds', s.slow_mode_seconds,
      'muted', EXISTS (SELECT 1 FROM session_mutes m WHERE m.session_id = s.id AND m.user_id = ${authorId}),
      'lastPostAt', CASE WHEN s.slow_mode_seconds > 0 THEN (
        SELECT p.created_at FROM posts p
        WHERE p.thread_id = t.id AND p.author_id = ${authorId} AND p.status <> 'removed'
        ORDER BY p.created_at DESC LIMIT 1) END)
    FROM group_sessions s WHERE s.thread_id = t.id)`;
}

/** Refuses a post (or, without slow mode, an edit) that the session rules do not allow now. */
export function assertSessionAllows(facts: SessionGateFacts, options: { slowMode?: boolean; now?: Date } = {}): void {
  const { slowMode = true, now = new Date() } = options;
  const session = facts.session;
  if (facts.locked || (session && !isLive(session.state))) {
    if (session?.state === 'scheduled') {
      const opens = formatLocal(new Date(session.startsAt), facts.timeZone);
      throw new HttpError(
        'conflict',
        `This session opens at ${opens.slice(11)} on ${opens.slice(0, 10)}. You can post once it has started.`,
        'body',
      );
    }
    throw new HttpError('conflict', 'This session has closed, so its thread takes no new posts.', 'body');
  }
  if (!session) return;
  if (session.muted) {
    throw new HttpError('restricted', 'The facilitator has paused your posts for the rest of this session.', 'body');
  }
  if (slowMode) {
    const last = session.lastPostAt === null ? null : new Date(session.lastPostAt);
    assertSlowModeAllows(last, session.slowModeSeconds ?? 0, now);
  }
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
  const [last] = await tx
    .select({ createdAt: posts.createdAt })
    .from(posts)
    .where(and(eq(posts.threadId, threadId), eq(posts.authorId, authorId), ne(posts.status, 'removed')))
    .orderBy(desc(posts.createdAt))
    .limit(1);
  assertSlowModeAllows(last?.createdAt ?? null, session.slowModeSeconds, new Date());
}

function assertSlowModeAllows(last: Date | null, interval: number, now: Date) {
  if (interval <= 0) return;
  const wait = slowModeWait(last, interval, now);
  if (wait > 0) {
    throw new HttpError(
      'rate_limited',
      `Slow mode is on: one post every ${interval} seconds. You can post again in ${wait} second${wait === 1 ? '' : 's'}.`,
      'body',
    );
  }
}
