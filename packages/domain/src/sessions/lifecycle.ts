import { type Refusal, refuse } from '../errors.ts';
import type { SessionState } from '../schemas/sessions.ts';
import { dueAtFor, endingNoticeAt, type TimedSession, type TimerTransition, timerKey, timersFor } from './timers.ts';

/**
 * The session state machine (issue 4):
 *
 * | from          | event                                                     | to                              |
 * | ------------- | --------------------------------------------------------- | ------------------------------- |
 * | scheduled     | `open`: the timer at the start, or the facilitator up to 30 min early | open (further if late) |
 * | scheduled     | `cancel`: the facilitator, before it opens                | cancelled                       |
 * | open          | `ending_notice`: the timer N minutes before the end       | ending                          |
 * | open, ending  | `close`: the timer at the end, or the facilitator early   | closed                          |
 * | open, ending  | `extend`: the facilitator, +15 minutes                    | open, or ending if still inside the notice window |
 *
 * A current timer may also skip states (its predecessor was lost or it fired late: see below).
 * Anything else is a Refusal (from a person) or stale (from a timer). closed and cancelled are final.
 *
 * `transition()` is pure: it answers what the session becomes and which side effects the I/O
 * layer must carry out. The caller (an API route or a BullMQ processor) should:
 *
 * 1. re-read the session row and call `transition(facts, event, now)`;
 * 2. on a Refusal, answer 409 (a person) — timers never get refusals, see below;
 * 3. on `stale: true`, do nothing (log `why` at debug) and finish the job successfully;
 * 4. otherwise write `next` **conditionally** (`… WHERE state = $prev.state AND ends_at =
 *    $prev.endsAt`) so two events racing on one session cannot both apply; if no row changed,
 *    go back to 1 (the second attempt is then usually stale);
 * 5. after commit, carry out `effects` in order (timers, thread, then the announcement).
 *
 * **Timers that fire late or twice.** BullMQ may run a job after its time (the worker was
 * down) or more than once (a retry after a crash, a sweeper re-enqueueing). A timer event
 * carries the `dueAt` it was scheduled for, so:
 * - a timer for a transition the session has already made (a second `close`, an `open` after
 *   the facilitator opened early), for a session that was cancelled, or for a due time the
 *   session no longer has (an `ending_notice`/`close` for the end before an extension) is
 *   **stale**: `{ ok: true, stale: true, next: same, effects: [] }`, never an error and never a
 *   second round of effects;
 * - a current timer that fires late moves the session to where the clock says it should be,
 *   at least as far as the timer's own transition: an `open` that fires after the end goes
 *   straight to closed, one that fires inside the notice window goes straight to ending.
 *   The timers it skipped then arrive stale.
 */
export const EARLY_OPEN_MINUTES = 30;
export const EXTEND_MINUTES = 15;

/** What the state machine needs to know about a session (one row, re-read before every event). */
export interface SessionFacts extends TimedSession {
  /** when it actually opened (early, on time or late); null if it never did */
  openedAt: Date | null;
  /** when it closed (on time or early) */
  closedAt: Date | null;
  cancelledAt: Date | null;
}

/**
 * Timer events come from the delayed jobs in timers.ts and carry the instant they were due.
 * Facilitator events come from a person (the session's facilitator or an admin) whom the route
 * has already authorised with `canControlSession`; the state machine only checks the state
 * and the clock.
 */
export type SessionEvent =
  | { type: TimerTransition; by: 'timer'; dueAt: Date }
  | { type: 'open' | 'close' | 'extend' | 'cancel'; by: 'facilitator' };

