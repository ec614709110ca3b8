import type { SessionState } from '../schemas/sessions.ts';

/**
 * The delayed jobs that move a session on time (BullMQ in apps/api). A timer is identified by
 * session + transition + the instant it was due, and that identity is its job id:
 *
 * - enqueueing the same timer twice runs it once (BullMQ ignores a job id it already has);
 * - a timer whose due time no longer matches the session (it was extended, opened early…) is
 *   recognised as stale when it fires, because its `dueAt` is not the one the session expects;
 * - after Redis is emptied, `timersFor(session)` for every scheduled/open/ending row says
 *   exactly which jobs to put back. Timers already due are still returned: enqueue them with
 *   delay 0 and `transition()` catches the session up (see lifecycle.ts, "late timers").
 *
 * Job payloads carry `{ sessionId, transition, dueAt }` (ids only); the processor re-reads the
 * session and calls `transition(facts, { type: transition, by: 'timer', dueAt }, now)`.
 */
export const timerTransitions = ['open', 'ending_notice', 'close'] as const;
export type TimerTransition = (typeof timerTransitions)[number];

export interface SessionTimer {
  /** the job id: `session-<id>-<transition>-<dueAt as 20261025T180000Z>` */
  key: string;
  sessionId: string;
  transition: TimerTransition;
  dueAt: Date;
}

/** What the timers need to know about a session (a subset of SessionFacts). */
export interface TimedSession {
  id: string;
  state: SessionState;
  startsAt: Date;
  endsAt: Date;
  /** 0 = no ending notice: the session goes straight from open to closed */
  endingNoticeMinutes: number;
}

/**
 * Compact UTC stamp for keys: no `:` (BullMQ throws "Custom Id cannot contain :", it uses `:`
 * in its own Redis keys) and never all digits (BullMQ refuses integer-looking custom ids).
 * Milliseconds appear only when present, so keys stay readable in a queue dashboard.
 */
export function keyStamp(at: Date): string {
  const iso = at.toISOString();
  const ms = iso.slice(20, 23);
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}${ms === '000' ? '' : ms}Z`;
}

export const timerKey = (sessionId: string, transition: TimerTransition, dueAt: Date): string =>
  `session-${sessionId}-${transition}-${keyStamp(dueAt)}`;

/** When the ending notice is due, or null when the session has none. */
export function endingNoticeAt(session: Pick<TimedSession, 'endsAt' | 'endingNoticeMinutes'>): Date | null {
  if (session.endingNoticeMinutes <= 0) return null;
  return new Date(session.endsAt.getTime() - session.endingNoticeMinutes * 60_000);
}

/** The instant each timer of this session is due, as the session stands now. */
export function dueAtFor(session: TimedSession, transition: TimerTransition): Date | null {
  if (transition === 'open') return session.startsAt;
  if (transition === 'close') return session.endsAt;
  return endingNoticeAt(session);
}

/** Which timers are still ahead of a session in each state. */
const pending: Record<SessionState, readonly TimerTransition[]> = {
  scheduled: ['open', 'ending_notice', 'close'],
  open: ['ending_notice', 'close'],
  ending: ['close'],
  closed: [],
  cancelled: [],
};

/**
 * Every timer the session still needs, all at once: a scheduled session gets its open, ending
 * notice and close timers when it is scheduled, not one after another, so one lost job cannot
 * strand a session (a close timer closes a session whose open timer never ran).
 */
export function timersFor(session: TimedSession): SessionTimer[] {
  const out: SessionTimer[] = [];
  for (const transition of pending[session.state]) {
    const dueAt = dueAtFor(session, transition);
    if (dueAt) out.push({ key: timerKey(session.id, transition, dueAt), sessionId: session.id, transition, dueAt });
  }
  return out;
}
