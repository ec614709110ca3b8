import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, memberOf, type SignedIn } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { TestSocket } from '../realtime/test-socket.ts';
import { makeAdmin, post, recordAllTraining, schedule, scheduleBody, trainedFacilitator } from './fixtures.ts';

/**
 * Sessions through the HTTP API on real Postgres and Redis (workers running): scheduling in
 * local time, the training gate, bad input, RSVPs and the waiting list, slow mode in the
 * posting path, check-out and follow-up tasks, and `session.state` reaching a websocket.
 */
let village: TestVillage;
let app: App;
let groupId: string;
let admin: SignedIn;
let fac: SignedIn;

beforeAll(async () => {
  village = await createTestVillage({ listen: true });
  app = village.app as App;
  groupId = (await createGroup(village.ctx.db, { moderationMode: 'post' })).id;
  admin = await makeAdmin(app, village.ctx.db);
  fac = await trainedFacilitator(app, admin, groupId);
});
afterAll(() => village.close());

const countRows = async (table: string) =>
  (await village.ctx.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))).rows[0]?.n;

describe('scheduling', () => {
  it('keeps a weekly series at the same local time across the March 2027 clock change', async () => {
    // The route uses the real clock, so the series is in the future: the next London clock
    // change after today (2026-11) is 28 March 2027 (GMT → BST).
    const sessions = await schedule(app, fac, groupId, { start: '2027-03-14T19:00', repeat: 'weekly', count: 4 });
    expect(sessions.map((s) => s.localStart)).toEqual([
      '2027-03-14T19:00',
      '2027-03-21T19:00',
      '2027-03-28T19:00',
      '2027-04-04T19:00',
    ]);
    expect(sessions.map((s) => s.startsAt)).toEqual([
      '2027-03-14T19:00:00.000Z',
      '2027-03-21T19:00:00.000Z',
      '2027-03-28T18:00:00.000Z',
      '2027-04-04T18:00:00.000Z',
    ]);
    expect(new Set(sessions.map((s) => s.threadId)).size).toBe(4);
  });

  it('refuses bad input with the error shape and changes nothing', async () => {
    const member = await memberOf(app, groupId);
    const before = [await countRows('group_sessions'), await countRows('threads'), await countRows('audit_log')];
    const cases: [SignedIn, Record<string, unknown>, number, string][] = [
      [fac, { start: '2020-01-01T10:00' }, 400, 'start'],
      [fac, { repeat: 'weekly', count: 3, until: '2020-01-01' }, 400, 'until'],
      [fac, { repeat: 'weekly', until: '2020-01-01' }, 400, 'until'],
      [fac, { capacity: 0 }, 400, 'capacity'],
      [fac, { lengthMinutes: 5 }, 400, 'lengthMinutes'],
      [member, {}, 403, ''],
    ];
    for (const [who, overrides, status, field] of cases) {
      const res = await post(app, who, `/api/groups/${groupId}/sessions`, scheduleBody(overrides));
      expect(res.statusCode, `${JSON.stringify(overrides)} ${res.body}`).toBe(status);
      const body = res.json();
      expect(body.error.code).toMatch(/validation_failed|forbidden/);
      expect(typeof body.error.message).toBe('string');
      if (field) expect(body.error.field).toContain(field);
    }
    expect([await countRows('group_sessions'), await countRows('threads'), await countRows('audit_log')]).toEqual(
      before,
    );
  });
});

