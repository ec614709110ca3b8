import { randomUUID } from 'node:crypto';
import type { ServerMessage, TopicEvent } from '@village/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, memberOf, type SignedIn, setRole, signUp } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import type { App } from '../app.ts';
import { groupMemberships } from '../db/schema/index.ts';
import type { Running } from '../runtime.ts';
import { TestSocket } from './test-socket.ts';

/**
 * The gateway on real Postgres and Redis, with two API instances on one database and Redis
 * prefix. Instance 1 also runs the workers (screening publishes the posts). Heartbeats (and
 * with them the access re-check) run every second here instead of every 25 s.
 */
let village: TestVillage;
let first: App;
let second: Running;
let groupId: string;
let otherGroupId: string;
let threadId: string;
let alice: SignedIn;
let bea: SignedIn;
let outsider: SignedIn;

beforeAll(async () => {
  village = await createTestVillage({ listen: true, env: { WS_HEARTBEAT_MS: '1000' } });
  first = village.app as App;
  second = await village.another('api', { listen: true });
  groupId = (await createGroup(village.ctx.db)).id;
  otherGroupId = (await createGroup(village.ctx.db)).id;
  alice = await memberOf(first, groupId);
  bea = await memberOf(first, groupId);
  outsider = await signUp(first);
  const res = await first.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/threads`,
    headers: alice.headers,
    payload: { title: 'Live thread', body: 'Hello all' },
  });
  if (res.statusCode !== 201) throw new Error(`thread: ${res.statusCode} ${res.body}`);
  threadId = res.json().thread.id;
});
afterAll(() => village.close());

type ReactionEvent = Extract<TopicEvent, { type: 'reaction.updated' }>;
const reactionEvent = (topic: string): ReactionEvent => ({
  type: 'reaction.updated',
  topic,
  postId: randomUUID(),
  reactions: { hug: 1, me_too: 0, thank_you: 0 },
});
const isReaction = (postId: string) => (m: ServerMessage) => m.type === 'reaction.updated' && m.postId === postId;
const isPostEvent = (m: ServerMessage) => m.type.startsWith('post.') || m.type === 'reaction.updated';

async function postReply(app: App, member: SignedIn, body: string): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: `/api/threads/${threadId}/posts`,
    headers: member.headers,
    payload: { body },
  });
  expect(res.statusCode).toBe(201);
  return res.json().post.id;
}

describe('websocket upgrade', () => {
  it('refuses a visitor without a valid session (401) and another or missing origin (403): no socket', async () => {
    await expect(TestSocket.open(first)).rejects.toThrow('refused 401');
    await expect(TestSocket.open(first, { cookie: 'village_session=notarealsessiontokenatall' })).rejects.toThrow(
      'refused 401',
    );
    await expect(TestSocket.open(first, { cookie: alice.cookie, origin: 'https://evil.example' })).rejects.toThrow(
      'refused 403',
    );
    await expect(TestSocket.open(first, { cookie: alice.cookie, origin: null })).rejects.toThrow('refused 403');
  });
});

describe('topics', () => {
  it('lets a member follow her group and thread, and delivers each event once per topic', async () => {
    const socket = await TestSocket.open(first, { cookie: alice.cookie });
    expect(await socket.subscribe(`thread:${threadId}`)).toEqual({ type: 'subscribed', topic: `thread:${threadId}` });
    // ids are matched case-insensitively and answered in their canonical form
    socket.send({ type: 'subscribe', topic: `group:${groupId.toUpperCase()}` });
    expect(await socket.next('subscribed', (m) => m.topic === `group:${groupId}`)).toBeTruthy();

    const postId = await postReply(first, bea, 'Sending you a hug');
    const onThread = await socket.next('post.created', (m) => m.post.id === postId && m.topic === `thread:${threadId}`);
    expect(onThread.post).toMatchObject({ body: 'Sending you a hug', author: { displayName: bea.user.displayName } });
    await socket.next('post.created', (m) => m.post.id === postId && m.topic === `group:${groupId}`);
    await socket.sync();
    expect(socket.count((m) => m.type === 'post.created' && m.post.id === postId)).toBe(2);
    socket.close();
  });

  it('gives an outsider the same not_found for a forbidden topic as for a missing one, and never its events', async () => {
    const member = await TestSocket.open(first, { cookie: alice.cookie });
    const stranger = await TestSocket.open(first, { cookie: outsider.cookie });
    await member.subscribe(`thread:${threadId}`);
    const forbidden = await stranger.subscribe(`thread:${threadId}`);
    const missing = await stranger.subscribe(`thread:${randomUUID()}`);
    expect(forbidden).toMatchObject({ type: 'error', code: 'not_found' });
    expect({ ...missing, topic: undefined }).toEqual({ ...forbidden, topic: undefined });
    for (const topic of [`group:${groupId}`, 'thread:123', 'moderation', `user:${alice.user.id}`]) {
      expect(await stranger.subscribe(topic)).toMatchObject({ type: 'error', code: 'not_found', topic });
    }

    const postId = await postReply(first, bea, 'Only for members');
    await member.next('post.created', (m) => m.post.id === postId);
    const direct = reactionEvent(`group:${groupId}`);
    await village.ctx.publisher.publish(direct);
    await village.ctx.publisher.publish(reactionEvent(`thread:${threadId}`));
    await member.next('reaction.updated', (m) => m.topic === `thread:${threadId}`);
    // Whatever the hub sends the stranger goes before her pong, on the same connection.
    await stranger.sync();
    expect(stranger.count(isPostEvent)).toBe(0);
    member.close();
    stranger.close();
  });

  it('lets a moderator follow a group she is not a member of', async () => {
    const moderator = await signUp(first);
    await setRole(village.ctx.db, moderator.user.id, 'moderator');
    const socket = await TestSocket.open(first, { cookie: moderator.cookie });
    expect(await socket.subscribe(`group:${groupId}`)).toMatchObject({ type: 'subscribed' });
    socket.close();
  });

  it('stops delivering a topic after unsubscribe', async () => {
    const carol = await memberOf(first, otherGroupId);
    const socket = await TestSocket.open(first, { cookie: carol.cookie });
    await socket.subscribe(`group:${otherGroupId}`);
    socket.send({ type: 'unsubscribe', topic: `group:${otherGroupId}` });
    expect(await socket.next('unsubscribed')).toEqual({ type: 'unsubscribed', topic: `group:${otherGroupId}` });
    const event = reactionEvent(`group:${otherGroupId}`);
    await village.ctx.publisher.publish(event);
    // a second socket still following the topic shows the event has been fanned out
    const witness = await TestSocket.open(first, { cookie: carol.cookie });
    await witness.subscribe(`group:${otherGroupId}`);
    const marker = reactionEvent(`group:${otherGroupId}`);
    await village.ctx.publisher.publish(marker);
    await witness.next('reaction.updated', (m) => m.postId === marker.postId);
    await socket.sync();
    expect(socket.count(isPostEvent)).toBe(0);
    socket.close();
    witness.close();
  });
});

describe('access that ends while connected', () => {
  it('stops delivering a group to a member removed from it, within one heartbeat', async () => {
    const dana = await memberOf(first, groupId);
    const joined = await first.inject({
      method: 'POST',
      url: `/api/groups/${otherGroupId}/join`,
      headers: dana.headers,
    });
    expect(joined.statusCode).toBe(200);
    const socket = await TestSocket.open(first, { cookie: dana.cookie });
    for (const topic of [`group:${groupId}`, `thread:${threadId}`, `group:${otherGroupId}`]) {
      expect(await socket.subscribe(topic)).toMatchObject({ type: 'subscribed' });
    }

    await village.ctx.db
      .delete(groupMemberships)
      .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.userId, dana.user.id)));
    expect(await socket.next('error', (m) => m.topic === `group:${groupId}`)).toMatchObject({ code: 'not_found' });
    expect(await socket.next('error', (m) => m.topic === `thread:${threadId}`)).toMatchObject({ code: 'not_found' });

    const lost = reactionEvent(`group:${groupId}`);
    const kept = reactionEvent(`group:${otherGroupId}`);
    await village.ctx.publisher.publish(lost);
    await village.ctx.publisher.publish(kept);
    // One Redis subscription delivers in publish order: once `kept` is here, `lost` went nowhere.
    await socket.next('reaction.updated', (m) => m.postId === kept.postId);
    expect(socket.count(isReaction(lost.postId))).toBe(0);
    expect(await socket.subscribe(`group:${groupId}`)).toMatchObject({ type: 'error', code: 'not_found' });
    socket.close();
  });

  it('closes the socket (4401) when its session ends', async () => {
    const erin = await signUp(first);
    const socket = await TestSocket.open(first, { cookie: erin.cookie });
    const logout = await first.inject({ method: 'POST', url: '/api/auth/logout', headers: erin.headers });
    expect(logout.statusCode).toBe(200);
    expect(await socket.closed()).toBe(4401);
  });
});

describe('bad frames', () => {
  it('answers each with its error, in order, and never with data', async () => {
    const socket = await TestSocket.open(first, { cookie: alice.cookie });
    socket.send('{not json');
    socket.send('[1,2]');
    socket.send({ type: 'launch' });
    socket.send(Buffer.from([0x7b, 0x7d]));
    socket.send({ type: 'subscribe', topic: `thread:${threadId}`, padding: 'x'.repeat(5000) });
    await socket.sync();
    expect(socket.log.map((m) => (m.type === 'error' ? m.code : m.type))).toEqual([
      'bad_message',
      'bad_message',
      'unknown_type',
      'bad_message',
      'frame_too_large',
      'pong',
    ]);
    socket.close();
  });

  it('closes with 1009 a frame beyond what the transport accepts', async () => {
    const socket = await TestSocket.open(first, { cookie: alice.cookie });
    socket.send({ type: 'subscribe', topic: `thread:${threadId}`, padding: 'x'.repeat(70 * 1024) });
    expect(await socket.closed()).toBe(1009);
    expect(socket.log).toEqual([]);
  });

  it('throttles a flood, ignores what follows, and closes a socket that keeps flooding (1008)', async () => {
    const socket = await TestSocket.open(first, { cookie: alice.cookie });
    for (let i = 0; i < 61; i++) socket.send({ type: 'ping' });
    expect(await socket.closed()).toBe(1008);
    // 30 answered, one warning, the rest ignored
    expect(socket.log.map((m) => (m.type === 'error' ? m.code : m.type))).toEqual([
      ...Array(30).fill('pong'),
      'throttled',
    ]);
  });
});

describe('fan-out through Redis', () => {
  it('delivers an event published through instance 2 to members on both instances, exactly once', async () => {
    const onFirst = await TestSocket.open(first, { cookie: alice.cookie });
    const onSecond = await TestSocket.open(second.app as App, { cookie: bea.cookie });
    await onFirst.subscribe(`thread:${threadId}`);
    await onSecond.subscribe(`thread:${threadId}`);

    const event = reactionEvent(`thread:${threadId}`);
    const marker = reactionEvent(`thread:${threadId}`);
    await second.ctx.publisher.publish(event);
    await second.ctx.publisher.publish(marker);
    for (const socket of [onFirst, onSecond]) {
      expect(await socket.next('reaction.updated', (m) => m.postId === event.postId)).toEqual(event);
      await socket.next('reaction.updated', (m) => m.postId === marker.postId);
      await socket.sync();
      expect(socket.count(isReaction(event.postId))).toBe(1);
    }
    onFirst.close();
    onSecond.close();
  });

  it('delivers a post sent through instance 2 (published after screening) to a member on instance 1, once', async () => {
    const onFirst = await TestSocket.open(first, { cookie: alice.cookie });
    await onFirst.subscribe(`thread:${threadId}`);
    const postId = await postReply(second.app as App, bea, 'Posted through instance two');
    const created = await onFirst.next('post.created', (m) => m.post.id === postId);
    expect(created).toMatchObject({ topic: `thread:${threadId}`, post: { body: 'Posted through instance two' } });
    const marker = reactionEvent(`thread:${threadId}`);
    await second.ctx.publisher.publish(marker);
    await onFirst.next('reaction.updated', (m) => m.postId === marker.postId);
    await onFirst.sync();
    expect(onFirst.count((m) => m.type === 'post.created' && m.post.id === postId)).toBe(1);
    onFirst.close();
  });
});

describe('heartbeats and shutdown', () => {
  it('terminates a socket that stops answering pings, and keeps one that answers', async () => {
    const answering = await TestSocket.open(first, { cookie: alice.cookie });
    const silent = await TestSocket.open(first, { cookie: alice.cookie }, { autoPong: false });
    // terminated without a close frame
    expect(await silent.closed()).toBe(1006);
    // the answering socket has lived through the same heartbeats
    expect(answering.ws.readyState).toBe(answering.ws.OPEN);
    await answering.sync();
    answering.close();
  });

  it('closes its sockets cleanly when the instance stops, and the stop completes', async () => {
    const third = await village.another('api', { listen: true });
    const socket = await TestSocket.open(third.app as App, { cookie: alice.cookie });
    await third.stop();
    // a close frame (not a dropped connection, 1006); @fastify/websocket sends no status
    expect(await socket.closed()).toBe(1005);
  });
});
