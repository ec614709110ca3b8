import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import { JobQueues } from '../jobs/queues.ts';
import { connectRedis } from '../redis.ts';
import { sweepUnscreenedPosts } from './sweeper.ts';

let village: TestVillage;
beforeAll(async () => {
  // An API instance without workers, so nothing screens behind the test's back.
  village = await createTestVillage({ role: 'api' });
});
afterAll(() => village.close());

describe('sweeper', () => {
  it('finds a post written while Redis was unreachable and gets it screened and published', async () => {
    const app = village.app!;
    const groupId = (await createGroup(village.ctx.db)).id;
    const alice = await memberOf(app, groupId);
    const bea = await memberOf(app, groupId);

    // The queue's Redis is unreachable when the post is written (nothing listens on port 1).
    const realJobs = village.ctx.jobs;
    const deadRedis = connectRedis('redis://127.0.0.1:1', 'commands');
    deadRedis.on('error', () => {});
    village.ctx.jobs = new JobQueues(deadRedis, village.config.redisPrefix);
    const res = await app.inject({
      method: 'POST',
      url: `/api/groups/${groupId}/threads`,
      headers: alice.headers,
      payload: { title: 'Written during an outage', body: 'Is anyone awake?' },
    });
    village.ctx.jobs = realJobs;
    deadRedis.disconnect();
    expect(res.statusCode).toBe(201);
    const { post, thread } = res.json();
    expect(post.status).toBe('pending');
    expect(await realJobs.queues.screening.getJobCounts('waiting', 'delayed', 'active', 'completed')).toEqual({
      waiting: 0,
      delayed: 0,
      active: 0,
      completed: 0,
    });

    // Not yet past its grace period: the sweeper leaves it alone.
    expect(await sweepUnscreenedPosts(village.ctx)).toBe(0);

    const worker = await village.another('worker');
    expect(await sweepUnscreenedPosts(village.ctx, new Date(Date.now() + 60_000))).toBe(1);
    const seen = await eventually(async () => {
      const page = (await app.inject({ url: `/api/threads/${thread.id}/posts`, headers: bea.headers })).json();
      return page.posts.find((p: { id: string; status: string }) => p.id === post.id && p.status === 'published');
    });
    expect(seen.body).toBe('Is anyone awake?');
    // Screened once: a second sweep finds nothing owed.
    expect(await sweepUnscreenedPosts(village.ctx, new Date(Date.now() + 60_000))).toBe(0);
    expect(worker.workers.length).toBeGreaterThan(0);
  });
});
