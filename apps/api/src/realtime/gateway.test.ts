import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, memberOf, type SignedIn, signUp } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import { TestSocket } from '../../test/ws-client.ts';
import type { Running } from '../runtime.ts';

let village: TestVillage;
let second: Running;
let groupId: string;
let threadId: string;
let alice: SignedIn;
let bea: SignedIn;
let outsider: SignedIn;

beforeAll(async () => {
  village = await createTestVillage({ listen: true, env: { WS_HEARTBEAT_MS: '300' } });
  second = await village.another('api', { listen: true });
  groupId = (await createGroup(village.ctx.db)).id;
  alice = await memberOf(village.app!, groupId);
  bea = await memberOf(village.app!, groupId);
  outsider = await signUp(village.app!);
  const res = await village.app!.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/threads`,
    headers: alice.headers,
    payload: { title: 'Live thread', body: 'Hello all' },
  });
  threadId = res.json().thread.id;
});
afterAll(() => village.close());

describe('websocket gateway', () => {
  it('refuses a signed-out or cross-origin upgrade', async () => {
    await expect(TestSocket.open(village.app!)).rejects.toThrow('refused 401');
    await expect(
      TestSocket.open(village.app!, { cookie: alice.cookie, origin: 'https://evil.example' }),
    ).rejects.toThrow('refused 403');
  });

  it('lets a member follow her thread and refuses an outsider, who never receives its events', async () => {
    const member = await TestSocket.open(village.app!, { cookie: alice.cookie });
    const stranger = await TestSocket.open(village.app!, { cookie: outsider.cookie });
    expect(await member.subscribe(`thread:${threadId}`)).toMatchObject({ type: 'subscribed' });
    expect(await stranger.subscribe(`thread:${threadId}`)).toMatchObject({ type: 'error', code: 'not_found' });
    expect(await stranger.subscribe('thread:00000000-0000-4000-8000-000000000000')).toMatchObject({
      type: 'error',
      code: 'not_found',
    });
    expect(await stranger.subscribe('moderation')).toMatchObject({ type: 'error', code: 'not_found' });

    const reply = await village.app!.inject({
      method: 'POST',
      url: `/api/threads/${threadId}/posts`,
      headers: bea.headers,
      payload: { body: 'Sending you a hug' },
    });
    const created = await member.next('post.created', (m) => m.post.id === reply.json().post.id);
    expect(created.post).toMatchObject({
      body: 'Sending you a hug',
      status: 'published',
      author: { displayName: bea.user.displayName },
    });
    // give the stranger's socket the same time to (wrongly) receive anything
    member.send({ type: 'ping' });
    await member.next('pong');
    expect(stranger.received.filter((m) => m.type.startsWith('post.'))).toEqual([]);
    member.close();
    stranger.close();
  });

  it('answers bad frames with errors and never data', async () => {
    const socket = await TestSocket.open(village.app!, { cookie: alice.cookie });
    socket.send('{not json');
    expect(await socket.next('error')).toMatchObject({ code: 'bad_message' });
    socket.send({ type: 'launch' });
    expect(await socket.next('error')).toMatchObject({ code: 'unknown_type' });
    socket.send({ type: 'subscribe', topic: `thread:${threadId}`, padding: 'x'.repeat(5000) });
    expect(await socket.next('error')).toMatchObject({ code: 'frame_too_large' });
    expect(socket.received.filter((m) => m.type === 'subscribed')).toEqual([]);
    socket.close();
  });

  it('throttles a flood and closes a socket that keeps flooding', async () => {
    const socket = await TestSocket.open(village.app!, { cookie: alice.cookie });
    for (let i = 0; i < 40; i++) socket.send({ type: 'ping' });
    expect(await socket.next('error')).toMatchObject({ code: 'throttled' });
    const pongs = socket.received.filter((m) => m.type === 'pong').length;
    expect(pongs).toBeLessThanOrEqual(30);
    socket.close();
  });

  it('fans out through Redis: a post sent through one instance reaches a member on the other, once', async () => {
    const onFirst = await TestSocket.open(village.app!, { cookie: alice.cookie });
    expect(await onFirst.subscribe(`group:${groupId}`)).toMatchObject({ type: 'subscribed' });
    const sent = await second.app!.inject({
      method: 'POST',
      url: `/api/threads/${threadId}/posts`,
      headers: bea.headers,
      payload: { body: 'Posted through instance two' },
    });
    expect(sent.statusCode).toBe(201);
    const postId = sent.json().post.id;
    const event = await onFirst.next('post.created', (m) => m.post.id === postId);
    expect(event.topic).toBe(`group:${groupId}`);
    onFirst.send({ type: 'ping' });
    await onFirst.next('pong');
    expect(onFirst.received.filter((m) => m.type === 'post.created' && m.post.id === postId)).toEqual([]);
    onFirst.close();
  });

  it('closes a socket that stops answering heartbeats', async () => {
    const answering = await TestSocket.open(village.app!, { cookie: alice.cookie });
    const silent = await TestSocket.open(village.app!, { cookie: alice.cookie }, { autoPong: false });
    // The server pings every 300 ms here; a socket that missed a ping is terminated (1006, no close frame).
    expect(await silent.closed()).toBe(1006);
    answering.send({ type: 'ping' });
    expect(await answering.next('pong')).toEqual({ type: 'pong' });
    answering.close();
  });
});
