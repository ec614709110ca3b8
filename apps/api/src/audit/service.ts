import { Readable } from 'node:stream';
import { AUDIT_PAGE_SIZE, type AuditEntryView, type AuditPage, type AuditQuery } from '@village/domain';
import { and, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.ts';
import { auditLog, groups, users } from '../db/schema/index.ts';
import { HttpError } from '../http/errors.ts';
import { csvRow } from './csv.ts';

const actor = alias(users, 'actor');
const subject = alias(users, 'subject');
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** `from` and `to` take a whole day (UTC) or an exact moment; a day in `to` includes all of it. */
function filters(q: AuditQuery): SQL | undefined {
  const from = q.from ? new Date(q.from) : null;
  const toDay = q.to !== undefined && DATE_ONLY.test(q.to);
  const to = q.to ? new Date(new Date(q.to).getTime() + (toDay ? DAY_MS : 0)) : null;
  if (from && to && to.getTime() <= from.getTime())
    throw new HttpError('validation_failed', 'The end is before the start.', 'to');
  return and(
    q.action?.endsWith('.*')
      ? sql`starts_with(${auditLog.action}, ${q.action.slice(0, -1)})`
      : q.action
        ? eq(auditLog.action, q.action)
        : undefined,
    q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
    q.subjectUserId ? eq(auditLog.subjectUserId, q.subjectUserId) : undefined,
    q.groupId ? eq(auditLog.groupId, q.groupId) : undefined,
    from ? gte(auditLog.at, from) : undefined,
    to ? (toDay ? lt(auditLog.at, to) : lte(auditLog.at, to)) : undefined,
  );
}

/** Newest first by id (ids only grow), one keyset page after `before`. */
function selectEntries(db: Db, where: SQL | undefined, before: bigint | null, limit: number) {
  return db
    .select({
      entry: auditLog,
      actorName: actor.displayName,
      subjectName: subject.displayName,
      groupName: groups.name,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(subject, eq(subject.id, auditLog.subjectUserId))
    .leftJoin(groups, eq(groups.id, auditLog.groupId))
    .where(and(where, before === null ? undefined : lt(auditLog.id, before)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}
type Row = Awaited<ReturnType<typeof selectEntries>>[number];

// A deleted account keeps its id in the log; its name reads "former member".
const person = (id: string | null, name: string | null) => (id ? { id, displayName: name ?? 'former member' } : null);

function toView(r: Row): AuditEntryView {
  const e = r.entry;
  return {
    id: e.id.toString(),
    at: e.at.toISOString(),
    action: e.action,
    actor: person(e.actorId, r.actorName),
    subject: person(e.subjectUserId, r.subjectName),
    group: e.groupId ? { id: e.groupId, name: r.groupName ?? 'deleted group' } : null,
    postId: e.postId,
    itemId: e.itemId,
    reason: e.reason,
    details: e.details,
  };
}

export async function auditPage(db: Db, q: AuditQuery): Promise<AuditPage> {
  const rows = await selectEntries(db, filters(q), q.before ? BigInt(q.before) : null, AUDIT_PAGE_SIZE + 1);
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return {
    entries: page.map(toView),
    nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? last.entry.id.toString() : null,
  };
}

const CSV_BATCH = 500;
const CSV_HEADER = [
  'id',
  'at',
  'action',
  'actor_id',
  'actor',
  'subject_user_id',
  'subject',
  'group_id',
  'group',
  'post_id',
  'item_id',
  'reason',
  'details',
];

/**
 * Every matching entry as CSV, read in keyset batches so a long log never sits in memory.
 * Filters are checked before the first byte, so a bad filter still gets a JSON 400.
 */
export function auditCsv(db: Db, q: AuditQuery): Readable {
  const where = filters(q);
  async function* lines() {
    // A byte-order mark so spreadsheet programs read the names as UTF-8.
    yield `\ufeff${csvRow(CSV_HEADER)}`;
    let before: bigint | null = q.before ? BigInt(q.before) : null;
    for (;;) {
      const rows = await selectEntries(db, where, before, CSV_BATCH);
      if (rows.length === 0) return;
      yield rows
        .map((r) => {
          const v = toView(r);
          return csvRow([
            v.id,
            v.at,
            v.action,
            v.actor?.id,
            v.actor?.displayName,
            v.subject?.id,
            v.subject?.displayName,
            v.group?.id,
            v.group?.name,
            v.postId,
            v.itemId,
            v.reason,
            JSON.stringify(v.details),
          ]);
        })
        .join('');
      if (rows.length < CSV_BATCH) return;
      before = rows.at(-1)?.entry.id ?? null;
    }
  }
  return Readable.from(lines());
}
