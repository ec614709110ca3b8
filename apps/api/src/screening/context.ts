import type { ModerationSettings } from '@village/domain';
import { type ScreenOptions, type ScreenResult, screenText } from '@village/domain/screening';
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { posts, users } from '../db/schema/index.ts';
import { loadModerationSettings } from '../moderation-settings/service.ts';
import { loadWatchedWords } from '../watched-words/service.ts';

const RECENT_POSTS = 10;
const RECENT_HOURS = 24;

/**
 * Everything the pure screen needs beyond the text, read fresh each time so an admin's change
 * to the watched words or the crisis setting applies to the very next post.
 */
export async function screenOptions(
  db: Db,
  authorId: string,
  exceptPostId: string | null,
  settings?: ModerationSettings,
  now = new Date(),
): Promise<{ options: ScreenOptions; settings: ModerationSettings }> {
  const s = settings ?? (await loadModerationSettings(db));
  const [author] = await db.select({ createdAt: users.createdAt }).from(users).where(eq(users.id, authorId));
  const recent = await db
    .select({ body: posts.body })
    .from(posts)
    .where(
      and(
        eq(posts.authorId, authorId),
        exceptPostId ? ne(posts.id, exceptPostId) : undefined,
        gt(posts.createdAt, new Date(now.getTime() - RECENT_HOURS * 3600_000)),
        sql`${posts.status} <> 'removed'`,
      ),
    )
    .orderBy(desc(posts.createdAt))
    .limit(RECENT_POSTS);
  const joined = author?.createdAt ?? now;
  return {
    settings: s,
    options: {
      watchedWords: await loadWatchedWords(db),
      crisisAction: s.crisisAction,
      authorIsNew: now.getTime() - joined.getTime() < s.newMemberDays * 86_400_000,
      recentPosts: recent.map((r) => r.body),
    },
  };
}

export async function screenForAuthor(
  db: Db,
  text: string,
  authorId: string,
  exceptPostId: string | null,
): Promise<{ result: ScreenResult; settings: ModerationSettings }> {
  const { options, settings } = await screenOptions(db, authorId, exceptPostId);
  return { result: screenText(text, options), settings };
}
