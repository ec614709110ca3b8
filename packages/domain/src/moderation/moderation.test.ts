import { describe, expect, it } from 'vitest';
import { defaultDueMinutes, dueAt, higherPriority, priorityForReports, priorityForScreen } from './priority.ts';
import { publicationFor } from './publication.ts';

describe('priority', () => {
  it.each([
    [['crisis', 'abuse'], 'urgent'],
    [['abuse'], 'high'],
    [['pii'], 'high'],
    [['link'], 'normal'],
    [[], 'normal'],
  ] as const)('screen %o → %s', (categories, expected) => {
    expect(priorityForScreen(categories)).toBe(expected);
  });

  it.each([
    [['off_topic'], 1, 'low'],
    [['spam'], 1, 'normal'],
    [['unkind'], 1, 'high'],
    [['safety'], 1, 'urgent'],
    [['off_topic', 'other'], 2, 'normal'],
    [['off_topic'], 3, 'high'],
    [['off_topic', 'safety'], 3, 'urgent'],
  ] as const)('reports %o from %i members → %s', (reasons, reporters, expected) => {
    expect(priorityForReports(reasons, reporters)).toBe(expected);
  });

  it('keeps the more urgent of two and dates the due time from the priority', () => {
    expect(higherPriority('low', 'urgent')).toBe('urgent');
    expect(higherPriority('high', 'normal')).toBe('high');
    const from = new Date('2026-11-23T03:00:00Z');
    expect(dueAt('urgent', from, defaultDueMinutes).toISOString()).toBe('2026-11-23T03:15:00.000Z');
  });
});

describe('what a verdict means in each moderation mode', () => {
  it.each([
    ['allow', 'screened', 'published', false],
    ['allow', 'post', 'published', false],
    ['allow', 'pre', 'held', true],
    ['flag', 'screened', 'published', true],
    ['flag', 'pre', 'held', true],
    ['hold', 'screened', 'held', true],
    ['hold', 'post', 'held', true],
    ['block', 'screened', 'hidden', false],
    ['block', 'post', 'hidden', false],
  ] as const)('%s in a %s group → %s (review: %s)', (verdict, mode, status, review) => {
    expect(publicationFor(verdict, mode)).toEqual({ status, review });
  });
});
