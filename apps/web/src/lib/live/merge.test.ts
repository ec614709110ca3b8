import type { PostView } from '@village/domain';
import { describe, expect, it } from 'vitest';
import { mergePosts, withHidden } from './merge.ts';

const post = (id: string, cursor: string, extra: Partial<PostView> = {}): PostView => ({
  id,
  threadId: 't',
  groupId: 'g',
  author: { id: 'a', displayName: 'A' },
  body: id,
  contentNote: null,
  status: 'published',
  removedBy: null,
  version: 1,
  edited: false,
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  reactions: { hug: 0, me_too: 0, thank_you: 0 },
  cursor,
  ...extra,
});

describe('mergePosts', () => {
  it('orders by cursor as numbers and never duplicates', () => {
    const merged = mergePosts([post('a', '9'), post('b', '10')], [post('b', '10'), post('c', '100'), post('d', '11')]);
    expect(merged.map((p) => p.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('keeps the newer version of a post', () => {
    const merged = mergePosts(
      [post('a', '1', { version: 2, body: 'new' })],
      [post('a', '1', { version: 1, body: 'old' })],
    );
    expect(merged[0]?.body).toBe('new');
    const again = mergePosts(merged, [post('a', '1', { version: 3, body: 'newest' })]);
    expect(again[0]?.body).toBe('newest');
  });

  it('lets the published copy replace the pending one the author saw', () => {
    const merged = mergePosts([post('a', '5', { status: 'pending' })], [post('a', '7', { status: 'published' })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ status: 'published', cursor: '7' });
  });

  it('takes fresh reaction counts from a refetch of the same version', () => {
    const merged = mergePosts([post('a', '1')], [post('a', '1', { reactions: { hug: 2, me_too: 0, thank_you: 1 } })]);
    expect(merged[0]?.reactions).toEqual({ hug: 2, me_too: 0, thank_you: 1 });
  });
});

describe('withHidden', () => {
  it('turns a shown post into its hidden placeholder even when the copy is not newer', () => {
    const shown = [post('a', '1', { version: 2, updatedAt: '2026-11-22T11:00:00.000Z' }), post('b', '2')];
    const hidden = post('a', '1', { status: 'hidden', body: null, version: 1 });
    const next = withHidden(shown, hidden);
    expect(next.map((p) => p.id)).toEqual(['a', 'b']);
    expect(next[0]).toMatchObject({ status: 'hidden', body: null });
    expect(next[1]?.body).toBe('b');
  });

  it('never shows the text even if the event carried it', () => {
    const next = withHidden([post('a', '1')], post('a', '1', { status: 'hidden' }));
    expect(next[0]?.body).toBeNull();
  });

  it('adds a post the page did not have yet, in its place', () => {
    const next = withHidden([post('a', '1'), post('c', '3')], post('b', '2', { status: 'hidden', body: null }));
    expect(next.map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });
});
