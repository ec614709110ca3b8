import { type Job, Worker } from 'bullmq';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf, type SignedIn } from '../../test/factories.ts';
import { tableFingerprint } from '../../test/fingerprint.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { JobQueues } from '../jobs/queues.ts';
import { connectRedis } from '../redis.ts';
import { sweepUntriagedReports } from '../reports/sweeper.ts';
import { triageReportProcessor } from '../reports/triage-report.job.ts';
import { screenPostProcessor } from '../screening/screen-post.job.ts';
import { sweepUnscreenedPosts } from '../screening/sweeper.ts';

/**
 * Faults lose nothing: jobs run twice change nothing the second time, a report written while
 * Redis was away is triaged by the sweeper, and a screen that failed for good is run again.
 * An API instance without workers, so jobs run only when the test says.
 */
let village: TestVillage;
let app: App;
let groupId: string;
let threadId: string;
let alice: SignedIn;
let bea: SignedIn;
const noJob = {} as Job;

beforeAll(async () => {
  village = await createTestVillage({ role: 'api' });
  app = village.app as App;
  groupId = (await createGroup(village.ctx.db)).id;
  alice = await memberOf(app, groupId);
  bea = await memberOf(app, groupId);
  const res = await app.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/threads`,
    headers: alice.headers,
    payload: { title: 'Hello', body: 'First post here' },
  });
  threadId = res.json().thread.id;
});
afterAll(() => village.close());

const TABLES = ['posts', 'screenings', 'moderation_items', 'notifications', 'reports', 'audit_log'];
const snapshot = () => tableFingerprint(village.ctx.db, TABLES);

async function reply(member: SignedIn, body: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/threads/${threadId}/posts`,
    headers: member.headers,
    payload: { body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().post.id;
}

describe('jobs run twice', () => {
  it('screen-post: the second run changes nothing', async () => {
    const postId = await reply(bea, 'I keep thinking they would all be better off without me');
    await screenPostProcessor({ postId, version: 1 }, village.ctx, noJob);
    const once = await snapshot();
    expect(once.moderation_items).toMatchObject({ n: 1 });
    await screenPostProcessor({ postId, version: 1 }, village.ctx, noJob);
    expect(await snapshot()).toEqual(once);
  });

  it('triage-report: the second run changes nothing', async () => {
    const postId = await reply(alice, 'We tried the sleep sack and it helped a bit');
    await screenPostProcessor({ postId, version: 1 }, village.ctx, noJob);
    const res = await app.inject({
      method: 'POST',
      url: `/api/posts/${postId}/reports`,
      headers: bea.headers,
      payload: { reason: 'off_topic', note: 'not about sleep' },
    });
    const reportId = res.json().report.id;
    await triageReportProcessor({ reportId }, village.ctx, noJob);
    const once = await snapshot();
    await triageReportProcessor({ reportId }, village.ctx, noJob);
    expect(await snapshot()).toEqual(once);
    const { rows } = await village.ctx.db.execute(
      sql`SELECT priority, reasons FROM moderation_items WHERE post_id = ${postId}`,
    );
    expect(rows).toEqual([{ priority: 'low', reasons: ['report:off_topic'] }]);
  });
});

describe('the sweeper', () => {
  it('runs again a screen that failed for good', async () => {
    await village.ctx.jobs.queues.screening.drain(); // earlier tests ran their jobs by hand
    const postId = await reply(bea, 'Same here, ours was up at 4 again');
    // The job the API queued is taken by a worker of our own and fails with no retries left.
    const jobId = `screen-post-${postId}-v1`;
    const connection = connectRedis(village.config.redisUrl, 'bullmq');
    const manual = new Worker('screening', null, { connection, prefix: `${village.config.redisPrefix}bull` });
    const job = await manual.getNextJob('test-token');
    expect(job?.id).toBe(jobId);
    job!.opts.attempts = 1;
    await job!.moveToFailed(new Error('database away'), 'test-token', false);
    await manual.close();
    connection.disconnect();
    expect(await (await village.ctx.jobs.queues.screening.getJob(jobId))?.isFailed()).toBe(true);

    // It, and the thread's opening post that no test screened, are owed a screen.
    expect(await sweepUnscreenedPosts(village.ctx, new Date(Date.now() + 60_000))).toBe(2);
    await village.another('worker');
    await eventually(async () => {
      const { rows } = await village.ctx.db.execute(sql`SELECT status FROM posts WHERE id = ${postId}`);
      return rows[0]?.status === 'published';
    });
  });

  it('triages a report whose job was lost while Redis was away', async () => {
    const postId = await reply(alice, 'Another ordinary reply');
    await eventually(async () => {
      const { rows } = await village.ctx.db.execute(sql`SELECT status FROM posts WHERE id = ${postId}`);
      return rows[0]?.status === 'published';
    });
    const realJobs = village.ctx.jobs;
    const deadRedis = connectRedis('redis://127.0.0.1:1', 'commands');
    deadRedis.on('error', () => {});
    village.ctx.jobs = new JobQueues(deadRedis, village.config.redisPrefix);
    const res = await app.inject({
      method: 'POST',
      url: `/api/posts/${postId}/reports`,
      headers: bea.headers,
      payload: { reason: 'spam' },
    });
    village.ctx.jobs = realJobs;
    deadRedis.disconnect();
    expect(res.statusCode).toBe(201);
    const reportId = res.json().report.id;
    expect(await realJobs.queues.reports.getJob(`triage-report-${reportId}`)).toBeUndefined();

    expect(await sweepUntriagedReports(village.ctx)).toBe(0); // still within its grace period
    expect(await sweepUntriagedReports(village.ctx, new Date(Date.now() + 60_000))).toBe(1);
    await eventually(async () => {
      const { rows } = await village.ctx.db.execute(sql`SELECT triaged_at FROM reports WHERE id = ${reportId}`);
      return rows[0]?.triaged_at != null;
    });
    expect(await sweepUntriagedReports(village.ctx, new Date(Date.now() + 60_000))).toBe(0);
  });
});
