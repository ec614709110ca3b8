import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Config, loadConfig } from '../src/config.ts';
import { connectDatabase } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { connectRedis } from '../src/redis.ts';
import { type Running, startVillage } from '../src/runtime.ts';

/**
 * Integration tests run on the machine's real PostgreSQL and Redis. Each test village gets its
 * own database and Redis key prefix, and removes both when closed, so runs never collide.
 */
const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_ORIGIN = 'http://localhost:3000';

export interface TestVillage extends Running {
  config: Config;
  /** starts another instance on the same database and Redis prefix (for fan-out tests) */
  another(role?: Config['role'], extra?: { listen?: boolean }): Promise<Running>;
  close(): Promise<void>;
}

export async function createTestVillage(
  opts: { role?: Config['role']; listen?: boolean; env?: Record<string, string> } = {},
): Promise<TestVillage> {
  const id = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const dbName = `village_test_${id}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    REDIS_URL,
    REDIS_PREFIX: `test:${id}:`,
    PUBLIC_ORIGIN: TEST_ORIGIN,
    LOG_LEVEL: 'silent',
    API_PORT: '0',
    VILLAGE_ROLE: opts.role ?? 'all',
    ...opts.env,
  });
  const migrator = connectDatabase(config.databaseUrl, 1);
  await applyMigrations(migrator.db);
  await migrator.pool.end();

  const extras: Running[] = [];
  const running = await startVillage(config, { listen: opts.listen ?? false, logger: false });
  return {
    ...running,
    config,
    async another(role = 'all', extra = {}) {
      const r = await startVillage({ ...config, role }, { listen: extra.listen ?? false, logger: false });
      extras.push(r);
      return r;
    },
    async close() {
      for (const r of extras) await r.stop();
      await running.stop();
      await dropEverything(dbName, config.redisPrefix);
    },
  };
}

async function dropEverything(dbName: string, prefix: string) {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  const redis = connectRedis(REDIS_URL, 'commands');
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
}
