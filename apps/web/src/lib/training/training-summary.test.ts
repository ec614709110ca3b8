import { describe, expect, it } from 'vitest';
import { moduleNamer, trainingLines } from './training-summary.ts';

const nameOf = moduleNamer([
  { key: 'safeguarding', name: 'Safeguarding', required: true },
  { key: 'managing_endings', name: 'Managing endings', required: true },
]);
const none = { current: true, missing: [], expired: [], expiringSoon: [] };

describe('trainingLines', () => {
  it('says all is current when nothing needs doing', () => {
    expect(trainingLines(none, nameOf)).toEqual([{ tone: 'ok', text: 'All required training is current.' }]);
  });

  it('puts what stops her first, then what runs out soon, with module names', () => {
    expect(
      trainingLines(
        {
          current: false,
          missing: ['keeping_focus'],
          expired: ['safeguarding'],
          expiringSoon: [{ module: 'managing_endings', expiresAt: '2026-12-05T23:59:59.000Z' }],
        },
        nameOf,
      ),
    ).toEqual([
      { tone: 'blocked', text: 'Expired: Safeguarding.' },
      { tone: 'blocked', text: 'Not yet recorded: keeping focus.' },
      { tone: 'soon', text: 'Managing endings runs out on 5 December 2026.' },
    ]);
  });
});
