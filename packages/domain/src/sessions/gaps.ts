import type { SessionState } from '../schemas/sessions.ts';

/**
 * "A session with no current facilitator within the next 7 days is shown to admins as a gap."
 * A session runs only with a facilitator whose training is current, so a lapsed facilitator
 * is as much a gap as none at all; the reason says which, so the admin knows what to fix.
 */
export const GAP_HORIZON_DAYS = 7;

export type GapReason = 'no_facilitator' | 'training_not_current';

export interface GapCandidate {
  id: string;
  state: SessionState;
  startsAt: Date;
  facilitatorId: string | null;
  /** the assigned facilitator's training is current on the session's day (false if none) */
  facilitatorTrainingCurrent: boolean;
}

export interface ScheduleGap {
  sessionId: string;
  startsAt: Date;
  reason: GapReason;
}

/** Scheduled sessions starting in [now, now + horizon) without a current facilitator, soonest first. */
export function scheduleGaps(
  sessions: readonly GapCandidate[],
  now: Date,
  horizonDays = GAP_HORIZON_DAYS,
): ScheduleGap[] {
  const from = now.getTime();
  const to = from + horizonDays * 86_400_000;
  const gaps: ScheduleGap[] = [];
  for (const s of sessions) {
    const t = s.startsAt.getTime();
    if (s.state !== 'scheduled' || t < from || t >= to) continue;
    if (s.facilitatorId === null) gaps.push({ sessionId: s.id, startsAt: s.startsAt, reason: 'no_facilitator' });
    else if (!s.facilitatorTrainingCurrent) {
      gaps.push({ sessionId: s.id, startsAt: s.startsAt, reason: 'training_not_current' });
    }
  }
  return gaps.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
