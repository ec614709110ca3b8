import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGroup, eventually, memberOf, type SignedIn } from '../../test/factories.ts';
import { createTestVillage, type TestVillage } from '../../test/harness.ts';
import { notifications, posts } from '../db/schema/index.ts';
import { screenPostProcessor } from './screen-post.job.ts';

/** "A reply to her thread": one notice when a reply is first published, never for her own. */
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

const post = async (who: SignedIn, url: string, payload: Record<string, unknown>) => {
  const res = await village.app!.inject({ method: 'POST', url, headers: who.headers, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const published = (postId: string) =>
  eventually(async () => {
    const [row] = await village.ctx.db.select().from(posts).where(eq(posts.id, postId));
    return row?.status === 'published';
  });
const repliesFor = (userId: string) =>
  village.ctx.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, 'thread.reply')));

describe('reply notices', () => {
  it('tells the thread author once about a reply, not about her own replies', async () => {
    const { thread, post: opening } = await post(alice, `/api/groups/${groupId}/threads`, {
      title: 'Night feeds',
      body: 'Does anyone else feel like this at 3am?',
    });
    await published(opening.id);
    expect(await repliesFor(alice.user.id)).toHaveLength(0);

    const own = await post(alice, `/api/threads/${thread.id}/posts`, { body: 'Adding a bit more about my night.' });
    await published(own.post.id);
    const reply = await post(bea, `/api/threads/${thread.id}/posts`, { body: 'Yes, me too. It does get easier.' });
    await published(reply.post.id);
    const notices = await repliesFor(alice.user.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ dedupeKey: `reply:${reply.post.id}`, postId: reply.post.id });
    expect(await repliesFor(bea.user.id)).toHaveLength(0);

    // The screen running again for the same version changes nothing.
    await screenPostProcessor({ postId: reply.post.id, version: 1 }, village.ctx, {} as never);
    expect(await repliesFor(alice.user.id)).toHaveLength(1);
  });
});
