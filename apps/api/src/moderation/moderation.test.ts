import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf, type SignedIn, setRole, signUp } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { TestSocket } from '../realtime/test-socket.ts';
import { alertOverdueUrgentItems } from './overdue.ts';

/**
 * The moderation flow on real Postgres, Redis and BullMQ workers: a crisis post meets help at
 * once and reaches every moderator live; reports fold into one item; one moderator per item;
 * every action audited and told to the people it concerns.
 */
let village: TestVillage;
let app: App;
let groupId: string;
let threadId: string;
let alice: SignedIn;
let bea: SignedIn;
let cara: SignedIn;
let dee: SignedIn;
let mod1: SignedIn;
let mod2: SignedIn;

beforeAll(async () => {
  village = await createTestVillage({ listen: true });
  app = village.app as App;
  groupId = (await createGroup(village.ctx.db)).id;
  [alice, bea, cara, dee] = [
    await memberOf(app, groupId),
    await memberOf(app, groupId),
    await memberOf(app, groupId),
    await memberOf(app, groupId),
  ];
  mod1 = await signUp(app);
  mod2 = await signUp(app);
  await setRole(village.ctx.db, mod1.user.id, 'moderator');
  await setRole(village.ctx.db, mod2.user.id, 'moderator');
  const res = await app.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/threads`,
    headers: alice.headers,
    payload: { title: 'Night feeds', body: 'Anyone else awake with a newborn?' },
  });
  threadId = res.json().thread.id;
  await published(res.json().post.id);
});
afterAll(() => village.close());

const count = async (table: string, where = 'true') =>
  Number((await village.ctx.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`))).rows[0]?.n);

async function reply(member: SignedIn, body: string) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/threads/${threadId}/posts`,
    headers: member.headers,
    payload: { body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function published(postId: string) {
  return eventually(async () => {
    const { rows } = await village.ctx.db.execute(sql`SELECT status FROM posts WHERE id = ${postId}`);
    return rows[0]?.status === 'published';
  });
}

async function itemFor(postId: string, kind = 'review') {
  return eventually(async () => {
    const { rows } = await village.ctx.db.execute(
      sql`SELECT * FROM moderation_items WHERE post_id = ${postId} AND kind = ${kind} ORDER BY created_at DESC LIMIT 1`,
    );
    return rows[0] as Record<string, unknown> | undefined;
  });
}

const act = (who: SignedIn, itemId: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/moderation/items/${itemId}/actions`, headers: who.headers, payload });

describe('a crisis post', () => {
  it('shows its author the crisis card at once, becomes an urgent item and alerts moderators live', async () => {
    const queue = await TestSocket.open(app, { cookie: mod1.cookie });
    expect(await queue.subscribe('moderation')).toMatchObject({ type: 'subscribed' });
    const mine = await TestSocket.open(app, { cookie: bea.cookie });
    // `me` is her own notices' topic; the answer names it in full.
    mine.send({ type: 'subscribe', topic: 'me' });
    await mine.next('subscribed', (m) => m.topic === `user:${bea.user.id}`);

    const { post, notice } = await reply(bea, "I don't want to be here anymore. They'd be better off without me.");
    expect(notice.crisis).toMatchObject({ kind: 'suicide_self_harm', heading: expect.any(String) });
    expect(notice.crisis.helplines.map((h: { name: string }) => h.name)).toEqual([
      'Emergency services',
      'NHS 111, option 2',
      'Samaritans',
      'Shout',
    ]);

    const alert = await queue.next('moderation.alert', (m) => m.alert.crisisKind === 'suicide_self_harm');
    const live = await queue.next('moderation.item', (m) => m.item.postId === post.id);
    expect(live.item).toMatchObject({ priority: 'urgent', crisisKind: 'suicide_self_harm', postStatus: 'held' });
    expect(alert.alert.itemId).toBe(live.item.id);
    expect(live.counts.urgent).toBeGreaterThanOrEqual(1);
    const support = await mine.next('notification', (m) => m.notification.kind === 'crisis_support');
    expect(support.notification.link).toBe('/help');

    // Held by default: the other members do not see it; she does, marked held.
    const forCara = (await app.inject({ url: `/api/threads/${threadId}/posts`, headers: cara.headers })).json();
    expect(forCara.posts.map((p: { id: string }) => p.id)).not.toContain(post.id);
    const forBea = (await app.inject({ url: `/api/threads/${threadId}/posts`, headers: bea.headers })).json();
    expect(forBea.posts.find((p: { id: string }) => p.id === post.id)?.status).toBe('held');

    const list = (await app.inject({ url: '/api/moderation/items', headers: mod1.headers })).json();
    expect(list.items[0]).toMatchObject({ postId: post.id, priority: 'urgent' });
    queue.close();
    mine.close();
  });

  it('is never refused, even with a blocked word in it', async () => {
    await village.ctx.db.execute(sql`INSERT INTO watched_words (phrase, action) VALUES ('grapefruit', 'block')`);
    const blocked = await app.inject({
      method: 'POST',
      url: `/api/threads/${threadId}/posts`,
      headers: dee.headers,
      payload: { body: 'I love grapefruit' },
    });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error).toMatchObject({ code: 'blocked', field: 'body' });
    const disclosure = await reply(dee, 'grapefruit or not, I want to kill myself tonight');
    expect(disclosure.notice.crisis.kind).toBe('suicide_self_harm');
    await village.ctx.db.execute(sql`DELETE FROM watched_words`);
  });
});

