import { timersFor } from '@village/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, type SignedIn } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { groupSessions, threads } from '../db/schema/index.ts';
import { emptySessionQueue, makeAdmin, schedule, trainedFacilitator } from './fixtures.ts';
import { applySessionEvent } from './lifecycle.ts';
import { rebuildSessionTimers } from './rebuild.ts';
import { factsOf, findSession } from './rows.ts';

/**
 * The lifecycle timers on real BullMQ: delayed jobs that fire and move a session on, timers
 * that fire late or twice, and timers rebuilt from Postgres after Redis lost them.
 */
let village: TestVillage;
let app: App;
let groupId: string;
let fac: SignedIn;

beforeAll(async () => {
  village = await createTestVillage();
  app = village.app as App;
  groupId = (await createGroup(village.ctx.db)).id;
  fac = await trainedFacilitator(app, await makeAdmin(app, village.ctx.db), groupId);
});
afterAll(() => village.close());

const queue = () => village.ctx.jobs.queues.sessions;
const row = async (id: string) => {
  const found = await findSession(village.ctx.db, id);
  if (!found) throw new Error('session missing');
  return found;
};
const threadLocked = async (threadId: string) =>
  (await village.ctx.db.select({ locked: threads.locked }).from(threads).where(eq(threads.id, threadId)))[0]?.locked;

describe('session timers', () => {
  it('queues open, ending-notice and close timers when a session is scheduled', async () => {
    const [s] = await schedule(app, fac, groupId);
    const keys = timersFor(factsOf(await row(s?.id as string))).map((t) => t.key);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(await (await queue().getJob(key))?.getState()).toBe('delayed');
  });

  it('rebuilds timers after Redis is emptied, and a real delayed job opens then ends the session', async () => {
    const [s] = await schedule(app, fac, groupId);
    const id = s?.id as string;
    // Move the session so its open timer is due in 1.5 s and its ending notice in 3 s.
    const now = Date.now();
    await village.ctx.db
      .update(groupSessions)
      .set({ startsAt: new Date(now + 1500), endsAt: new Date(now + 10 * 60_000 + 3000) })
      .where(eq(groupSessions.id, id));
    await emptySessionQueue(village);
    const timers = timersFor(factsOf(await row(id)));
    for (const t of timers) expect(await queue().getJob(t.key)).toBeFalsy();

    await rebuildSessionTimers(village.ctx);
    for (const t of timers) expect(await queue().getJob(t.key)).toBeTruthy();

    await eventually(async () => (await row(id)).state === 'open', 8000);
    expect(await threadLocked(s?.threadId as string)).toBe(false);
    await eventually(async () => (await row(id)).state === 'ending', 8000);
    // Rebuilding again changes nothing: job ids are the timer keys. (Compared by id, once the
    // ending job has finished, so a job still running or the sweeper's reminders cannot race it.)
    const ending = timers.find((t) => t.transition === 'ending_notice');
    await eventually(async () => (await queue().getJob(ending?.key as string))?.isCompleted() ?? false, 8000);
    const jobsOfSession = async () =>
      (await queue().getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']))
        .filter((j) => j.name === 'session-transition' && j.data.sessionId === id)
        .map((j) => j.id)
        .sort();
    const before = await jobsOfSession();
    await rebuildSessionTimers(village.ctx);
    expect(await jobsOfSession()).toEqual(before);
    expect(before).toEqual(timers.map((t) => t.key).sort());
  });

  it('a timer that fires late catches up; one that fires twice does nothing the second time', async () => {
    const [s] = await schedule(app, fac, groupId);
    const id = s?.id as string;
    const start = await row(id);
    const dueOpen = start.startsAt;
    const insideNotice = new Date(start.endsAt.getTime() - 5 * 60_000);
    const open = { type: 'open' as const, by: 'timer' as const, dueAt: dueOpen };

    const late = await applySessionEvent(village.ctx, id, open, undefined, undefined, insideNotice);
    expect(late?.result).toMatchObject({ ok: true, stale: false });
    expect((await row(id)).state).toBe('ending');
    expect(await threadLocked(s?.threadId as string)).toBe(false);
    const afterFirst = await row(id);

    const twice = await applySessionEvent(village.ctx, id, open, undefined, undefined, insideNotice);
    expect(twice?.result).toMatchObject({ ok: true, stale: true });
    const notice = timersFor({ ...factsOf(start) }).find((t) => t.transition === 'ending_notice');
    const skipped = await applySessionEvent(
      village.ctx,
      id,
      { type: 'ending_notice', by: 'timer', dueAt: notice?.dueAt as Date },
      undefined,
      undefined,
      insideNotice,
    );
    expect(skipped?.result).toMatchObject({ stale: true });
    expect(await row(id)).toEqual(afterFirst);

    const close = { type: 'close' as const, by: 'timer' as const, dueAt: start.endsAt };
    const afterEnd = new Date(start.endsAt.getTime() + 60_000);
    await applySessionEvent(village.ctx, id, close, undefined, undefined, afterEnd);
    expect((await row(id)).state).toBe('closed');
    expect(await threadLocked(s?.threadId as string)).toBe(true);
    const closed = await row(id);
    expect((await applySessionEvent(village.ctx, id, close, undefined, undefined, afterEnd))?.result).toMatchObject({
      stale: true,
    });
    expect(await row(id)).toEqual(closed);
    // A timer for a session that no longer exists is nothing to do.
    await village.ctx.db.execute(sql`DELETE FROM group_sessions WHERE id = ${id}`);
    expect(await applySessionEvent(village.ctx, id, close, undefined, undefined, afterEnd)).toBeNull();
  });

  it('extending supersedes the old close timer, which then fires stale', async () => {
    const [s] = await schedule(app, fac, groupId);
    const id = s?.id as string;
    const res = await app.inject({ method: 'POST', url: `/api/sessions/${id}/open`, headers: fac.headers });
    expect(res.json().session.state).toBe('open');
    const before = await row(id);
    const ext = await app.inject({ method: 'POST', url: `/api/sessions/${id}/extend`, headers: fac.headers });
    expect(new Date(ext.json().session.endsAt).getTime() - before.endsAt.getTime()).toBe(15 * 60_000);
    const oldClose = await applySessionEvent(village.ctx, id, { type: 'close', by: 'timer', dueAt: before.endsAt });
    expect(oldClose?.result).toMatchObject({ stale: true });
    expect((await row(id)).state).toBe('open');
    const newClose = timersFor(factsOf(await row(id))).find((t) => t.transition === 'close');
    expect(await (await queue().getJob(newClose?.key as string))?.getState()).toBe('delayed');
  });
});
