import type { ModerationItemSummary } from '@village/domain';
import { describe, expect, it } from 'vitest';
import {
  compareItems,
  matchesFilter,
  parseQueueFilter,
  type QueueFilter,
  queueQuery,
  reasonLabel,
  upsertItem,
} from './queue.ts';

const G1 = '11111111-1111-4111-8111-111111111111';
const G2 = '22222222-2222-4222-8222-222222222222';
const item = (id: string, extra: Partial<ModerationItemSummary> = {}): ModerationItemSummary => ({
  id,
  kind: 'review',
  postId: `p-${id}`,
  threadId: 't',
  threadTitle: 'A thread',
  groupId: G1,
  groupName: 'Group',
  author: { id: 'a', displayName: 'A' },
  status: 'open',
  priority: 'normal',
  reasons: ['report:unkind'],
  crisisKind: null,
  postStatus: 'published',
  excerpt: 'text',
  reportCount: 1,
  dueAt: '2026-11-22T12:00:00.000Z',
  overdue: false,
  claimedBy: null,
  claimedUntil: null,
  resolution: null,
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  ...extra,
});
const active: QueueFilter = { status: 'active', priority: null, groupId: null, reason: null };

describe('queue order', () => {
  it('puts urgent first, then high, normal, low, and the oldest first within a priority', () => {
    const items = [
      item('low', { priority: 'low', createdAt: '2026-11-22T08:00:00.000Z' }),
      item('normal-new', { createdAt: '2026-11-22T11:00:00.000Z' }),
      item('urgent', { priority: 'urgent', createdAt: '2026-11-22T11:30:00.000Z' }),
      item('normal-old', { createdAt: '2026-11-22T09:00:00.000Z' }),
      item('high', { priority: 'high' }),
    ];
    expect(items.sort(compareItems).map((i) => i.id)).toEqual(['urgent', 'high', 'normal-old', 'normal-new', 'low']);
  });
});

describe('upsertItem', () => {
  it('adds a new item in its place', () => {
    const list = [item('a', { priority: 'high' }), item('b')];
    const next = upsertItem(list, item('c', { priority: 'urgent' }), active);
    expect(next.map((i) => i.id)).toEqual(['c', 'a', 'b']);
    expect(list).toHaveLength(2);
  });

  it('replaces a changed item without duplicating it', () => {
    const list = [item('a'), item('b')];
    const claimed = item('a', { claimedBy: { id: 'm', displayName: 'Mod' }, updatedAt: '2026-11-22T10:05:00.000Z' });
    const next = upsertItem(list, claimed, active);
    expect(next).toHaveLength(2);
    expect(next.find((i) => i.id === 'a')?.claimedBy?.displayName).toBe('Mod');
  });

  it('moves an item whose priority rose', () => {
    const list = [item('a'), item('b', { createdAt: '2026-11-22T11:00:00.000Z' })];
    const next = upsertItem(list, item('b', { priority: 'urgent', updatedAt: '2026-11-22T11:01:00.000Z' }), active);
    expect(next.map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('takes a resolved item out of the active list', () => {
    const list = [item('a'), item('b')];
    const next = upsertItem(list, item('a', { status: 'resolved', updatedAt: '2026-11-22T10:10:00.000Z' }), active);
    expect(next.map((i) => i.id)).toEqual(['b']);
  });

  it('ignores a copy older than the one shown', () => {
    const list = [item('a', { claimedBy: { id: 'm', displayName: 'Mod' }, updatedAt: '2026-11-22T10:05:00.000Z' })];
    const next = upsertItem(list, item('a', { updatedAt: '2026-11-22T10:01:00.000Z' }), active);
    expect(next[0]?.claimedBy?.displayName).toBe('Mod');
  });

  it('leaves out new items the filters do not ask for', () => {
    const urgentOnly: QueueFilter = { ...active, priority: 'urgent' };
    expect(upsertItem([], item('a'), urgentOnly)).toEqual([]);
    const inG2: QueueFilter = { ...active, groupId: G2 };
    expect(upsertItem([], item('a'), inG2)).toEqual([]);
    expect(upsertItem([], item('a', { groupId: G2 }), inG2)).toHaveLength(1);
    const crisis: QueueFilter = { ...active, reason: 'crisis' };
    expect(upsertItem([], item('a'), crisis)).toEqual([]);
    expect(upsertItem([], item('a', { reasons: ['crisis'] }), crisis)).toHaveLength(1);
  });
});

describe('filters', () => {
  it('reads known values from the URL and drops the rest', () => {
    expect(
      parseQueueFilter(new URLSearchParams(`status=resolved&priority=urgent&groupId=${G1}&reason=report:unkind`)),
    ).toEqual({ status: 'resolved', priority: 'urgent', groupId: G1, reason: 'report:unkind' });
    expect(parseQueueFilter(new URLSearchParams('status=nope&priority=&groupId=x&reason=<b>'))).toEqual(active);
  });

  it('writes the API query, leaving out the defaults', () => {
    expect(queueQuery(active)).toBe('');
    expect(queueQuery({ status: 'escalated', priority: 'high', groupId: G2, reason: 'pii' })).toBe(
      `?status=escalated&priority=high&groupId=${G2}&reason=pii`,
    );
  });

  it('counts open and escalated as active', () => {
    expect(matchesFilter(item('a', { status: 'escalated' }), active)).toBe(true);
    expect(matchesFilter(item('a', { status: 'resolved' }), active)).toBe(false);
    expect(matchesFilter(item('a', { status: 'resolved' }), { ...active, status: 'resolved' })).toBe(true);
  });

  it('names reasons in words', () => {
    expect(reasonLabel('crisis')).toBe('Crisis language');
    expect(reasonLabel('report:unkind')).toBe('Reported: Unkind or hurtful');
    expect(reasonLabel('something_new')).toBe('something new');
  });
});