describe('reports', () => {
  it('fold into one item, count each member once, and hold the post at the threshold', async () => {
    // Blunt but not abuse: the screen lets it through, so only members' reports bring it to a moderator.
    const { post } = await reply(alice, 'Honestly, I think people here worry far too much about sleep schedules.');
    await published(post.id);
    const report = (who: SignedIn, reason: string) =>
      app.inject({ method: 'POST', url: `/api/posts/${post.id}/reports`, headers: who.headers, payload: { reason } });

    expect((await report(bea, 'unkind')).statusCode).toBe(201);
    const twice = await report(bea, 'spam');
    expect(twice.statusCode).toBe(200);
    expect(twice.json().alreadyReported).toBe(true);
    expect((await report(cara, 'off_topic')).statusCode).toBe(201);
    const item = await itemFor(post.id);
    await eventually(async () => (await count('reports', `post_id = '${post.id}' AND triaged_at IS NOT NULL`)) === 2);
    expect(await count('moderation_items', `post_id = '${post.id}'`)).toBe(1);
    const { rows } = await village.ctx.db.execute(sql`SELECT status FROM posts WHERE id = ${post.id}`);
    expect(rows[0]?.status).toBe('published');

    const thread = await TestSocket.open(app, { cookie: dee.cookie });
    await thread.subscribe(`thread:${threadId}`);
    expect((await report(dee, 'safety')).statusCode).toBe(201);
    await thread.next('post.hidden', (m) => m.post.id === post.id);
    const folded = await eventually(async () => {
      const row = await itemFor(post.id);
      return row?.priority === 'urgent' ? row : undefined;
    });
    expect(folded.id).toBe(item.id);
    expect(folded.reasons).toEqual(['report:off_topic', 'report:safety', 'report:unkind']);
    expect(await count('audit_log', `action = 'post.auto_hold' AND post_id = '${post.id}'`)).toBe(1);
    thread.close();
  });
});

