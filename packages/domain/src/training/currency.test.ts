import { describe, expect, it } from 'vitest';
import { type TrainingRecord, trainingStatus, trainingStatusView } from './currency.ts';

const now = new Date('2026-11-10T12:00:00Z');
const day = 86_400_000;
const days = (n: number) => new Date(now.getTime() + n * day);
const rec = (module: string, expiresInDays: number | null, completedDaysAgo = 200): TrainingRecord => ({
  module,
  completedAt: days(-completedDaysAgo),
  expiresAt: expiresInDays === null ? null : days(expiresInDays),
});
const all = (expires: number | null) => [
  rec('safeguarding', expires),
  rec('keeping_focus', expires),
  rec('managing_endings', expires),
];

describe('trainingStatus with the default modules', () => {
  it.each([
    ['all three current', all(365), { current: true, missing: [], expired: [], soon: [] }],
    [
      'none at all',
      [],
      { current: false, missing: ['safeguarding', 'keeping_focus', 'managing_endings'], expired: [], soon: [] },
    ],
    [
      'one missing',
      [rec('safeguarding', 365), rec('keeping_focus', 365)],
      { current: false, missing: ['managing_endings'], expired: [], soon: [] },
    ],
    [
      'one expired yesterday',
      [rec('safeguarding', -1), rec('keeping_focus', 365), rec('managing_endings', 365)],
      { current: false, missing: [], expired: ['safeguarding'], soon: [] },
    ],
    [
      'one expiring right now counts as expired',
      [rec('safeguarding', 0), rec('keeping_focus', 365), rec('managing_endings', 365)],
      { current: false, missing: [], expired: ['safeguarding'], soon: [] },
    ],
    [
      'expiring in 30 days: current, but flagged',
      [rec('safeguarding', 30), rec('keeping_focus', 365), rec('managing_endings', 10)],
      { current: true, missing: [], expired: [], soon: ['managing_endings', 'safeguarding'] },
    ],
    ['expiring in 31 days: not yet flagged', all(31), { current: true, missing: [], expired: [], soon: [] }],
    ['modules that never expire', all(null), { current: true, missing: [], expired: [], soon: [] }],
    [
      'a renewal outlasts the expired record',
      [...all(365), rec('safeguarding', -30, 400)],
      { current: true, missing: [], expired: [], soon: [] },
    ],
    [
      'a record dated in the future does not count yet',
      [rec('safeguarding', 400, -5), rec('keeping_focus', 365), rec('managing_endings', 365)],
      { current: false, missing: ['safeguarding'], expired: [], soon: [] },
    ],
    [
      'an unrequired module is ignored, even expired',
      [...all(365), rec('first_aid', -10)],
      { current: true, missing: [], expired: [], soon: [] },
    ],
  ] as const)('%s', (_name, records, expected) => {
    const status = trainingStatus(records, undefined, now);
    expect({
      current: status.current,
      missing: status.missing,
      expired: status.expired,
      soon: status.expiringSoon.map((e) => e.module),
    }).toEqual(expected);
  });
});

describe('trainingStatus with the service’s own modules', () => {
  it('requires exactly the modules listed, once each', () => {
    const required = ['safeguarding', 'infant_feeding', 'safeguarding'];
    expect(trainingStatus([rec('safeguarding', 100)], required, now)).toEqual({
      current: false,
      missing: ['infant_feeding'],
      expired: [],
      expiringSoon: [],
    });
    expect(trainingStatus([rec('safeguarding', 100), rec('infant_feeding', 5)], required, now)).toMatchObject({
      current: true,
      expiringSoon: [{ module: 'infant_feeding', expiresAt: days(5) }],
    });
  });

  it('no required modules: current', () => {
    expect(trainingStatus([], [], now).current).toBe(true);
  });

  it('has an API view with ISO dates', () => {
    const view = trainingStatusView(trainingStatus(all(3), undefined, now));
    expect(view.expiringSoon[0]).toEqual({ module: 'safeguarding', expiresAt: days(3).toISOString() });
  });
});
