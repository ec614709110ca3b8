import type { NotificationView } from '@village/domain';
import { describe, expect, it } from 'vitest';
import { hiddenReasons } from './hidden-notices.ts';

const notice = (id: string, extra: Partial<NotificationView>): NotificationView => ({
  id,
  kind: 'post.hidden',
  message: `message ${id}`,
  link: null,
  createdAt: '2026-11-22T10:00:00.000Z',
  read: false,
  ...extra,
});

describe('hiddenReasons', () => {
  it('pairs a hidden post with the hide notice that links to its thread', () => {
    const reasons = hiddenReasons(
      [{ id: 'p1', threadId: 't1', updatedAt: '2026-11-22T10:00:00.000Z' }],
      [
        notice('other-thread', { link: '/threads/t2' }),
        notice('not-a-hide', { kind: 'post.approved', link: '/threads/t1' }),
        notice('hide', { link: '/threads/t1' }),
      ],
    );
    expect(reasons).toEqual({ p1: 'message hide' });
  });

  it('prefers a notice that names the post itself', () => {
    const reasons = hiddenReasons(
      [
        { id: 'p1', threadId: 't1', updatedAt: '2026-11-22T10:00:00.000Z' },
        { id: 'p2', threadId: 't1', updatedAt: '2026-11-22T11:00:00.000Z' },
      ],
      [
        notice('newest', { link: '/threads/t1', createdAt: '2026-11-22T12:00:00.000Z' }),
        notice('exact', { link: '/threads/t1#post-p1', createdAt: '2026-11-22T09:00:00.000Z' }),
      ],
    );
    expect(reasons).toEqual({ p1: 'message exact', p2: 'message newest' });
  });

  it('gives the newest notice to the most recently hidden post, and none when there are too few', () => {
    const reasons = hiddenReasons(
      [
        { id: 'old', threadId: 't1', updatedAt: '2026-11-22T08:00:00.000Z' },
        { id: 'new', threadId: 't1', updatedAt: '2026-11-22T11:00:00.000Z' },
        { id: 'none', threadId: 't1', updatedAt: '2026-11-22T07:00:00.000Z' },
      ],
      [
        notice('a', { link: '/threads/t1', createdAt: '2026-11-22T08:01:00.000Z' }),
        notice('b', { link: '/threads/t1', createdAt: '2026-11-22T11:01:00.000Z' }),
      ],
    );
    expect(reasons).toEqual({ new: 'message b', old: 'message a' });
  });
});