describe('the queue', () => {
  it('gives one moderator an item: a second claim or action gets 409 and nothing is done twice', async () => {
    const { post } = await reply(cara, 'call me on 07700 900123 if you want to chat');
    const item = await itemFor(post.id);
    const id = String(item.id);

    const claims = await Promise.all(
      [mod1, mod2].map((m) =>
        app.inject({ method: 'POST', url: `/api/moderation/items/${id}/claim`, headers: m.headers }),
      ),
    );
    expect(claims.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = claims[0]?.statusCode === 200 ? mod1 : mod2;
    const loser = winner === mod1 ? mod2 : mod1;
    const conflict = claims.find((r) => r.statusCode === 409);
    expect(conflict?.json().error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Another moderator'),
    });

    expect((await act(loser, id, { action: 'hide', reason: 'Personal details' })).statusCode).toBe(409);
    const done = await act(winner, id, {
      action: 'redact',
      body: 'call me on [phone number removed] if you want to chat',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().item).toMatchObject({ status: 'resolved', resolution: 'redacted' });
    expect((await act(winner, id, { action: 'approve' })).statusCode).toBe(409);
    expect(await count('audit_log', `item_id = '${id}'`)).toBe(1);

    // Members see the redacted text; the original stays in the versions for the record.
    const page = (await app.inject({ url: `/api/threads/${threadId}/posts`, headers: alice.headers })).json();
    expect(page.posts.find((p: { id: string }) => p.id === post.id)?.body).toContain('[phone number removed]');
    expect(await count('post_versions', `post_id = '${post.id}'`)).toBe(2);
  });

  it('hides a post from every open page, tells the author why, and lets her ask for a second look elsewhere', async () => {
    const { post } = await reply(dee, 'Meh, this is the same question as yesterday.');
    await published(post.id);
    await app.inject({
      method: 'POST',
      url: `/api/posts/${post.id}/reports`,
      headers: alice.headers,
      payload: { reason: 'unkind' },
    });
    const item = await itemFor(post.id);
    const watching = await TestSocket.open(app, { cookie: bea.cookie });
    await watching.subscribe(`thread:${threadId}`);

    const hidden = await act(mod1, String(item.id), { action: 'hide', reason: 'Please be kind to others here.' });
    expect(hidden.statusCode, hidden.body).toBe(200);
    const gone = await watching.next('post.hidden', (m) => m.post.id === post.id);
    expect(gone.post.body).toBeNull();
    const told = (await app.inject({ url: '/api/me/notifications', headers: dee.headers })).json();
    expect(told.notifications[0]).toMatchObject({
      kind: 'post.hidden',
      message: expect.stringContaining('Please be kind'),
    });
    const reporter = (await app.inject({ url: '/api/me/notifications', headers: alice.headers })).json();
    expect(reporter.notifications.map((n: { kind: string }) => n.kind)).toContain('report.outcome');

    const ask = await app.inject({
      method: 'POST',
      url: `/api/posts/${post.id}/second-look`,
      headers: dee.headers,
      payload: { note: 'I was joking, sorry' },
    });
    expect(ask.statusCode, ask.body).toBe(201);
    const second = await itemFor(post.id, 'second_look');
    const own = await app.inject({
      method: 'POST',
      url: `/api/moderation/items/${second.id}/claim`,
      headers: mod1.headers,
    });
    expect(own.statusCode).toBe(403);
    const other = await app.inject({
      method: 'POST',
      url: `/api/moderation/items/${second.id}/claim`,
      headers: mod2.headers,
    });
    expect(other.statusCode).toBe(200);
    watching.close();
  });

  it('keeps a muted member from posting and tells her until when and why', async () => {
    const { post } = await reply(cara, 'You lot are useless, fuck off');
    const item = await itemFor(post.id);
    const muted = await act(mod2, String(item.id), {
      action: 'mute',
      reason: 'Repeated unkindness',
      durationHours: 24,
    });
    expect(muted.statusCode, muted.body).toBe(200);
    expect(muted.json().item.status).toBe('open');
    const refused = await app.inject({
      method: 'POST',
      url: `/api/threads/${threadId}/posts`,
      headers: cara.headers,
      payload: { body: 'Hello again' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: 'restricted',
      message: expect.stringContaining('Repeated unkindness'),
    });
    const me = (await app.inject({ url: '/api/me', headers: cara.headers })).json();
    expect(me.restriction).toMatchObject({ kind: 'mute', reason: 'Repeated unkindness' });
    const noReason = await act(mod2, String(item.id), { action: 'warn' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
  });
});

describe('overdue items', () => {
  it('alert the admins once when an urgent item is past its due time', async () => {
    const admin = await signUp(app);
    await setRole(village.ctx.db, admin.user.id, 'admin');
    const { post } = await reply(alice, 'he hit me again last night and I am scared to go home');
    const item = await itemFor(post.id);
    expect(item.priority).toBe('urgent');
    await village.ctx.db.execute(
      sql`UPDATE moderation_items SET due_at = now() - interval '1 minute' WHERE id = ${item.id}`,
    );
    const list = (await app.inject({ url: '/api/moderation/items?priority=urgent', headers: mod1.headers })).json();
    expect(list.items.find((i: { id: string }) => i.id === item.id)?.overdue).toBe(true);

    expect(await alertOverdueUrgentItems(village.ctx)).toBeGreaterThanOrEqual(1);
    expect(await alertOverdueUrgentItems(village.ctx)).toBe(0);
    const notices = (await app.inject({ url: '/api/me/notifications', headers: admin.headers })).json();
    const overdue = notices.notifications.filter((n: { kind: string; link: string }) => n.kind === 'overdue');
    expect(overdue.map((n: { link: string }) => n.link)).toContain(`/moderation/items/${item.id}`);
  });
});

describe('the audit log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const before = await count('audit_log');
    expect(before).toBeGreaterThan(0);
    const refused = { cause: { message: expect.stringMatching(/audit_log is append-only/) } };
    await expect(village.ctx.db.execute(sql`UPDATE audit_log SET reason = 'rewritten'`)).rejects.toMatchObject(refused);
    await expect(village.ctx.db.execute(sql`DELETE FROM audit_log`)).rejects.toMatchObject(refused);
    await expect(village.ctx.db.execute(sql`TRUNCATE audit_log`)).rejects.toMatchObject(refused);
    expect(await count('audit_log')).toBe(before);
    expect(await count('audit_log', `reason = 'rewritten'`)).toBe(0);
  });
});
