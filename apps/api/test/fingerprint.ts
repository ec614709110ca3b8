import { sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';

/**
 * Row count and a hash of every row of each table: equal before and after a request means the
 * request changed nothing there (how the bad-input tables prove "changes nothing").
 */
export async function tableFingerprint(db: Db, tables: readonly string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const { rows } = await db.execute(
      sql.raw(`SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS h FROM ${t} t`),
    );
    out[t] = rows[0];
  }
  return out;
}
