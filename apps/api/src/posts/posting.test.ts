import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf, type SignedIn } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';

let village: TestVillage;
let groupId: string;
let alice: SignedIn;
let bea: SignedIn;

beforeAll(async () => {
  village = await createTestVillage();
  groupId = (await createGroup(village.ctx.db)).id;
  alice = await memberOf(village.app!, groupId);
  bea = await memberOf(village.app!, groupId);
});
afterAll(() => village.close());

const postsOf = async (threadId: string, who: SignedIn) =>
  (await village.app!.inject({ url: `/api/threads/${threadId}/posts`, headers: who.headers })).json();

async function startThread(who: SignedIn, body = 'Does anyone else feel like this at 3am?') {
  const res = await village.app!.inject({
    method: 'POST',
    url: `/api/groups/${groupId}/threads`,
    headers: who.headers,
    payload: { title: 'Night feeds', body },
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { thread: { id: string }; post: { id: string; status: string } };
}

describe('posting through screening', () => {
  it('keeps a new post from others until the screen publishes it', async () => {
    const { thread, post } = await startThread(alice);
    expect(post.status).toBe('pending');
    const seenByBea = await eventually(async () => {
      const page = await postsOf(thread.id, bea);
      return page.posts.find((p: { id: string }) => p.id === post.id);
    });
    expect(seenByBea.status).toBe('published');
    expect(seenByBea.body).toBe('Does anyone else feel like this at 3am?');
  });

  it('holds an abusive post: its author sees it held, others never see it', async () => {
    const { thread } = await startThread(alice);
    const reply = await village.app!.inject({
      method: 'POST',
      url: `/api/threads/${thread.id}/posts`,
      headers: bea.headers,
      payload: { body: 'you are a stupid cow' },
    });
    expect(reply.statusCode).toBe(201);
    const id = reply.json().post.id;
    const own = await eventually(async () => {
      const p = (await postsOf(thread.id, bea)).posts.find((x: { id: string }) => x.id === id);
      return p?.status === 'held' && p;
    });
    expect(own.body).toBe('you are a stupid cow');
    expect((await postsOf(thread.id, alice)).posts.map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it('keeps earlier versions on edit and shows others the published one until the edit passes', async () => {
    const { thread, post } = await startThread(alice, 'First words');
    await eventually(async () =>
      (await postsOf(thread.id, bea)).posts.find((p: { status: string }) => p.status === 'published'),
    );
    const edit = await village.app!.inject({
      method: 'PATCH',
      url: `/api/posts/${post.id}`,
      headers: alice.headers,
      payload: { body: 'Second words' },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json().post.version).toBe(2);
    const updated = await eventually(async () => {
      const p = (await postsOf(thread.id, bea)).posts.find((x: { id: string }) => x.id === post.id);
      return p?.body === 'Second words' && p;
    });
    expect(updated.edited).toBe(true);
    const versions = await village.app!.inject({ url: `/api/posts/${post.id}/versions`, headers: alice.headers });
    expect(versions.json().versions.map((v: { body: string }) => v.body)).toEqual(['First words', 'Second words']);
    const notHers = await village.app!.inject({ url: `/api/posts/${post.id}/versions`, headers: bea.headers });
    expect(notHers.statusCode).toBe(403);
  });

  it('counts reactions and leaves a placeholder when the author deletes', async () => {
    const { thread, post } = await startThread(alice, 'Feeling low today');
    await eventually(async () =>
      (await postsOf(thread.id, bea)).posts.find((p: { status: string }) => p.status === 'published'),
    );
    const hug = await village.app!.inject({
      method: 'PUT',
      url: `/api/posts/${post.id}/reactions/hug`,
      headers: bea.headers,
    });
    expect(hug.statusCode).toBe(200);
    expect(hug.json()).toMatchObject({ reactions: { hug: 1, me_too: 0, thank_you: 0 }, mine: ['hug'] });
    const again = await village.app!.inject({
      method: 'PUT',
      url: `/api/posts/${post.id}/reactions/hug`,
      headers: bea.headers,
    });
    expect(again.json().reactions.hug).toBe(1);

    const del = await village.app!.inject({ method: 'DELETE', url: `/api/posts/${post.id}`, headers: alice.headers });
    expect(del.statusCode).toBe(200);
    const seen = (await postsOf(thread.id, bea)).posts.find((p: { id: string }) => p.id === post.id);
    expect(seen).toMatchObject({ status: 'removed', removedBy: 'author', body: null });
  });
});
