import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema>;

export interface Database {
  db: Db;
  pool: pg.Pool;
}

export function connectDatabase(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its connection (Postgres restarting) must not crash the process:
  // the pool drops it and the next query reconnects.
  pool.on('error', (error) =>
    console.error(JSON.stringify({ level: 40, msg: 'idle database connection lost', err: error.message })),
  );
  return { db: drizzle(pool, { schema }), pool };
}
