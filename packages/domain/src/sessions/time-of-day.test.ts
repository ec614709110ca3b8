import { describe, expect, it } from 'vitest';
import { timeOfDay, timesOfDay } from './time-of-day.ts';
import { fromLocal } from './time-zone.ts';

const london = (local: string) => fromLocal(local, 'Europe/London');

describe('timeOfDay (local start in the group zone)', () => {
  // 2026-11-09 is a Monday; 2026-11-13 Friday; 14 Saturday; 15 Sunday.
  it.each([
    ['2026-11-09T06:59', 'evening'], // before the working day counts with the evening
    ['2026-11-09T07:00', 'daytime'],
    ['2026-11-09T10:30', 'daytime'],
    ['2026-11-09T16:59', 'daytime'],
    ['2026-11-09T17:00', 'evening'],
    ['2026-11-09T19:30', 'evening'],
    ['2026-11-10T02:00', 'evening'], // a night-feeds session
    ['2026-11-13T23:30', 'evening'], // Friday night is still a weekday
    ['2026-11-14T00:30', 'weekend'],
    ['2026-11-14T10:00', 'weekend'],
    ['2026-11-15T19:00', 'weekend'],
    ['2026-11-16T00:00', 'evening'], // Monday 00:00
  ] as const)('%s → %s', (local, band) => {
    expect(timeOfDay(london(local), 'Europe/London')).toBe(band);
  });

  it('uses the local clock, not UTC: 16:30 BST is 15:30Z but 07:30 BST is 06:30Z', () => {
    expect(timeOfDay(new Date('2026-07-06T15:30:00Z'), 'Europe/London')).toBe('daytime');
    expect(timeOfDay(new Date('2026-07-06T16:30:00Z'), 'Europe/London')).toBe('evening');
    expect(timeOfDay(new Date('2026-07-06T06:30:00Z'), 'Europe/London')).toBe('daytime');
  });

  it('a Saturday in London can be a Friday evening in New York', () => {
    const t = new Date('2026-11-14T00:30:00Z');
    expect(timeOfDay(t, 'Europe/London')).toBe('weekend');
    expect(timeOfDay(t, 'America/New_York')).toBe('evening');
  });

  it('collects the bands of a group’s sessions', () => {
    const starts = [london('2026-11-09T10:00'), london('2026-11-10T19:00'), london('2026-11-11T11:00')];
    expect(timesOfDay(starts, 'Europe/London')).toEqual(new Set(['daytime', 'evening']));
    expect(timesOfDay([], 'Europe/London').size).toBe(0);
  });
});
