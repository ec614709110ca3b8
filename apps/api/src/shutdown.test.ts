import { eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf } from '../test/factories.ts';
import { createTestVillage, type TestVillage } from '../test/harness.ts';
import { buildApp } from './app.ts';
import { posts } from './db/schema/index.ts';

/**
 * Stopping a process finishes what it started: a request being served gets its answer and a
 * job already running completes before the process lets go of its connections.
 */
let village: TestVillage;
let blocker: pg.Client;
beforeAll(async () => {
  village = await createTestVillage({ role: 'api' });
  blocker = new pg.Client({ connectionString: village.config.databaseUrl });
  await blocker.connect();
});
afterAll(async () => {
  await blocker.end();
  await village.close();
});

describe('graceful shutdown', () => {
  it('answers a request that is in flight when the app starts closing, and refuses new ones', async () => {
    const app = await buildApp(village.ctx, { logger: false });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived = () => {};
    const started = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    // A request that stays in flight until the test lets it go.
    app.get('/api/test/slow', async () => {
      arrived();
      await held;
      return { done: true };
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address !== 'object') throw new Error('not listening');
    const inFlight = fetch(`http://127.0.0.1:${address.port}/api/test/slow`).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }));
    await started;
    let closed = false;
    const closing = app.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    release();
    expect(await inFlight).toEqual({ status: 200, body: { done: true } });
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(`http://127.0.0.1:${address.port}/api/health`)).rejects.toThrow();
  });

  it('lets a running screen job finish before a worker stops', async () => {
    const app = village.app!;
    const groupId = (await createGroup(village.ctx.db)).id;
    const alice = await memberOf(app, groupId);
    const res = await app.inject({
      method: 'POST',
      url: `/api/groups/${groupId}/threads`,
      headers: alice.headers,
      payload: { title: 'Screened during a stop', body: 'Still published' },
    });
    const postId: string = res.json().post.id;

    // Hold the post's row so the job, once running, waits mid-flight.
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM posts WHERE id = $1 FOR UPDATE', [postId]);
    const worker = await village.another('worker');
    await eventually(async () => {
      await blocker.query('SELECT pg_stat_clear_snapshot()');
      const { rows } = await blocker.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      return rows[0].n > 0;
    });
    const stopping = worker.stop();
    await new Promise((r) => setTimeout(r, 100));
    await blocker.query('COMMIT');
    await stopping;
    const [row] = await village.ctx.db.select({ status: posts.status }).from(posts).where(eq(posts.id, postId));
    expect(row?.status).toBe('published');
  });
});
