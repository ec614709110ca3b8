import type { GuestProfessional, WrapUpBody } from '@village/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { groups } from './groups.ts';
import { threads } from './posts.ts';
import { users } from './users.ts';

/**
 * Facilitated sessions (issue 4). The table of occurrences is `group_sessions`, because
 * `sessions` already holds sign-in sessions. Postgres is the truth for the lifecycle: the
 * BullMQ timers are rebuilt from these rows when Redis loses them.
 */
export const sessionState = pgEnum('session_state', ['scheduled', 'open', 'ending', 'closed', 'cancelled']);
export const repeatKind = pgEnum('repeat_kind', ['none', 'weekly', 'fortnightly']);
export const rsvpStatus = pgEnum('rsvp_status', ['going', 'waitlisted']);
export const checkOutStatus = pgEnum('check_out_status', ['ok', 'follow_up']);
export const followUpStatus = pgEnum('follow_up_status', ['open', 'done']);

const at = (name: string) => timestamp(name, { withTimezone: true });

/** Modules a facilitator trains in; `required` ones decide whether her training is current. */
export const trainingModules = pgTable('training_modules', {
  key: text('key').primaryKey(),
  name: text('name').notNull(),
  required: boolean('required').notNull().default(true),
});

export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    moduleKey: text('module_key')
      .notNull()
      .references(() => trainingModules.key),
    completedAt: at('completed_at').notNull(),
    expiresAt: at('expires_at'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('training_records_user_idx').on(t.userId),
    check('training_expiry_after_completion', sql`${t.expiresAt} IS NULL OR ${t.expiresAt} > ${t.completedAt}`),
  ],
);

/** What the facilitator asked for; each occurrence is a group_sessions row with its own state. */
export const sessionSeries = pgTable(
  'session_series',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    facilitatorId: uuid('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    theme: text('theme').notNull(),
    focusPrompt: text('focus_prompt').notNull(),
    firstStartLocal: text('first_start_local').notNull(),
    timeZone: text('time_zone').notNull(),
    lengthMinutes: integer('length_minutes').notNull(),
    capacity: integer('capacity').notNull(),
    repeat: repeatKind('repeat').notNull(),
    count: integer('count'),
    until: text('until'),
    guest: jsonb('guest').$type<GuestProfessional>(),
    // resources belong to another feature; ids are checked when scheduled, not by a foreign key
    resourceIds: uuid('resource_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [check('series_capacity_positive', sql`${t.capacity} > 0`)],
);

export const groupSessions = pgTable(
  'group_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seriesId: uuid('series_id').references(() => sessionSeries.id, { onDelete: 'cascade' }),
    occurrenceIndex: integer('occurrence_index'),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    facilitatorId: uuid('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
    title: text('title').notNull(),
    theme: text('theme').notNull(),
    /** the pinned focus: the facilitator may update it while the session is live */
    focusPrompt: text('focus_prompt').notNull(),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    endingNoticeMinutes: integer('ending_notice_minutes').notNull().default(10),
    state: sessionState('state').notNull().default('scheduled'),
    openedAt: at('opened_at'),
    closedAt: at('closed_at'),
    cancelledAt: at('cancelled_at'),
    cancelReason: text('cancel_reason'),
    /** created with the session and locked until it opens */
    threadId: uuid('thread_id').references(() => threads.id, { onDelete: 'set null' }),
    slowModeSeconds: integer('slow_mode_seconds'),
    capacity: integer('capacity').notNull(),
    guest: jsonb('guest').$type<GuestProfessional>(),
    resourceIds: uuid('resource_ids').array().notNull().default(sql`'{}'::uuid[]`),
    wrapUp: jsonb('wrap_up').$type<WrapUpBody>(),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('group_sessions_group_start_idx').on(t.groupId, t.startsAt),
    // The timer rebuild asks "which sessions still need timers?" of a small index.
    index('group_sessions_live_idx').on(t.startsAt).where(sql`${t.state} IN ('scheduled', 'open', 'ending')`),
    uniqueIndex('group_sessions_thread_key').on(t.threadId),
    uniqueIndex('group_sessions_series_index_key').on(t.seriesId, t.occurrenceIndex),
    check('session_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('session_capacity_positive', sql`${t.capacity} > 0`),
    check('session_notice_range', sql`${t.endingNoticeMinutes} BETWEEN 0 AND 30`),
  ],
);

const sessionRef = () =>
  uuid('session_id')
    .notNull()
    .references(() => groupSessions.id, { onDelete: 'cascade' });
const userRef = (name = 'user_id') =>
  uuid(name)
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

export const sessionRsvps = pgTable(
  'session_rsvps',
  {
    sessionId: sessionRef(),
    userId: userRef(),
    status: rsvpStatus('status').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

/** Who came: written when a member opens the session while it is live. */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    sessionId: sessionRef(),
    userId: userRef(),
    firstSeenAt: at('first_seen_at').notNull().defaultNow(),
    lastSeenAt: at('last_seen_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

export const sessionMutes = pgTable(
  'session_mutes',
  {
    sessionId: sessionRef(),
    userId: userRef(),
    mutedBy: uuid('muted_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

export const sessionCheckOuts = pgTable(
  'session_check_outs',
  {
    sessionId: sessionRef(),
    userId: userRef(),
    status: checkOutStatus('status').notNull(),
    note: text('note'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.userId] })],
);

export const followUpTasks = pgTable(
  'follow_up_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: sessionRef(),
    memberId: userRef('member_id'),
    facilitatorId: uuid('facilitator_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    status: followUpStatus('status').notNull().default('open'),
    createdAt: at('created_at').notNull().defaultNow(),
    doneAt: at('done_at'),
    doneBy: uuid('done_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    // one task per member per session: a repeated check-out cannot make a second one
    uniqueIndex('follow_up_tasks_session_member_key').on(t.sessionId, t.memberId),
    index('follow_up_tasks_facilitator_idx').on(t.facilitatorId, t.status),
  ],
);
