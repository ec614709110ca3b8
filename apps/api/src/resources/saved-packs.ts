import type { Actor, ResourcePackSummary, SavedPack } from '@village/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { resourcePacks, savedPacks } from '../db/schema/index.ts';
import { HttpError, notFound } from '../http/errors.ts';
import { packSummaryColumns } from './service.ts';

/**
 * A member keeps the packs she wants to come back to (beside printing them). Only she sees her
 * list; saving twice or removing what is not saved changes nothing, so a double tap is harmless.
 */
function signedIn(actor: Actor): string {
  if (!actor) throw new HttpError('unauthenticated', 'Sign in to save packs.');
  return actor.id;
}

async function packId(db: Db, slug: string): Promise<string> {
  const [pack] = await db.select({ id: resourcePacks.id }).from(resourcePacks).where(eq(resourcePacks.slug, slug));
  if (!pack) throw notFound('pack');
  return pack.id;
}

export async function listSavedPacks(db: Db, actor: Actor): Promise<SavedPack[]> {
  const userId = signedIn(actor);
  const rows = await db
    .select({ ...packSummaryColumns, savedAt: savedPacks.savedAt })
    .from(savedPacks)
    .innerJoin(resourcePacks, eq(resourcePacks.id, savedPacks.packId))
    .where(eq(savedPacks.userId, userId))
    .orderBy(desc(savedPacks.savedAt));
  return rows.map((r) => ({ ...(r as ResourcePackSummary), savedAt: r.savedAt.toISOString() }));
}

export async function savePack(db: Db, actor: Actor, slug: string): Promise<{ slug: string; saved: boolean }> {
  const userId = signedIn(actor);
  await db
    .insert(savedPacks)
    .values({ userId, packId: await packId(db, slug) })
    .onConflictDoNothing();
  return { slug, saved: true };
}

export async function unsavePack(db: Db, actor: Actor, slug: string): Promise<{ slug: string; saved: boolean }> {
  const userId = signedIn(actor);
  const id = await packId(db, slug);
  await db.delete(savedPacks).where(and(eq(savedPacks.userId, userId), eq(savedPacks.packId, id)));
  return { slug, saved: false };
}
