import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, memberOf, type SignedIn } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { TestSocket } from '../realtime/test-socket.ts';
import { makeAdmin, post, schedule, trainedFacilitator } from './fixtures.ts';

/**
 * The session rules beyond the reply (real Postgres and Redis): edits pass the same gate, slow
 * mode holds against two posts sent together, an off-topic move reaches the old thread's
 * pages, a check-out changed to "I'm OK" closes the task, and the group view says its time
 * zone and whether the viewer may schedule.
 */
let village: TestVillage;
let app: App;
let groupId: string;
let admin: SignedIn;
let fac: SignedIn;

beforeAll(async () => {
  village = await createTestVillage({ listen: true });
  app = village.app as App;
  groupId = (await createGroup(village.ctx.db, { moderationMode: 'post', timeZone: 'Europe/Dublin' })).id;
  admin = await makeAdmin(app, village.ctx.db);
  fac = await trainedFacilitator(app, admin, groupId);
});
afterAll(() => village.close());

/** An open session and a member who has entered it. */
async function openSession() {
  const [session] = await schedule(app, fac, groupId);
  const id = session?.id as string;
  const threadId = session?.threadId as string;
  const member = await memberOf(app, groupId);
  expect((await post(app, fac, `/api/sessions/${id}/open`)).json().session.state).toBe('open');
  await app.inject({ method: 'GET', url: `/api/sessions/${id}`, headers: member.headers });
  return { id, threadId, member };
}

const reply = (who: SignedIn, threadId: string, body: string) =>
  post(app, who, `/api/threads/${threadId}/posts`, { body });
const edit = (who: SignedIn, postId: string, body: string) =>
  app.inject({ method: 'PATCH', url: `/api/posts/${postId}`, headers: who.headers, payload: { body } });

describe('editing in a session thread', () => {
  it('refuses an edit once the thread is locked, and from a member muted in the session', async () => {
    const { id, threadId, member } = await openSession();
    const muted = await memberOf(app, groupId);
    await app.inject({ method: 'GET', url: `/api/sessions/${id}`, headers: muted.headers });
    const mine = await reply(member, threadId, 'Hello everyone');
    expect(mine.statusCode, mine.body).toBe(201);
    const hers = await reply(muted, threadId, 'Hi all');
    expect(hers.statusCode, hers.body).toBe(201);
    const mineId = mine.json().post.id as string;
    const hersId = hers.json().post.id as string;

    // While open, an edit is fine (and slow mode does not apply to edits).
    expect((await post(app, fac, `/api/sessions/${id}/slow-mode`, { intervalSeconds: 30 })).statusCode).toBe(200);
    expect((await edit(member, mineId, 'Hello everyone, again')).statusCode).toBe(200);

    expect((await post(app, fac, `/api/sessions/${id}/mutes`, { userId: muted.user.id })).statusCode).toBe(200);
    const refused = await edit(muted, hersId, 'Something else');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'restricted', field: 'body' });

    expect((await post(app, fac, `/api/sessions/${id}/end`)).json().session.state).toBe('closed');
    const late = await edit(member, mineId, 'Edited after the close');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/has closed/);
    const versions = await app.inject({ url: `/api/posts/${mineId}/versions`, headers: member.headers });
    expect(versions.json().versions).toHaveLength(2);
  });
});

describe('slow mode', () => {
  it('lets exactly one of two posts sent at the same moment through', async () => {
    const { id, threadId, member } = await openSession();
    expect((await post(app, fac, `/api/sessions/${id}/slow-mode`, { intervalSeconds: 30 })).statusCode).toBe(200);
    const results = await Promise.all([reply(member, threadId, 'First at once'), reply(member, threadId, 'Second')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 429]);
    const refused = results.find((r) => r.statusCode === 429);
    expect(refused?.json().error).toMatchObject({ code: 'rate_limited', field: 'body' });
    const page = await app.inject({ url: `/api/threads/${threadId}/posts`, headers: member.headers });
    const hers = page.json().posts.filter((p: { author: { id: string } }) => p.author.id === member.user.id);
    expect(hers).toHaveLength(1);
  });
});

