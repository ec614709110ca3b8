import { describe, expect, it } from 'vitest';
import { canManageCalendarLink, canReadGroupCalendar } from './calendar.ts';

describe('calendar policies', () => {
  it.each([
    [null, 'unauthenticated'],
    [{ id: 'u1', role: 'member' as const }, null],
    [{ id: 'a1', role: 'admin' as const }, null],
  ])('her own link: %o → %s', (actor, refusal) => {
    const d = canManageCalendarLink(actor);
    expect(d.ok ? null : d.code).toBe(refusal);
  });

  it.each([
    ['open', null],
    ['request', 'not_found'],
  ] as const)('a %s group feed → %s', (joinPolicy, refusal) => {
    const d = canReadGroupCalendar({ joinPolicy });
    expect(d.ok ? null : d.code).toBe(refusal);
  });
});