describe('training', () => {
  it('only a current facilitator can be assigned, schedule or lead', async () => {
    const lapsed = await memberOf(app, groupId);
    const assign = () =>
      app.inject({
        method: 'PUT',
        url: `/api/admin/groups/${groupId}/facilitators/${lapsed.user.id}`,
        headers: admin.headers,
      });
    expect((await assign()).statusCode).toBe(409);
    await recordAllTraining(app, admin, lapsed.user.id, new Date(Date.now() + 10 * 86_400_000));
    expect((await assign()).statusCode).toBe(200);
    const [session] = await schedule(app, lapsed, groupId);
    // Expiring within 30 days is shown to the admins.
    const list = await app.inject({ method: 'GET', url: '/api/admin/facilitators', headers: admin.headers });
    const mine = list
      .json()
      .facilitators.find((f: { facilitator: { id: string } }) => f.facilitator.id === lapsed.user.id);
    expect(mine.status.current).toBe(true);
    expect(mine.status.expiringSoon).toHaveLength(3);
    // Her training lapses: she can no longer open the session or schedule another.
    await village.ctx.db.execute(
      sql`UPDATE training_records SET expires_at = now() - interval '1 minute' WHERE user_id = ${lapsed.user.id}`,
    );
    const open = await post(app, lapsed, `/api/sessions/${session?.id}/open`);
    expect(open.statusCode).toBe(403);
    expect(open.json().error.message).toMatch(/training/);
    expect((await post(app, lapsed, `/api/groups/${groupId}/sessions`, scheduleBody())).statusCode).toBe(403);
  });
});

describe('RSVPs', () => {
  it('fills to capacity, waitlists, and promotes the oldest waiting member when a place frees', async () => {
    const [session] = await schedule(app, fac, groupId, { capacity: 2 });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => memberOf(app, groupId)));
    const put = (m: SignedIn) =>
      app.inject({ method: 'PUT', url: `/api/sessions/${session?.id}/rsvp`, headers: m.headers });
    const statuses = [];
    for (const m of [a, b, c, d] as SignedIn[]) statuses.push((await put(m)).json().rsvp);
    expect(statuses.map((s) => [s.status, s.waitlistPosition])).toEqual([
      ['going', null],
      ['going', null],
      ['waitlisted', 1],
      ['waitlisted', 2],
    ]);
    const drop = await app.inject({ method: 'DELETE', url: `/api/sessions/${session?.id}/rsvp`, headers: a?.headers });
    expect(drop.statusCode).toBe(200);
    expect(drop.json().session.rsvps).toEqual({ going: 2, waitlisted: 1 });
    const cView = await app.inject({ method: 'GET', url: `/api/sessions/${session?.id}`, headers: c?.headers });
    expect(cView.json().session.myRsvp).toEqual({ status: 'going', waitlistPosition: null });
    const notes = await app.inject({ method: 'GET', url: '/api/me/notifications', headers: c?.headers });
    expect(JSON.stringify(notes.json())).toContain('A place opened up');
  });
});

