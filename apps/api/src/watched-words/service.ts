import {
  type AddWatchedWordBody,
  normaliseWatchedPhrase,
  type WatchedWordView,
  watchedPhraseProblem,
} from '@village/domain';
import type { WatchedWord } from '@village/domain/screening';
import { asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { users, watchedWords } from '../db/schema/index.ts';
import { HttpError, notFound } from '../http/errors.ts';

/**
 * The service's own word list, read by the screening job on every post (no cache), so an
 * admin's change applies to the very next post screened.
 */
export async function loadWatchedWords(db: Db): Promise<WatchedWord[]> {
  return db.select({ phrase: watchedWords.phrase, action: watchedWords.action }).from(watchedWords);
}

function selectViews(db: Db) {
  return db
    .select({
      id: watchedWords.id,
      phrase: watchedWords.phrase,
      action: watchedWords.action,
      createdAt: watchedWords.createdAt,
      creatorId: users.id,
      creatorName: users.displayName,
    })
    .from(watchedWords)
    .leftJoin(users, eq(users.id, watchedWords.createdBy));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof selectViews>['execute']>>[number];
const toView = (r: ViewRow): WatchedWordView => ({
  id: r.id,
  phrase: r.phrase,
  action: r.action,
  createdBy: r.creatorId && r.creatorName ? { id: r.creatorId, displayName: r.creatorName } : null,
  createdAt: r.createdAt.toISOString(),
});

export async function listWatchedWords(db: Db): Promise<WatchedWordView[]> {
  const rows = await selectViews(db).orderBy(asc(sql`lower(${watchedWords.phrase})`));
  return rows.map(toView);
}

async function viewOf(db: Db, id: string): Promise<WatchedWordView> {
  const [row] = await selectViews(db).where(eq(watchedWords.id, id));
  if (!row) throw notFound('watched word');
  return toView(row);
}

const duplicate = (phrase: string) =>
  new HttpError('conflict', `"${phrase}" is already on the list. Change its action instead.`, 'phrase');

export async function addWatchedWord(db: Db, adminId: string, input: AddWatchedWordBody): Promise<WatchedWordView> {
  const phrase = normaliseWatchedPhrase(input.phrase);
  const problem = watchedPhraseProblem(phrase);
  if (problem) throw new HttpError('validation_failed', problem, 'phrase');
  const id = await db.transaction(async (tx) => {
    // The unique index on lower(phrase) decides, so two admins adding the same word at once get one row.
    const [row] = await tx
      .insert(watchedWords)
      .values({ phrase, action: input.action, createdBy: adminId })
      .onConflictDoNothing()
      .returning({ id: watchedWords.id });
    if (!row) throw duplicate(phrase);
    await recordAudit(tx, {
      actorId: adminId,
      action: 'watched_word.add',
      details: { watchedWordId: row.id, phrase, action: input.action },
    });
    return row.id;
  });
  return viewOf(db, id);
}

export async function changeWatchedWordAction(
  db: Db,
  adminId: string,
  id: string,
  action: WatchedWordView['action'],
): Promise<WatchedWordView> {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(watchedWords).where(eq(watchedWords.id, id)).for('update');
    if (!row) throw notFound('watched word');
    if (row.action === action) return; // nothing changed, nothing to record
    await tx.update(watchedWords).set({ action }).where(eq(watchedWords.id, id));
    await recordAudit(tx, {
      actorId: adminId,
      action: 'watched_word.update',
      details: { watchedWordId: id, phrase: row.phrase, from: row.action, to: action },
    });
  });
  return viewOf(db, id);
}

export async function removeWatchedWord(db: Db, adminId: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(watchedWords).where(eq(watchedWords.id, id)).returning();
    if (!row) throw notFound('watched word');
    await recordAudit(tx, {
      actorId: adminId,
      action: 'watched_word.remove',
      details: { watchedWordId: id, phrase: row.phrase, action: row.action },
    });
  });
}
