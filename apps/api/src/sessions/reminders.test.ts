import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf, type SignedIn, signUp } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { groupSessions, notifications } from '../db/schema/index.ts';
import { emptySessionQueue, localStartIn, makeAdmin, schedule, trainedFacilitator } from './fixtures.ts';
import { reminderKey } from './reminder-key.ts';
import { rebuildSessionReminders, sessionReminderProcessor } from './reminders.job.ts';

/**
 * Reminders on real BullMQ and Postgres; the directory's "when" filter; the admin's schedule
 * gaps. (Session timers themselves are in timers.test.ts.)
 */
let village: TestVillage;
let app: App;
let groupId: string;
let admin: SignedIn;
let fac: SignedIn;

beforeAll(async () => {
  village = await createTestVillage();
  app = village.app as App;
  groupId = (await createGroup(village.ctx.db)).id;
  admin = await makeAdmin(app, village.ctx.db);
  fac = await trainedFacilitator(app, admin, groupId);
});
afterAll(() => village.close());

const queue = () => village.ctx.jobs.queues.sessions;
const rsvp = (m: SignedIn, sessionId: string) =>
  app.inject({ method: 'PUT', url: `/api/sessions/${sessionId}/rsvp`, headers: m.headers });
const remindersOf = (sessionId: string, kind?: string) =>
  village.ctx.db
    .select()
    .from(notifications)
    .where(like(notifications.dedupeKey, `reminder:${sessionId}:${kind ?? ''}%`));

describe('session reminders', () => {
  it('queues both reminders for a session two days ahead; only the 15-minute one when 24h has passed', async () => {
    const [far] = await schedule(app, fac, groupId, { start: localStartIn(48 * 60) });
    const farStart = new Date(far?.startsAt as string);
    for (const [kind, lead] of [
      ['24h', 24 * 3600_000],
      ['15m', 15 * 60_000],
    ] as const) {
      const job = await queue().getJob(reminderKey(far?.id as string, kind, new Date(farStart.getTime() - lead)));
      expect(await job?.getState()).toBe('delayed');
    }
    const [near] = await schedule(app, fac, groupId, { start: localStartIn(60) });
    const nearStart = new Date(near?.startsAt as string);
    const missed = reminderKey(near?.id as string, '24h', new Date(nearStart.getTime() - 24 * 3600_000));
    expect(await queue().getJob(missed)).toBeFalsy();
    const ahead = reminderKey(near?.id as string, '15m', new Date(nearStart.getTime() - 15 * 60_000));
    expect(await (await queue().getJob(ahead))?.getState()).toBe('delayed');
  });

  it('a real delayed job reminds those going and the facilitator once, even when run twice', async () => {
    const [s] = await schedule(app, fac, groupId, { start: localStartIn(60), capacity: 1 });
    const id = s?.id as string;
    const [going, waiting] = await Promise.all([memberOf(app, groupId), memberOf(app, groupId)]);
    expect((await rsvp(going as SignedIn, id)).json().rsvp.status).toBe('going');
    expect((await rsvp(waiting as SignedIn, id)).json().rsvp.status).toBe('waitlisted');
    // Bring the start forward so the 15-minute reminder is due a moment from now, and lose Redis.
    const startsAt = new Date(Date.now() + 15 * 60_000 + 1000);
    await village.ctx.db
      .update(groupSessions)
      .set({ startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) })
      .where(eq(groupSessions.id, id));
    await emptySessionQueue(village);
    const dueAt = new Date(startsAt.getTime() - 15 * 60_000);
    expect(await queue().getJob(reminderKey(id, '15m', dueAt))).toBeFalsy();

    await rebuildSessionReminders(village.ctx);
    expect(await queue().getJob(reminderKey(id, '15m', dueAt))).toBeTruthy();
    await eventually(async () => (await remindersOf(id, '15m')).length === 2, 8000);
    const who = (await remindersOf(id)).map((n) => n.userId).sort();
    expect(who).toEqual([going?.user.id, fac.user.id].sort());

    // Run twice (the processor directly, and a rebuild): still one notice each.
    await sessionReminderProcessor(
      { sessionId: id, kind: '15m', dueAt: dueAt.toISOString() },
      village.ctx,
      {} as never,
    );
    await rebuildSessionReminders(village.ctx);
    await new Promise((r) => setTimeout(r, 300));
    expect(await remindersOf(id)).toHaveLength(2);
    expect((await remindersOf(id)).some((n) => n.userId === waiting?.user.id)).toBe(false);
  });

  it('a stale, cancelled or moved session gets no reminder', async () => {
    const [s] = await schedule(app, fac, groupId, { start: localStartIn(30) });
    const id = s?.id as string;
    const member = await memberOf(app, groupId);
    await rsvp(member, id);
    const startsAt = new Date(s?.startsAt as string);
    // A job for a start the session no longer has does nothing.
    const oldDue = new Date(startsAt.getTime() - 3600_000);
    await sessionReminderProcessor(
      { sessionId: id, kind: '15m', dueAt: oldDue.toISOString() },
      village.ctx,
      {} as never,
    );
    expect(await remindersOf(id)).toHaveLength(0);

    const cancel = await app.inject({
      method: 'POST',
      url: `/api/sessions/${id}/cancel`,
      headers: fac.headers,
      payload: { reason: 'Facilitator unwell' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const due = new Date(startsAt.getTime() - 15 * 60_000);
    await sessionReminderProcessor({ sessionId: id, kind: '15m', dueAt: due.toISOString() }, village.ctx, {} as never);
    expect(await remindersOf(id)).toHaveLength(0);
    // The cancellation itself reached her.
    const told = await village.ctx.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, member.user.id), eq(notifications.kind, 'session.cancelled')));
    expect(told).toHaveLength(1);
  });
});

