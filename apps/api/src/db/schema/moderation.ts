import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { groups } from './groups.ts';
import { posts } from './posts.ts';
import { users } from './users.ts';

export const itemKind = pgEnum('moderation_item_kind', ['review', 'second_look']);
export const itemStatus = pgEnum('moderation_item_status', ['open', 'escalated', 'resolved']);
export const itemPriority = pgEnum('moderation_priority', ['urgent', 'high', 'normal', 'low']);
export const itemResolution = pgEnum('moderation_resolution', ['approved', 'hidden', 'redacted', 'dismissed']);
export const reportReason = pgEnum('report_reason', [
  'safety',
  'unkind',
  'off_topic',
  'personal_details',
  'spam',
  'other',
]);
export const restrictionKind = pgEnum('restriction_kind', ['warning', 'mute', 'suspension', 'ban']);

/**
 * One item per post that needs a human: screening flags, folded reports, pre-moderation and a
 * crisis all land on the same open item. An author's "second look" is an item of its own,
 * which the moderator who decided (decided_by) may not take.
 */
export const moderationItems = pgTable(
  'moderation_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: itemKind('kind').notNull().default('review'),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    status: itemStatus('status').notNull().default('open'),
    priority: itemPriority('priority').notNull(),
    /** why it is here: screening categories ("crisis", "pii"…), "report:<reason>", "pre_moderation", "second_look" */
    reasons: text('reasons').array().notNull().default(sql`'{}'::text[]`),
    crisisKind: text('crisis_kind'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    claimedBy: uuid('claimed_by').references(() => users.id),
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    resolution: itemResolution('resolution'),
    resolvedBy: uuid('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** second look: the moderator whose decision is being looked at again */
    decidedBy: uuid('decided_by').references(() => users.id),
    /** second look: the author's words */
    note: text('note'),
    escalationNote: text('escalation_note'),
    overdueAlertedAt: timestamp('overdue_alerted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open item of each kind per post: screening and reports fold into it.
    uniqueIndex('moderation_items_one_open_per_post').on(t.postId, t.kind).where(sql`${t.status} <> 'resolved'`),
    index('moderation_items_queue_idx').on(t.priority, t.createdAt).where(sql`${t.status} <> 'resolved'`),
    index('moderation_items_author_idx').on(t.authorId, t.createdAt),
    check('resolved_has_resolution', sql`(${t.status} = 'resolved') = (${t.resolution} IS NOT NULL)`),
    check('claim_complete', sql`(${t.claimedBy} IS NULL) = (${t.claimedUntil} IS NULL)`),
  ],
);

/** A member's report; the triage job folds it into its post's item. One per member per post. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    reporterId: uuid('reporter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: reportReason('reason').notNull(),
    note: text('note'),
    itemId: uuid('item_id').references(() => moderationItems.id),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    /** set when the item is resolved; the reporter is told */
    outcome: text('outcome'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reports_one_per_member').on(t.postId, t.reporterId),
    index('reports_untriaged_idx').on(t.createdAt).where(sql`${t.triagedAt} IS NULL`),
    check('note_length', sql`${t.note} IS NULL OR char_length(${t.note}) <= 1000`),
  ],
);

/** Warnings, mutes, suspensions and bans. A null `until` is permanent (a ban). */
export const restrictions = pgTable(
  'restrictions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: restrictionKind('kind').notNull(),
    reason: text('reason').notNull(),
    until: timestamp('until', { withTimezone: true }),
    itemId: uuid('item_id').references(() => moderationItems.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    liftedAt: timestamp('lifted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('restrictions_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Every moderation action and role change, append-only: a trigger in the migration refuses
 * UPDATE, DELETE and TRUNCATE, so not even the application's own connection can rewrite it.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // Plain ids, no foreign keys: the record outlives the accounts it names.
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    subjectUserId: uuid('subject_user_id'),
    postId: uuid('post_id'),
    itemId: uuid('item_id'),
    groupId: uuid('group_id'),
    reason: text('reason'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_subject_idx').on(t.subjectUserId, t.at)],
);

/** In-app notices to one member: outcomes of her reports and posts, warnings, crisis support. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    message: text('message').notNull(),
    link: text('link'),
    postId: uuid('post_id'),
    itemId: uuid('item_id'),
    /** makes a notice idempotent: a job run twice writes it once */
    dedupeKey: text('dedupe_key'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe_key').on(t.dedupeKey),
  ],
);

export const watchedWords = pgTable(
  'watched_words',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phrase: text('phrase').notNull(),
    action: text('action').$type<'flag' | 'hold' | 'block' | 'censor'>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('watched_words_phrase_key').on(sql`lower(${t.phrase})`),
    check('watched_action', sql`${t.action} IN ('flag', 'hold', 'block', 'censor')`),
    check('phrase_length', sql`char_length(${t.phrase}) BETWEEN 2 AND 100`),
  ],
);

/** The helplines on the crisis card and the help page, in the order admins chose. */
export const helplines = pgTable('helplines', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  phone: text('phone'),
  textNumber: text('text_number'),
  textMessage: text('text_message'),
  url: text('url'),
  hours: text('hours'),
  position: integer('position').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One row of service-wide moderation settings (id is always 1). */
export const moderationSettings = pgTable(
  'moderation_settings',
  {
    id: integer('id').primaryKey().default(1),
    crisisAction: text('crisis_action').$type<'hold' | 'flag'>().notNull().default('hold'),
    dueMinutesUrgent: integer('due_minutes_urgent').notNull().default(15),
    dueMinutesHigh: integer('due_minutes_high').notNull().default(60),
    dueMinutesNormal: integer('due_minutes_normal').notNull().default(240),
    dueMinutesLow: integer('due_minutes_low').notNull().default(1440),
    claimMinutes: integer('claim_minutes').notNull().default(10),
    newMemberDays: integer('new_member_days').notNull().default(7),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('single_row', sql`${t.id} = 1`),
    check('crisis_action', sql`${t.crisisAction} IN ('hold', 'flag')`),
    check(
      'due_minutes_positive',
      sql`${t.dueMinutesUrgent} > 0 AND ${t.dueMinutesHigh} > 0 AND ${t.dueMinutesNormal} > 0 AND ${t.dueMinutesLow} > 0`,
    ),
  ],
);
