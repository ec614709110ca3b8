import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, memberOf, type SignedIn, signUp } from '../../test/factories.ts';
import { createTestVillage, TEST_ORIGIN, type TestVillage } from '../../test/harness.ts';
import { users } from '../db/schema/index.ts';

let village: TestVillage;
let evening: { id: string };
let toddlers: { id: string };
let moderator: SignedIn;

beforeAll(async () => {
  village = await createTestVillage();
  evening = await createGroup(village.ctx.db, {
    name: 'Working mums evening',
    audiences: ['working-parents'],
    meetingTime: 'evening',
    joinPolicy: 'request',
  });
  toddlers = await createGroup(village.ctx.db, {
    name: 'Toddler years',
    audiences: ['toddlers'],
    meetingTime: 'daytime',
  });
  moderator = await signUp(village.app!);
  await village.ctx.db.update(users).set({ role: 'moderator' }).where(eq(users.id, moderator.user.id));
});
afterAll(() => village.close());

describe('group directory', () => {
  it('lists groups for anyone and filters by audience and time of day', async () => {
    const app = village.app!;
    const all = (await app.inject({ url: '/api/groups' })).json().groups.map((g: { name: string }) => g.name);
    expect(all).toEqual(expect.arrayContaining(['Working mums evening', 'Toddler years']));
    const working = (await app.inject({ url: '/api/groups?audience=working-parents' })).json().groups;
    expect(working.map((g: { id: string }) => g.id)).toEqual([evening.id]);
    const daytime = (await app.inject({ url: '/api/groups?time=daytime' })).json().groups;
    expect(daytime.map((g: { id: string }) => g.id)).toEqual([toddlers.id]);
    const bad = await app.inject({ url: '/api/groups?audience=everyone' });
    expect(bad.statusCode).toBe(400);
  });

  it('shows an outsider the description and ground rules but not the posts', async () => {
    const app = village.app!;
    const visitorView = (await app.inject({ url: `/api/groups/${toddlers.id}` })).json().group;
    expect(visitorView).toMatchObject({ name: 'Toddler years', groundRules: 'Be kind.', membership: null });
    expect(visitorView.abilities).toMatchObject({ readPosts: false, post: false });
    expect((await app.inject({ url: `/api/groups/${toddlers.id}/threads` })).statusCode).toBe(401);
  });

  it('asks for ground rules before the first post, then allows it', async () => {
    const app = village.app!;
    const mum = await signUp(app);
    const joined = await app.inject({ method: 'POST', url: `/api/groups/${toddlers.id}/join`, headers: mum.headers });
    expect(joined.json().membership).toEqual({ status: 'active', role: 'member', groundRulesAccepted: false });
    const detail = (await app.inject({ url: `/api/groups/${toddlers.id}`, headers: mum.headers })).json().group;
    expect(detail.abilities).toMatchObject({ readPosts: true, post: false, acceptGroundRules: true });
    const accept = await app.inject({
      method: 'POST',
      url: `/api/groups/${toddlers.id}/ground-rules`,
      headers: mum.headers,
    });
    expect(accept.json().membership.groundRulesAccepted).toBe(true);
    const after = (await app.inject({ url: `/api/groups/${toddlers.id}`, headers: mum.headers })).json().group;
    expect(after.abilities).toMatchObject({ post: true, acceptGroundRules: false });
  });

  it('turns a join into a request in a request-only group, which a moderator approves', async () => {
    const app = village.app!;
    const mum = await signUp(app);
    const joined = await app.inject({ method: 'POST', url: `/api/groups/${evening.id}/join`, headers: mum.headers });
    expect(joined.json().membership.status).toBe('requested');
    expect((await app.inject({ url: `/api/groups/${evening.id}/threads`, headers: mum.headers })).statusCode).toBe(403);

    const asMember = await app.inject({ url: `/api/groups/${evening.id}/requests`, headers: mum.headers });
    expect(asMember.statusCode).toBe(403);
    const requests = (
      await app.inject({ url: `/api/groups/${evening.id}/requests`, headers: moderator.headers })
    ).json();
    expect(requests.requests.map((r: { userId: string }) => r.userId)).toEqual([mum.user.id]);
    const approve = await app.inject({
      method: 'POST',
      url: `/api/groups/${evening.id}/requests/${mum.user.id}`,
      headers: moderator.headers,
      payload: { decision: 'approve' },
    });
    expect(approve.statusCode).toBe(200);
    expect((await app.inject({ url: `/api/groups/${evening.id}/threads`, headers: mum.headers })).statusCode).toBe(200);
  });

  it('counts active members only', async () => {
    const app = village.app!;
    const group = await createGroup(village.ctx.db);
    await memberOf(app, group.id);
    await memberOf(app, group.id);
    const listed = (await app.inject({ url: '/api/groups' }))
      .json()
      .groups.find((g: { id: string }) => g.id === group.id);
    expect(listed.memberCount).toBe(2);
    expect(TEST_ORIGIN).toMatch(/^http/);
  });
});
