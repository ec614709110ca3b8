import { describe, expect, it } from 'vitest';
import { isSlowModeInterval, slowModeWait } from './slow-mode.ts';

const now = new Date('2026-11-10T19:30:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('slowModeWait', () => {
  it.each([
    ['no post yet', null, 30, 0],
    ['slow mode off', ago(1000), 0, 0],
    ['a negative interval is off too', ago(1000), -5, 0],
    ['just posted', ago(0), 30, 30],
    ['10 s ago, every 30 s', ago(10_000), 30, 20],
    ['29.001 s ago: still 1 s (rounded up)', ago(29_001), 30, 1],
    ['exactly 30 s ago', ago(30_000), 30, 0],
    ['long ago', ago(3_600_000), 30, 0],
    ['a post stamped in the future counts as just now', ago(-5000), 30, 30],
  ] as const)('%s → %i s', (_name, last, interval, wait) => {
    expect(slowModeWait(last, interval, now)).toBe(wait);
  });
});

describe('isSlowModeInterval', () => {
  it.each([
    [0, true],
    [10, true],
    [600, true],
    [5, false],
    [601, false],
    [12.5, false],
  ])('%s → %s', (seconds, ok) => {
    expect(isSlowModeInterval(seconds)).toBe(ok);
  });
});
