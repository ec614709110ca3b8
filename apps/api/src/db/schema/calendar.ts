import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * A member's private calendar-feed link (issue 4). Only the SHA-256 of the token is stored;
 * rotating revokes the old row, so at most one link per member works at a time.
 */
export const calendarTokens = pgTable(
  'calendar_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_tokens_token_hash_key').on(t.tokenHash),
    uniqueIndex('calendar_tokens_one_live_per_user').on(t.userId).where(sql`${t.revokedAt} IS NULL`),
    index('calendar_tokens_user_idx').on(t.userId),
  ],
);
