import type { RestrictionView } from '@village/domain';
import { and, desc, eq, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { restrictions } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';

const KIND_WORDS = { mute: 'muted', suspension: 'suspended', ban: 'banned' } as const;

/** The restriction that keeps her from posting now (the longest-lasting if several), or null. */
export async function activeRestriction(db: Db, userId: string, now = new Date()): Promise<RestrictionView | null> {
  const rows = await db
    .select({ kind: restrictions.kind, reason: restrictions.reason, until: restrictions.until })
    .from(restrictions)
    .where(
      and(
        eq(restrictions.userId, userId),
        inArray(restrictions.kind, ['mute', 'suspension', 'ban']),
        isNull(restrictions.liftedAt),
        or(isNull(restrictions.until), gt(restrictions.until, now)),
      ),
    )
    .orderBy(desc(restrictions.until));
  return longestRestriction(rows);
}

/** The same question as a JSON expression, for the posting path's single round trip (see posts/posting-facts.ts). */
export function activeRestrictionsJson(userId: SQL, now: Date): SQL {
  return sql`(SELECT coalesce(json_agg(json_build_object('kind', r.kind, 'reason', r.reason, 'until', r.until) ORDER BY r.until DESC), '[]')
    FROM restrictions r
    WHERE r.user_id = ${userId} AND r.kind IN ('mute', 'suspension', 'ban') AND r.lifted_at IS NULL
      AND (r.until IS NULL OR r.until > ${now.toISOString()}))`;
}

type RestrictionRow = { kind: RestrictionView['kind'] | 'warning'; reason: string; until: Date | string | null };

/** Of her active restrictions (latest end first), the one that holds longest. */
export function longestRestriction(rows: readonly RestrictionRow[]): RestrictionView | null {
  // A permanent restriction (null until) outlasts any other.
  const row = rows.find((r) => r.until === null) ?? rows[0];
  if (!row || row.kind === 'warning') return null;
  return { kind: row.kind, reason: row.reason, until: row.until === null ? null : new Date(row.until).toISOString() };
}

export function describeRestriction(r: RestrictionView): string {
  const until = r.until
    ? `until ${new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(r.until))}`
    : 'with no end date';
  return `You have been ${KIND_WORDS[r.kind]} ${until}, so you can't post. The reason: ${r.reason}`;
}

/** Refuses a muted, suspended or banned member (her active restriction, if any), telling her until when and why. */
export function assertMayPost(restriction: RestrictionView | null): void {
  if (restriction) throw new HttpError('restricted', describeRestriction(restriction));
}
