import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './users.ts';

export const joinPolicy = pgEnum('join_policy', ['open', 'request']);
export const moderationMode = pgEnum('moderation_mode', ['pre', 'screened', 'post']);
export const meetingTime = pgEnum('meeting_time', ['daytime', 'evening', 'weekend', 'any-time']);
export const membershipStatus = pgEnum('membership_status', ['active', 'requested']);
export const groupRole = pgEnum('group_role', ['member', 'facilitator']);

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    audiences: text('audiences').array().notNull().default(sql`'{}'::text[]`),
    meetingTime: meetingTime('meeting_time').notNull().default('any-time'),
    joinPolicy: joinPolicy('join_policy').notNull().default('open'),
    moderationMode: moderationMode('moderation_mode').notNull().default('screened'),
    groundRules: text('ground_rules').notNull(),
    /** distinct members' reports that hide a post pending review */
    reportThreshold: integer('report_threshold').notNull().default(3),
    /** sessions are entered and shown on this clock (issue 4) */
    timeZone: text('time_zone').notNull().default('Europe/London'),
    /** where posts marked off topic in a session go; made on first use (no FK: threads reference groups) */
    generalThreadId: uuid('general_thread_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('groups_slug_key').on(t.slug),
    check('report_threshold_range', sql`${t.reportThreshold} BETWEEN 1 AND 50`),
  ],
);

export const groupMemberships = pgTable(
  'group_memberships',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: membershipStatus('status').notNull(),
    role: groupRole('role').notNull().default('member'),
    groundRulesAcceptedAt: timestamp('ground_rules_accepted_at', { withTimezone: true }),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    joinedAt: timestamp('joined_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.userId] }),
    index('group_memberships_user_idx').on(t.userId),
    check('active_has_joined_at', sql`${t.status} <> 'active' OR ${t.joinedAt} IS NOT NULL`),
  ],
);
