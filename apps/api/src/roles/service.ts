import type { AdminUser, AdminUserQuery, SiteRole } from '@village/domain';
import { and, asc, eq, ilike, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/client.ts';
import { users } from '../db/schema/index.ts';
import { HttpError, notFound } from '../http/errors.ts';

const SEARCH_LIMIT = 25;
// Never the email: admins find people by the name others see (the operator's CLI works with emails).
const adminColumns = { id: users.id, displayName: users.displayName, role: users.role, createdAt: users.createdAt };
type Row = { id: string; displayName: string; role: SiteRole; createdAt: Date };
const toView = (r: Row): AdminUser => ({ ...r, createdAt: r.createdAt.toISOString() });

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** By part of a display name (closest first); with no query, the people who hold a role. */
export async function findUsers(db: Db, query: AdminUserQuery): Promise<AdminUser[]> {
  const text = query.query?.trim() ?? '';
  const rows = await db
    .select(adminColumns)
    .from(users)
    .where(
      and(
        text ? ilike(users.displayName, `%${likeEscape(text)}%`) : undefined,
        query.role ? eq(users.role, query.role) : text ? undefined : inArray(users.role, ['admin', 'moderator']),
      ),
    )
    .orderBy(
      // an exact name first, then names starting with the query, then the rest alphabetically
      sql`CASE WHEN lower(${users.displayName}) = lower(${text}) THEN 0 WHEN ${users.displayName} ILIKE ${`${likeEscape(text)}%`} THEN 1 ELSE 2 END`,
      asc(sql`lower(${users.displayName})`),
    )
    .limit(SEARCH_LIMIT);
  return rows.map(toView);
}

/**
 * Site roles change here and only here (besides the operator's CLI), audited as "role.change".
 * The service always keeps one admin: the last one cannot step down or be demoted.
 */
export async function changeRole(db: Db, adminId: string, userId: string, role: SiteRole): Promise<AdminUser> {
  return db.transaction(async (tx) => {
    const [target] = await tx.select(adminColumns).from(users).where(eq(users.id, userId)).for('update');
    if (!target) throw notFound('member');
    if (target.role === role) return toView(target);
    if (target.role === 'admin') {
      // Locking every admin row serialises two admins demoting each other at the same moment.
      const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).for('update');
      if (admins.length <= 1)
        throw new HttpError(
          'conflict',
          'Village needs at least one admin. Make someone else an admin first, then change this role.',
          'role',
        );
    }
    const [updated] = await tx.update(users).set({ role }).where(eq(users.id, userId)).returning(adminColumns);
    if (!updated) throw notFound('member');
    await recordAudit(tx, {
      actorId: adminId,
      action: 'role.change',
      subjectUserId: userId,
      details: { from: target.role, to: role },
    });
    return toView(updated);
  });
}
