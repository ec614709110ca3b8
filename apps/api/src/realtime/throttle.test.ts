import { describe, expect, it } from 'vitest';
import { MessageThrottle } from './throttle.ts';

describe('message throttle', () => {
  it('allows a burst, warns once, drops the rest, and resets with the window', () => {
    const throttle = new MessageThrottle(3, 1000);
    expect([0, 1, 2, 3, 4].map(() => throttle.take(100))).toEqual(['ok', 'ok', 'ok', 'throttled', 'drop']);
    expect(throttle.strikes).toBe(1);
    expect(throttle.take(1100)).toBe('ok');
  });
});