describe('off topic', () => {
  it('takes the post down live from the old thread and adds it to the general thread', async () => {
    const { threadId, member } = await openSession();
    const created = await reply(member, threadId, 'Does anyone know a good buggy?');
    expect(created.statusCode, created.body).toBe(201);
    const postId = created.json().post.id as string;
    const socket = await TestSocket.open(app, { cookie: member.cookie });
    expect(await socket.subscribe(`thread:${threadId}`)).toMatchObject({ type: 'subscribed' });

    const moved = await post(app, fac, `/api/posts/${postId}/off-topic`);
    expect(moved.statusCode, moved.body).toBe(200);
    const generalId = moved.json().threadId as string;
    expect(generalId).not.toBe(threadId);

    const gone = await socket.next('post.hidden', (m) => m.post.id === postId);
    expect(gone).toMatchObject({ topic: `thread:${threadId}`, post: { id: postId, threadId: generalId, body: null } });
    socket.close();

    const general = await TestSocket.open(app, { cookie: member.cookie });
    expect(await general.subscribe(`thread:${generalId}`)).toMatchObject({ type: 'subscribed' });
    const again = await reply(member, threadId, 'Another buggy question');
    expect((await post(app, fac, `/api/posts/${again.json().post.id}/off-topic`)).statusCode).toBe(200);
    const arrived = await general.next('post.created', (m) => m.post.id === again.json().post.id);
    expect(arrived).toMatchObject({ topic: `thread:${generalId}`, post: { body: 'Another buggy question' } });
    general.close();
  });
});

describe('check-out', () => {
  it('closes the follow-up task when she changes to "I\'m OK", and reopens it when she changes back', async () => {
    const { id, member } = await openSession();
    expect((await post(app, fac, `/api/sessions/${id}/end`)).json().session.state).toBe('closed');
    const taskFor = async () => {
      const tasks = await app.inject({ url: '/api/me/follow-ups', headers: fac.headers });
      return tasks.json().tasks.find((t: { sessionId: string }) => t.sessionId === id);
    };

    expect((await post(app, member, `/api/sessions/${id}/check-out`, { status: 'follow_up' })).statusCode).toBe(200);
    expect(await taskFor()).toMatchObject({ status: 'open', doneAt: null });

    expect((await post(app, member, `/api/sessions/${id}/check-out`, { status: 'ok' })).statusCode).toBe(200);
    expect(await taskFor()).toMatchObject({
      status: 'done',
      note: "Member said she's OK",
      doneAt: expect.any(String),
      doneBy: { id: member.user.id },
    });

    const back = await post(app, member, `/api/sessions/${id}/check-out`, { status: 'follow_up', note: 'Actually…' });
    expect(back.statusCode).toBe(200);
    expect(await taskFor()).toMatchObject({ status: 'open', note: 'Actually…', doneAt: null, doneBy: null });
  });
});

describe('the group view', () => {
  it("says the group's time zone and whether the viewer may schedule sessions", async () => {
    const view = async (who: SignedIn) => {
      const res = await app.inject({ url: `/api/groups/${groupId}`, headers: who.headers });
      expect(res.statusCode).toBe(200);
      return res.json().group;
    };
    const member = await memberOf(app, groupId);
    expect(await view(fac)).toMatchObject({ timeZone: 'Europe/Dublin', abilities: { scheduleSessions: true } });
    expect((await view(admin)).abilities.scheduleSessions).toBe(true);
    expect((await view(member)).abilities.scheduleSessions).toBe(false);
    const anonymous = await app.inject({ url: `/api/groups/${groupId}` });
    expect(anonymous.json().group.abilities.scheduleSessions).toBe(false);

    // A facilitator whose training has lapsed may not schedule.
    const lapsed = await trainedFacilitator(app, admin, groupId);
    expect((await view(lapsed)).abilities.scheduleSessions).toBe(true);
    await village.ctx.db.execute(
      sql`UPDATE training_records SET expires_at = now() - interval '1 minute' WHERE user_id = ${lapsed.user.id}`,
    );
    expect((await view(lapsed)).abilities.scheduleSessions).toBe(false);
  });
});
