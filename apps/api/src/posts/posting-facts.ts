import type { GroupFacts, JoinPolicy, ModerationMode, RestrictionView } from '@village/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { activeRestrictionsJson, longestRestriction } from '../restrictions/service.ts';
import { type ScreenContext, type ScreenFacts, screenContextFrom, screenFactsJson } from '../screening/context.ts';
import { type SessionGateFacts, sessionOfThreadJson } from '../sessions/posting-gate.ts';

/** Everything the posting path decides on, about one author posting in one thread (or group). */
export interface PostingFacts {
  groupId: string;
  /** for the group policies (canReadGroupPosts, canPostInGroup) */
  access: GroupFacts;
  mode: ModerationMode;
  /** the thread's lock and session rules; null when posting in a group (a new thread) */
  gate: SessionGateFacts | null;
  /** the thread's title (null when posting in a group) */
  title: string | null;
  restriction: RestrictionView | null;
  authorName: string;
  screen: ScreenContext;
}

interface Row {
  groupId: string;
  joinPolicy: JoinPolicy;
  mode: ModerationMode;
  timeZone: string;
  threadId: string | null;
  locked: boolean | null;
  title: string | null;
  session: SessionGateFacts['session'];
  membership: GroupFacts['membership'];
  restrictions: Parameters<typeof longestRestriction>[0];
  authorName: string;
  screen: ScreenFacts;
}

/**
 * Reads the posting facts in one round trip: a post pays for every check before it is stored
 * (membership, the session gate, restrictions, the screen's facts), and at a few hundred posts
 * a second each extra round trip shows in the delivery time. Answers null when the thread (or
 * group) does not exist. `exceptPostId` is the post being edited, left out of her recent posts.
 */
export async function loadPostingFacts(
  db: Db,
  /** null when signed out: the policies then refuse with the same answers as reading */
  authorId: string | null,
  where: { threadId: string } | { groupId: string },
  exceptPostId: string | null = null,
  now = new Date(),
): Promise<PostingFacts | null> {
  const author = sql`${authorId}::uuid`;
  const target =
    'threadId' in where
      ? sql`FROM threads t JOIN groups g ON g.id = t.group_id WHERE t.id = ${where.threadId}`
      : sql`FROM groups g LEFT JOIN threads t ON false WHERE g.id = ${where.groupId}`;
  const { rows } = await db.execute<{ facts: Row }>(sql`
    SELECT json_build_object(
      'groupId', g.id, 'joinPolicy', g.join_policy, 'mode', g.moderation_mode, 'timeZone', g.time_zone,
      'threadId', t.id, 'locked', t.locked, 'title', t.title,
      'session', ${sessionOfThreadJson(author)},
      'membership', (SELECT json_build_object('status', m.status, 'role', m.role,
          'groundRulesAccepted', m.ground_rules_accepted_at IS NOT NULL)
        FROM group_memberships m WHERE m.group_id = g.id AND m.user_id = ${author}),
      'restrictions', ${activeRestrictionsJson(author, now)},
      'authorName', (SELECT u.display_name FROM users u WHERE u.id = ${author}),
      'screen', ${screenFactsJson(author, sql`${exceptPostId}::uuid`, now)}
    ) AS facts
    ${target}`);
  const row = rows[0]?.facts;
  if (!row) return null;
  return {
    groupId: row.groupId,
    access: { joinPolicy: row.joinPolicy, membership: row.membership },
    mode: row.mode,
    gate: row.threadId === null ? null : { locked: row.locked ?? false, timeZone: row.timeZone, session: row.session },
    title: row.title,
    restriction: longestRestriction(row.restrictions),
    authorName: row.authorName,
    screen: screenContextFrom(row.screen, now),
  };
}
