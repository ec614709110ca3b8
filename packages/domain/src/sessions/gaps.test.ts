import { describe, expect, it } from 'vitest';
import { type GapCandidate, scheduleGaps } from './gaps.ts';

const now = new Date('2026-11-10T12:00:00Z');
const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000);
const s = (id: string, startsIn: number, patch: Partial<GapCandidate> = {}): GapCandidate => ({
  id,
  state: 'scheduled',
  startsAt: inDays(startsIn),
  facilitatorId: 'f',
  facilitatorTrainingCurrent: true,
  ...patch,
});

describe('scheduleGaps', () => {
  it('finds scheduled sessions in the next 7 days without a current facilitator, soonest first', () => {
    const gaps = scheduleGaps(
      [
        s('fine', 1),
        s('lapsed', 3, { facilitatorTrainingCurrent: false }),
        s('nobody', 2, { facilitatorId: null, facilitatorTrainingCurrent: false }),
        s('too far', 7, { facilitatorId: null }),
        s('started', -0.01, { facilitatorId: null }),
        s('cancelled', 1, { state: 'cancelled', facilitatorId: null }),
        s('open now', 0, { state: 'open', facilitatorId: null }),
        s('just inside', 6.99, { facilitatorId: null }),
      ],
      now,
    );
    expect(gaps.map((g) => [g.sessionId, g.reason])).toEqual([
      ['nobody', 'no_facilitator'],
      ['lapsed', 'training_not_current'],
      ['just inside', 'no_facilitator'],
    ]);
  });

  it('takes another horizon', () => {
    expect(scheduleGaps([s('a', 10, { facilitatorId: null })], now, 14)).toHaveLength(1);
  });
});
