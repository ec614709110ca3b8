import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './postgres.ts';

/** A free port below the ephemeral range (ports above 32768 collided here). */
async function freeLowPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer()
        .once('error', () => resolve(false))
        .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

const root = await mkdtemp(join(tmpdir(), 'village-pg-'));
afterAll(() => rm(root, { recursive: true, force: true }));

describe('dev stack: embedded PostgreSQL', () => {
  it('keeps its data across restarts and reuses a cluster that is already running', async () => {
    const dataDir = join(root, 'postgres');
    const port = await freeLowPort();

    const first = await startEmbeddedPostgres({ dataDir, port });
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    await query(first.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');

    // A second command while the first runs (pnpm village … beside pnpm dev) shares the cluster.
    const second = await startEmbeddedPostgres({ dataDir, port });
    expect(second.description).toMatch(/already running/);
    await second.stop();
    expect(await query(first.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    await first.stop();
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow();

    // Restart on the same folder: no initdb, same data, database already there.
    const again = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await query(again.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    } finally {
      await again.stop();
    }
  }, 60_000);
});
