import { sql } from 'drizzle-orm';
import type { App } from '../src/app.ts';
import type { Db } from '../src/db/client.ts';
import { type SignedIn, setRole, signUp } from './factories.ts';
import { createTestVillage, type TestVillage } from './harness.ts';

/** A test village with one signed-in person of each site role, for the admin routes' tests. */
export interface AdminFixture {
  village: TestVillage;
  app: App;
  db: Db;
  admin: SignedIn;
  moderator: SignedIn;
  member: SignedIn;
}

export async function adminFixture(): Promise<AdminFixture> {
  const village = await createTestVillage({ role: 'api' });
  const app = village.app!;
  const db = village.ctx.db;
  const [admin, moderator, member] = [await signUp(app), await signUp(app), await signUp(app)];
  await setRole(db, admin.user.id, 'admin');
  await setRole(db, moderator.user.id, 'moderator');
  return { village, app, db, admin, moderator, member };
}

export interface AuditRow {
  id: string;
  actor_id: string | null;
  action: string;
  subject_user_id: string | null;
  group_id: string | null;
  details: Record<string, unknown>;
}

/** The audit entries written since `afterId` (0 = all), oldest first. */
export async function auditSince(db: Db, afterId = '0'): Promise<AuditRow[]> {
  const { rows } = await db.execute(
    sql`SELECT id::text, actor_id, action, subject_user_id, group_id, details FROM audit_log WHERE id > ${afterId}::bigint ORDER BY id`,
  );
  return rows as unknown as AuditRow[];
}

/** The newest audit id so far, to look only at what a test itself wrote. */
export async function lastAuditId(db: Db): Promise<string> {
  const { rows } = await db.execute(sql`SELECT coalesce(max(id), 0)::text AS id FROM audit_log`);
  return String((rows[0] as { id: string }).id);
}
