import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * The curated directory of support: helplines, charities, local services. It feeds "Find
 * support", the resource packs, group pages and session endings. area NULL = everywhere.
 */
export const resources = pgTable(
  'resources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    phone: text('phone'),
    textNumber: text('text_number'),
    textMessage: text('text_message'),
    url: text('url'),
    hours: text('hours'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    stages: text('stages').array().notNull().default(sql`'{}'::text[]`),
    needs: text('needs').array().notNull().default(sql`'{}'::text[]`),
    area: text('area'),
    /** the kinds of crisis this resource helps with: shown on the crisis card for those kinds */
    crisisKinds: text('crisis_kinds').array().notNull().default(sql`'{}'::text[]`),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('resources_position_idx').on(t.position, t.name),
    check('resource_tags', sql`${t.tags} <@ ARRAY['crisis', 'national', 'local', 'peer', 'clinical']::text[]`),
    check('resource_stages', sql`${t.stages} <@ ARRAY['pregnant', 'new_baby', 'toddler']::text[]`),
    check(
      'resource_crisis_kinds',
      sql`${t.crisisKinds} <@ ARRAY['suicide_self_harm', 'intrusive_thoughts', 'danger_to_baby', 'danger_from_other', 'psychosis']::text[]`,
    ),
    check('resource_needs', sql`${t.needs} <@ ARRAY['peers', 'professional', 'urgent']::text[]`),
    check('resource_name_length', sql`char_length(${t.name}) BETWEEN 2 AND 80`),
    check('resource_description_length', sql`char_length(${t.description}) BETWEEN 1 AND 300`),
    check('resource_has_contact', sql`${t.phone} IS NOT NULL OR ${t.textNumber} IS NOT NULL OR ${t.url} IS NOT NULL`),
  ],
);

/** A printable pack of resources for one stage (booking the birth, after the birth…). */
export const resourcePacks = pgTable(
  'resource_packs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    stage: text('stage').notNull(),
    intro: text('intro').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('resource_packs_slug_key').on(t.slug),
    check('resource_pack_stage', sql`${t.stage} IN ('booking', 'after_birth', 'pregnant', 'new_baby', 'toddler')`),
    check('resource_pack_slug', sql`${t.slug} ~ '^[a-z0-9-]{2,60}$'`),
  ],
);

/** The resources in a pack, in order, each with an optional note on why it is there. */
export const resourcePackItems = pgTable(
  'resource_pack_items',
  {
    packId: uuid('pack_id')
      .notNull()
      .references(() => resourcePacks.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id')
      .notNull()
      .references(() => resources.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.packId, t.resourceId] }),
    index('resource_pack_items_resource_idx').on(t.resourceId),
  ],
);

/** Packs a member saved to come back to (only she sees her list). */
export const savedPacks = pgTable(
  'saved_packs',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    packId: uuid('pack_id')
      .notNull()
      .references(() => resourcePacks.id, { onDelete: 'cascade' }),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.packId] }), index('saved_packs_pack_idx').on(t.packId)],
);