/** What the I/O layer must do after committing `next`, in this order. */
export type Effect =
  /** enqueue a delayed job with `key` as its job id, delay max(0, at − now) */
  | { kind: 'schedule'; key: string; transition: TimerTransition; at: Date }
  /** remove a job that can no longer be current; best effort (if it runs anyway it is stale) */
  | { kind: 'unschedule'; key: string }
  /** the session thread accepts posts (ground rules and focus prompt are shown on entry) */
  | { kind: 'unlock_thread' }
  /** the session thread stops accepting posts; idempotent */
  | { kind: 'lock_thread' }
  /** publish `session.state` with the new facts to `group:ID` (and the session's thread) */
  | { kind: 'announce'; state: SessionState }
  /** tell everyone who RSVPed (going or waitlisted) that it was cancelled */
  | { kind: 'notify_rsvps_cancelled' };

export type Applied = { ok: true; stale: false; next: SessionFacts; effects: Effect[] };
export type Stale = { ok: true; stale: true; next: SessionFacts; effects: []; why: string };
export type TransitionResult = Applied | Stale | Refusal;

/** Progress order; `cancelled` is off to the side and ends everything. */
const rank: Record<Exclude<SessionState, 'cancelled'>, number> = { scheduled: 0, open: 1, ending: 2, closed: 3 };
type Progress = keyof typeof rank;
const later = (a: Progress, b: Progress): Progress => (rank[a] >= rank[b] ? a : b);
const reachedBy: Record<TimerTransition, Progress> = { open: 'open', ending_notice: 'ending', close: 'closed' };

/**
 * Where the clock alone would put a session that is not cancelled: before the start, scheduled;
 * then open; from the ending notice, ending; from the end, closed. Useful to a sweeper too: a
 * session whose state is behind its clock state has lost a timer.
 */
export function clockState(session: TimedSession, now: Date): Progress {
  const t = now.getTime();
  if (t >= session.endsAt.getTime()) return 'closed';
  const notice = endingNoticeAt(session);
  if (notice && t >= notice.getTime()) return 'ending';
  if (t >= session.startsAt.getTime()) return 'open';
  return 'scheduled';
}

/** Open and ending are the live states: the thread takes posts and the live controls work. */
export const isLive = (state: SessionState): boolean => state === 'open' || state === 'ending';

export function transition(session: SessionFacts, event: SessionEvent, now: Date): TransitionResult {
  if (event.by === 'timer') return onTimer(session, event, now);
  switch (event.type) {
    case 'open':
      return openByFacilitator(session, now);
    case 'close':
      return closeByFacilitator(session, now);
    case 'extend':
      return extend(session, now);
    case 'cancel':
      return cancel(session, now);
  }
}

function stale(session: SessionFacts, why: string): Stale {
  return { ok: true, stale: true, next: session, effects: [], why };
}

function onTimer(session: SessionFacts, event: { type: TimerTransition; dueAt: Date }, now: Date): TransitionResult {
  const { state } = session;
  if (state === 'cancelled') return stale(session, `${event.type} timer for a cancelled session`);
  const target = reachedBy[event.type];
  if (rank[state] >= rank[target]) return stale(session, `${event.type} timer, but the session is already ${state}`);
  const expected = dueAtFor(session, event.type);
  if (!expected || expected.getTime() !== event.dueAt.getTime()) {
    return stale(
      session,
      `${event.type} timer due ${event.dueAt.toISOString()}, but the session now expects ${expected?.toISOString() ?? 'none'}`,
    );
  }
  const firing = timerKey(session.id, event.type, event.dueAt);
  return advance(session, later(target, clockState(session, now)), now, firing);
}

function openByFacilitator(session: SessionFacts, now: Date): TransitionResult {
  if (session.state !== 'scheduled') return refuse('conflict', alreadyMessage[session.state]);
  const earliest = session.startsAt.getTime() - EARLY_OPEN_MINUTES * 60_000;
  if (now.getTime() < earliest) {
    return refuse('conflict', `You can open a session up to ${EARLY_OPEN_MINUTES} minutes before it starts.`);
  }
  const clock = clockState(session, now);
  if (clock === 'closed') return refuse('conflict', "This session's time has passed, so it can't be opened now.");
  return advance(session, later('open', clock), now);
}

