import type { ModerationSettings } from '@village/domain';
import type { ScreenOptions, WatchedWord } from '@village/domain/screening';
import { type SQL, sql } from 'drizzle-orm';

const RECENT_POSTS = 10;
const RECENT_HOURS = 24;

/** The screen's facts as `screenFactsJson` reads them. */
export interface ScreenFacts {
  settings: {
    crisis_action: 'hold' | 'flag';
    due_minutes_urgent: number;
    due_minutes_high: number;
    due_minutes_normal: number;
    due_minutes_low: number;
    claim_minutes: number;
    new_member_days: number;
  };
  words: WatchedWord[];
  joined: string | null;
  recent: string[];
}

/**
 * Everything the pure screen needs beyond the text, as one JSON expression, read fresh each
 * time (so an admin's change to the watched words or the crisis setting applies to the very
 * next post). An expression rather than a query so that the posting path and the screening
 * job can read it in the same round trip as their other facts; the author and the post to
 * leave out may be columns of the outer query.
 */
export function screenFactsJson(authorId: SQL, exceptPostId: SQL, now: Date): SQL {
  const since = new Date(now.getTime() - RECENT_HOURS * 3600_000).toISOString();
  return sql`json_build_object(
      'settings', (SELECT row_to_json(s) FROM moderation_settings s WHERE s.id = 1),
      'words', (SELECT coalesce(json_agg(json_build_object('phrase', w.phrase, 'action', w.action)), '[]') FROM watched_words w),
      'joined', (SELECT u.created_at FROM users u WHERE u.id = ${authorId}),
      'recent', (SELECT coalesce(json_agg(r.body), '[]') FROM (
        SELECT p.body FROM posts p
        WHERE p.author_id = ${authorId} AND p.created_at > ${since} AND p.status <> 'removed'
          AND p.id IS DISTINCT FROM ${exceptPostId}
        ORDER BY p.created_at DESC LIMIT ${RECENT_POSTS}) r)
    )`;
}

export interface ScreenContext {
  options: ScreenOptions;
  settings: ModerationSettings;
}

/** Turns the facts read by `screenFactsJson` into the screen's options and the moderation settings. */
export function screenContextFrom(facts: ScreenFacts | undefined, now: Date): ScreenContext {
  if (!facts?.settings) throw new Error('moderation_settings row missing: run the migrations');
  const s = facts.settings;
  const settings: ModerationSettings = {
    crisisAction: s.crisis_action,
    dueMinutes: {
      urgent: s.due_minutes_urgent,
      high: s.due_minutes_high,
      normal: s.due_minutes_normal,
      low: s.due_minutes_low,
    },
    claimMinutes: s.claim_minutes,
    newMemberDays: s.new_member_days,
  };
  const joined = facts.joined ? new Date(facts.joined) : now;
  return {
    settings,
    options: {
      watchedWords: facts.words,
      crisisAction: settings.crisisAction,
      authorIsNew: now.getTime() - joined.getTime() < settings.newMemberDays * 86_400_000,
      recentPosts: facts.recent,
    },
  };
}
