import type { ScreenMatch, Verdict } from '@village/domain/screening';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { groups } from './groups.ts';
import { users } from './users.ts';

export const postStatus = pgEnum('post_status', ['pending', 'published', 'held', 'hidden', 'removed']);
export const removedBy = pgEnum('removed_by', ['author', 'moderator']);
export const reactionKind = pgEnum('reaction_kind', ['hug', 'me_too', 'thank_you']);

/** One ever-increasing sequence orders posts and thread activity for keyset pages. */
export const activitySeq = pgSequence('activity_seq');

export const threads = pgTable(
  'threads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    /** a locked thread takes no new posts: a session thread outside its open time (issue 4) */
    locked: boolean('locked').notNull().default(false),
    /** bumped from activity_seq whenever a post here is published: newest activity first */
    activitySeq: bigint('activity_seq', { mode: 'bigint' }).notNull().default(sql`nextval('activity_seq')`),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('threads_group_activity_idx').on(t.groupId, t.activitySeq),
    check('title_length', sql`char_length(${t.title}) BETWEEN 3 AND 120`),
  ],
);

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    /** the thread's opening post carries its title; replies follow it */
    isOpening: boolean('is_opening').notNull().default(false),
    seq: bigint('seq', { mode: 'bigint' }).notNull().default(sql`nextval('activity_seq')`),
    body: text('body').notNull(),
    contentNote: text('content_note'),
    status: postStatus('status').notNull().default('pending'),
    removedBy: removedBy('removed_by'),
    /** the version being screened or shown; versions are kept in post_versions */
    version: integer('version').notNull().default(1),
    /** the last version that passed screening: what others see while an edit waits */
    publishedVersion: integer('published_version'),
    /** the last version the screening job finished; behind `version` means a job is owed */
    screenedVersion: integer('screened_version'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_thread_seq_idx').on(t.threadId, t.seq),
    // The screen's "has she just posted this?" question reads her latest posts.
    index('posts_author_recent_idx').on(t.authorId, t.createdAt),
    // The sweeper's question, "which posts still owe a screen?", answered from a small index.
    index('posts_unscreened_idx')
      .on(t.updatedAt)
      .where(sql`${t.screenedVersion} IS DISTINCT FROM ${t.version} AND ${t.status} IN ('pending', 'published')`),
    check('body_length', sql`char_length(${t.body}) BETWEEN 1 AND 5000`),
  ],
);

export const postVersions = pgTable(
  'post_versions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    body: text('body').notNull(),
    contentNote: text('content_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.version] })],
);

export const reactions = pgTable(
  'reactions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: reactionKind('kind').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId, t.kind] })],
);

/** What each screen decided, with the matched spans a moderator sees highlighted. */
export const screenings = pgTable(
  'screenings',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    verdict: text('verdict').$type<Verdict>().notNull(),
    categories: text('categories').array().notNull().default(sql`'{}'::text[]`),
    crisisKind: text('crisis_kind'),
    matches: jsonb('matches').$type<ScreenMatch[]>().notNull().default([]),
    screenedAt: timestamp('screened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.version] })],
);