describe('a live session', () => {
  it('locks its thread until open, enforces slow mode, and closes with a follow-up task', async () => {
    const [session] = await schedule(app, fac, groupId);
    const id = session?.id as string;
    const member = await memberOf(app, groupId);
    const outsider = await memberOf(app, groupId);
    const reply = (body: string) => post(app, member, `/api/threads/${session?.threadId}/posts`, { body });

    const early = await reply('Hello everyone');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/opens at/);

    expect((await post(app, fac, `/api/sessions/${id}/open`)).json().session.state).toBe('open');
    expect((await post(app, fac, `/api/sessions/${id}/slow-mode`, { intervalSeconds: 30 })).statusCode).toBe(200);
    // Opening the live session records her as attending.
    await app.inject({ method: 'GET', url: `/api/sessions/${id}`, headers: member.headers });
    expect((await reply('Hello everyone')).statusCode).toBe(201);
    const second = await reply('And another thing');
    expect(second.statusCode).toBe(429);
    expect(second.json().error).toMatchObject({ code: 'rate_limited', field: 'body' });
    expect(second.json().error.message).toMatch(/Slow mode is on: one post every 30 seconds/);

    expect((await post(app, fac, `/api/sessions/${id}/end`)).json().session.state).toBe('closed');
    const late = await reply('Are we still here?');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/has closed/);

    const out = await post(app, member, `/api/sessions/${id}/check-out`, { status: 'follow_up', note: 'A hard week' });
    expect(out.statusCode, out.body).toBe(200);
    expect(out.json().session.myCheckOut).toBe('follow_up');
    expect((await post(app, outsider, `/api/sessions/${id}/check-out`, { status: 'ok' })).statusCode).toBe(403);

    const tasks = await app.inject({ method: 'GET', url: '/api/me/follow-ups', headers: fac.headers });
    const task = tasks.json().tasks.find((t: { sessionId: string }) => t.sessionId === id);
    expect(task).toMatchObject({ member: { id: member.user.id }, note: 'A hard week', status: 'open' });

    const seen = await app.inject({ method: 'GET', url: `/api/sessions/${id}/attendance`, headers: fac.headers });
    expect(seen.json().attended.map((a: { member: { id: string } }) => a.member.id)).toEqual([member.user.id]);
    const hidden = await app.inject({ method: 'GET', url: `/api/sessions/${id}/attendance`, headers: member.headers });
    expect(hidden.statusCode).toBe(403);

    const done = await post(app, fac, `/api/follow-ups/${task.id}/done`);
    expect(done.json().task.status).toBe('done');
  });

  it('sends session.state to a websocket subscriber of the group', async () => {
    const member = await memberOf(app, groupId);
    const [session] = await schedule(app, fac, groupId);
    const socket = await TestSocket.open(app, { cookie: member.cookie });
    expect(await socket.subscribe(`group:${groupId}`)).toMatchObject({ type: 'subscribed' });
    await post(app, fac, `/api/sessions/${session?.id}/open`);
    const event = await socket.next('session.state', (m) => m.session.id === session?.id);
    expect(event).toMatchObject({ topic: `group:${groupId}`, session: { state: 'open' } });
    socket.close();
  });
});

describe('presence', () => {
  it('counts members whose page says they are still here, not the facilitator, and drops the stale', async () => {
    const [session] = await schedule(app, fac, groupId);
    const [a, b] = [await memberOf(app, groupId), await memberOf(app, groupId)];
    const here = (who: SignedIn) => post(app, who, `/api/sessions/${session?.id}/presence`);
    // Before it opens nobody is counted.
    expect((await here(a)).json()).toEqual({ present: 0 });
    expect((await post(app, fac, `/api/sessions/${session?.id}/open`)).statusCode).toBe(200);
    expect((await here(a)).json()).toEqual({ present: 1 });
    expect((await here(b)).json()).toEqual({ present: 2 });
    expect((await here(fac)).json()).toEqual({ present: 2 });
    // b's page went quiet more than five minutes ago.
    await village.ctx.db.execute(
      sql`UPDATE session_attendance SET last_seen_at = now() - interval '6 minutes' WHERE user_id = ${b.user.id}`,
    );
    expect((await here(a)).json()).toEqual({ present: 1 });
    // Someone outside the group learns nothing.
    const outsider = await memberOf(app, (await createGroup(village.ctx.db)).id);
    expect((await here(outsider)).statusCode).toBe(404);
    // Signed out: the same answer as reading the session (the group's posts are members' only).
    expect((await app.inject({ method: 'POST', url: `/api/sessions/${session?.id}/presence` })).statusCode).toBe(404);
  });
});

describe('find support', () => {
  it("lists an open group's upcoming sessions with public facts only", async () => {
    const [s] = await schedule(app, fac, groupId, { title: 'Evening drop-in with a midwife' });
    const res = await app.inject({ url: '/api/find-support?stage=new_baby&need=peers' });
    expect(res.statusCode).toBe(200);
    const listed = res.json().sessions.find((x: { id: string }) => x.id === s?.id);
    expect(listed).toMatchObject({ title: 'Evening drop-in with a midwife', groupId, placesLeft: expect.any(Number) });
    expect(Object.keys(listed)).not.toContain('focusPrompt');
    expect(Object.keys(listed)).not.toContain('facilitator');
  });
});