function closeByFacilitator(session: SessionFacts, now: Date): TransitionResult {
  if (!isLive(session.state)) {
    return refuse(
      'conflict',
      session.state === 'scheduled'
        ? "This session hasn't started. You can cancel it instead."
        : alreadyMessage[session.state],
    );
  }
  return advance(session, 'closed', now);
}

/**
 * Fifteen more minutes from the planned end (or from now, if the end has passed and the close
 * timer is merely late). The old ending-notice and close timers become stale; new ones are
 * scheduled. An ending session whose new notice time is still ahead goes back to open.
 */
function extend(session: SessionFacts, now: Date): TransitionResult {
  if (!isLive(session.state)) {
    return refuse(
      'conflict',
      session.state === 'scheduled' ? 'A session can be extended once it is open.' : alreadyMessage[session.state],
    );
  }
  const base = Math.max(session.endsAt.getTime(), now.getTime());
  const moved: SessionFacts = { ...session, endsAt: new Date(base + EXTEND_MINUTES * 60_000) };
  const notice = endingNoticeAt(moved);
  const state: SessionState = notice && now.getTime() >= notice.getTime() ? 'ending' : 'open';
  const next: SessionFacts = { ...moved, state };
  return { ok: true, stale: false, next, effects: [...timerChanges(session, next), { kind: 'announce', state }] };
}

function cancel(session: SessionFacts, now: Date): TransitionResult {
  if (session.state !== 'scheduled') {
    return refuse(
      'conflict',
      isLive(session.state)
        ? 'This session has already started. You can end it instead.'
        : alreadyMessage[session.state],
    );
  }
  const next: SessionFacts = { ...session, state: 'cancelled', cancelledAt: now };
  return {
    ok: true,
    stale: false,
    next,
    effects: [
      ...timerChanges(session, next),
      { kind: 'notify_rsvps_cancelled' },
      { kind: 'announce', state: 'cancelled' },
    ],
  };
}

const alreadyMessage: Record<SessionState, string> = {
  scheduled: 'This session has not started yet.',
  open: 'This session is already open.',
  ending: 'This session is already open and ending soon.',
  closed: 'This session has already ended.',
  cancelled: 'This session was cancelled.',
};

/** Move forward to `target` (never back): stamps, thread, timers and the announcement. */
function advance(session: SessionFacts, target: Progress, now: Date, firingKey?: string): Applied {
  const next: SessionFacts = { ...session, state: target };
  const wasScheduled = session.state === 'scheduled';
  if (wasScheduled && target !== 'closed') next.openedAt = now;
  if (target === 'closed') next.closedAt = now;
  const effects: Effect[] = timerChanges(session, next, firingKey);
  if (wasScheduled && target !== 'closed') effects.push({ kind: 'unlock_thread' });
  // A session reached straight from scheduled (its open timer ran after the end) never had
  // its thread unlocked; locking again is harmless and makes the end state certain.
  if (target === 'closed') effects.push({ kind: 'lock_thread' });
  effects.push({ kind: 'announce', state: target });
  return { ok: true, stale: false, next, effects };
}

/**
 * The difference between the timers `prev` still needed and those `next` needs: new ones to
 * schedule, obsolete ones to remove. The timer now firing is left alone (a running job can't
 * be removed, and it finishes by itself).
 */
function timerChanges(prev: SessionFacts, next: SessionFacts, firingKey?: string): Effect[] {
  const before = timersFor(prev);
  const after = timersFor(next);
  const beforeKeys = new Set(before.map((t) => t.key));
  const afterKeys = new Set(after.map((t) => t.key));
  const effects: Effect[] = [];
  for (const t of before) {
    if (!afterKeys.has(t.key) && t.key !== firingKey) effects.push({ kind: 'unschedule', key: t.key });
  }
  for (const t of after) {
    if (!beforeKeys.has(t.key)) effects.push({ kind: 'schedule', key: t.key, transition: t.transition, at: t.dueAt });
  }
  return effects;
}
