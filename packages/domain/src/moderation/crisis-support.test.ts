import { describe, expect, it } from 'vitest';
import { crisisCopy } from './crisis-support.ts';

describe('crisis copy', () => {
  // A helpline's number lives in the helplines list or the directory, which the card shows
  // beside these words: written here too, it would go stale when an admin changes it there.
  it.each(Object.entries(crisisCopy))('%s names no helpline number, only the emergency ones', (_kind, copy) => {
    const numbers = `${copy.heading} ${copy.message}`.match(/\d(?:[\s-]?\d)*/g) ?? [];
    expect(numbers.filter((n) => !['999', '55', '111', '2'].includes(n))).toEqual([]);
  });
});
