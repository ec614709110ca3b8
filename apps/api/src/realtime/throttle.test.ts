import { describe, expect, it } from 'vitest';
import { MessageThrottle } from './throttle.ts';

const takeMany = (throttle: MessageThrottle, n: number, now: number) =>
  Array.from({ length: n }, () => throttle.take(now));

describe('message throttle', () => {
  it('allows a burst, warns once, drops the rest, and resets with the window', () => {
    const throttle = new MessageThrottle(3, 1000);
    expect(takeMany(throttle, 5, 100)).toEqual(['ok', 'ok', 'ok', 'throttled', 'drop']);
    expect(throttle.strikes).toBe(1);
    expect(throttle.take(1099)).toBe('drop');
    expect(throttle.take(1100)).toBe('ok');
  });

  it('starts its first window at the first message, whatever the clock reads', () => {
    const throttle = new MessageThrottle(2, 1000);
    expect(takeMany(throttle, 3, 5)).toEqual(['ok', 'ok', 'throttled']);
  });

  it('closes a socket that keeps flooding after being told, within one window', () => {
    const throttle = new MessageThrottle(3, 1000);
    // 3 handled, 1 warning, 2 ignored, then one more than another burst: close
    expect(takeMany(throttle, 7, 0)).toEqual(['ok', 'ok', 'ok', 'throttled', 'drop', 'drop', 'close']);
  });

  it('closes a socket that goes over the limit in several windows', () => {
    const throttle = new MessageThrottle(2, 1000, 3);
    expect(takeMany(throttle, 3, 0).at(-1)).toBe('throttled');
    expect(takeMany(throttle, 3, 1000).at(-1)).toBe('throttled');
    expect(takeMany(throttle, 2, 2000)).toEqual(['ok', 'ok']);
    expect(throttle.take(2000)).toBe('close');
    expect(throttle.strikes).toBe(3);
  });

  it('never throttles a socket that stays within the limit', () => {
    const throttle = new MessageThrottle(3, 1000);
    const verdicts = Array.from({ length: 10 }, (_, w) => takeMany(throttle, 3, w * 1000)).flat();
    expect(new Set(verdicts)).toEqual(new Set(['ok']));
  });
});