describe('directory: when sessions happen', () => {
  it('finds groups by the band of their upcoming sessions in the group time zone', async () => {
    const evening = await createGroup(village.ctx.db, { timeZone: 'Europe/London', meetingTime: 'daytime' });
    const eveningFac = await trainedFacilitator(app, admin, evening.id);
    await schedule(app, eveningFac, evening.id, { start: nextWeekday('19:30') });
    const ids = async (time: string) =>
      (await app.inject({ url: `/api/groups?time=${time}` })).json().groups.map((g: { id: string }) => g.id);
    // Its stated meeting time says daytime; its sessions say evening, and the sessions win.
    expect(await ids('evening')).toContain(evening.id);
    expect(await ids('daytime')).not.toContain(evening.id);
    expect(await ids('weekend')).not.toContain(evening.id);

    const bad = await app.inject({ url: '/api/groups?time=midnight' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error)).toContain('time');
  });
});

describe('admin schedule gaps', () => {
  it('lists sessions in the next 7 days without a current facilitator, to admins only', async () => {
    const [s] = await schedule(app, fac, groupId, { start: localStartIn(3 * 24 * 60) });
    await village.ctx.db
      .update(groupSessions)
      .set({ facilitatorId: null })
      .where(eq(groupSessions.id, s?.id as string));
    const [covered] = await schedule(app, fac, groupId, { start: localStartIn(2 * 24 * 60) });

    const res = await app.inject({ url: '/api/admin/session-gaps', headers: admin.headers });
    expect(res.statusCode, res.body).toBe(200);
    const gaps = res.json().gaps as { sessionId: string; reason: string; groupId: string }[];
    expect(gaps).toContainEqual(expect.objectContaining({ sessionId: s?.id, reason: 'no_facilitator', groupId }));
    expect(gaps.some((g) => g.sessionId === covered?.id)).toBe(false);

    expect((await app.inject({ url: '/api/admin/session-gaps' })).statusCode).toBe(401);
    const member = await signUp(app);
    expect((await app.inject({ url: '/api/admin/session-gaps', headers: member.headers })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/admin/session-gaps', headers: fac.headers })).statusCode).toBe(403);
  });
});

/** The next Tuesday–Thursday (never a weekend) at `hhmm`, London time, at least a day ahead. */
function nextWeekday(hhmm: string) {
  for (let d = 1; d < 10; d++) {
    const day = new Date(Date.now() + d * 86_400_000);
    const weekday = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short' }).format(day);
    if (['Tue', 'Wed', 'Thu'].includes(weekday)) return `${localStartIn(d * 24 * 60).slice(0, 10)}T${hhmm}`;
  }
  throw new Error('no weekday found');
}
