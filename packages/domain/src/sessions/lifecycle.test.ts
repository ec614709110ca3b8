import { describe, expect, it } from 'vitest';
import type { SessionState } from '../schemas/sessions.ts';
import { clockState, type Effect, type SessionEvent, type SessionFacts, transition } from './lifecycle.ts';
import { keyStamp, type TimerTransition, timerKey, timersFor } from './timers.ts';

// A Tuesday evening session, 19:00–20:00 UTC, ending notice at 19:50.
const at = (hhmm: string) => new Date(`2026-11-10T${hhmm}:00Z`);
const base: SessionFacts = {
  id: 's1',
  state: 'scheduled',
  startsAt: at('19:00'),
  endsAt: at('20:00'),
  endingNoticeMinutes: 10,
  openedAt: null,
  closedAt: null,
  cancelledAt: null,
};
const inState = (state: SessionState, extra: Partial<SessionFacts> = {}): SessionFacts => ({
  ...base,
  state,
  openedAt: state === 'scheduled' || state === 'cancelled' ? null : at('19:00'),
  closedAt: state === 'closed' ? at('20:00') : null,
  cancelledAt: state === 'cancelled' ? at('12:00') : null,
  ...extra,
});

const timer = (type: TimerTransition, hhmm: string): SessionEvent => ({ type, by: 'timer', dueAt: at(hhmm) });
const person = (type: 'open' | 'close' | 'extend' | 'cancel'): SessionEvent => ({ type, by: 'facilitator' });

const hhmm = (d: Date) => d.toISOString().slice(11, 16);
/** Effects as short strings, so the tables read like the design. */
function show(effect: Effect): string {
  switch (effect.kind) {
    case 'schedule':
      return `schedule ${effect.transition} ${hhmm(effect.at)}`;
    case 'unschedule': {
      const m = /-(open|ending_notice|close)-\d{8}T(\d{2})(\d{2})\d{2}Z$/.exec(effect.key);
      return `unschedule ${m?.[1]} ${m?.[2]}:${m?.[3]}`;
    }
    case 'announce':
      return `announce ${effect.state}`;
    default:
      return effect.kind;
  }
}

type Expect = { to: SessionState; effects: string[] } | 'stale' | 'conflict';

// Every state × every event, each event at the time it would normally come.
const table: [SessionState, string, SessionEvent, string, Expect][] = [
  [
    'scheduled',
    'open timer',
    timer('open', '19:00'),
    '19:00',
    { to: 'open', effects: ['unlock_thread', 'announce open'] },
  ],
  [
    'scheduled',
    'open early',
    person('open'),
    '18:45',
    { to: 'open', effects: ['unschedule open 19:00', 'unlock_thread', 'announce open'] },
  ],
  [
    'scheduled',
    'ending_notice timer (open timer lost)',
    timer('ending_notice', '19:50'),
    '19:50',
    { to: 'ending', effects: ['unschedule open 19:00', 'unlock_thread', 'announce ending'] },
  ],
  [
    'scheduled',
    'close timer (earlier timers lost)',
    timer('close', '20:00'),
    '20:00',
    {
      to: 'closed',
      effects: ['unschedule open 19:00', 'unschedule ending_notice 19:50', 'lock_thread', 'announce closed'],
    },
  ],
  ['scheduled', 'close by facilitator', person('close'), '18:45', 'conflict'],
  ['scheduled', 'extend', person('extend'), '18:45', 'conflict'],
  [
    'scheduled',
    'cancel',
    person('cancel'),
    '12:00',
    {
      to: 'cancelled',
      effects: [
        'unschedule open 19:00',
        'unschedule ending_notice 19:50',
        'unschedule close 20:00',
        'notify_rsvps_cancelled',
        'announce cancelled',
      ],
    },
  ],

  ['open', 'open timer', timer('open', '19:00'), '19:00', 'stale'],
  ['open', 'open by facilitator', person('open'), '19:10', 'conflict'],
  [
    'open',
    'ending_notice timer',
    timer('ending_notice', '19:50'),
    '19:50',
    { to: 'ending', effects: ['announce ending'] },
  ],
  [
    'open',
    'close timer (notice lost)',
    timer('close', '20:00'),
    '20:00',
    { to: 'closed', effects: ['unschedule ending_notice 19:50', 'lock_thread', 'announce closed'] },
  ],
  [
    'open',
    'end early',
    person('close'),
    '19:30',
    {
      to: 'closed',
      effects: ['unschedule ending_notice 19:50', 'unschedule close 20:00', 'lock_thread', 'announce closed'],
    },
  ],
  [
    'open',
    'extend',
    person('extend'),
    '19:30',
    {
      to: 'open',
      effects: [
        'unschedule ending_notice 19:50',
        'unschedule close 20:00',
        'schedule ending_notice 20:05',
        'schedule close 20:15',
        'announce open',
      ],
    },
  ],
  ['open', 'cancel', person('cancel'), '19:30', 'conflict'],

  ['ending', 'open timer', timer('open', '19:00'), '19:55', 'stale'],
  ['ending', 'open by facilitator', person('open'), '19:55', 'conflict'],
  ['ending', 'ending_notice timer', timer('ending_notice', '19:50'), '19:50', 'stale'],
  [
    'ending',
    'close timer',
    timer('close', '20:00'),
    '20:00',
    { to: 'closed', effects: ['lock_thread', 'announce closed'] },
  ],
  [
    'ending',
    'end early',
    person('close'),
    '19:55',
    { to: 'closed', effects: ['unschedule close 20:00', 'lock_thread', 'announce closed'] },
  ],
  [
    'ending',
    'extend (back to open)',
    person('extend'),
    '19:55',
    {
      to: 'open',
      effects: ['unschedule close 20:00', 'schedule ending_notice 20:05', 'schedule close 20:15', 'announce open'],
    },
  ],
  ['ending', 'cancel', person('cancel'), '19:55', 'conflict'],

  ['closed', 'open timer', timer('open', '19:00'), '20:05', 'stale'],
  ['closed', 'open by facilitator', person('open'), '20:05', 'conflict'],
  ['closed', 'ending_notice timer', timer('ending_notice', '19:50'), '20:05', 'stale'],
  ['closed', 'close timer', timer('close', '20:00'), '20:05', 'stale'],
  ['closed', 'close by facilitator', person('close'), '20:05', 'conflict'],
  ['closed', 'extend', person('extend'), '20:05', 'conflict'],
  ['closed', 'cancel', person('cancel'), '20:05', 'conflict'],

  ['cancelled', 'open timer', timer('open', '19:00'), '19:00', 'stale'],
  ['cancelled', 'open by facilitator', person('open'), '18:45', 'conflict'],
  ['cancelled', 'ending_notice timer', timer('ending_notice', '19:50'), '19:50', 'stale'],
  ['cancelled', 'close timer', timer('close', '20:00'), '20:00', 'stale'],
  ['cancelled', 'close by facilitator', person('close'), '19:30', 'conflict'],
  ['cancelled', 'extend', person('extend'), '19:30', 'conflict'],
  ['cancelled', 'cancel', person('cancel'), '12:00', 'conflict'],
];

describe('transition: every state × event', () => {
  it.each(table)('%s + %s at %s', (state, _name, event, now, expected) => {
    const session = inState(state);
    const result = transition(session, event, at(now));
    if (expected === 'conflict') {
      expect(result).toMatchObject({ ok: false, code: 'conflict' });
      expect((result as { message: string }).message.length).toBeGreaterThan(10);
    } else if (expected === 'stale') {
      expect(result).toMatchObject({ ok: true, stale: true, effects: [] });
      if (result.ok) expect(result.next).toBe(session);
    } else {
      expect(result.ok && !result.stale).toBe(true);
      if (!result.ok || result.stale) return;
      expect(result.next.state).toBe(expected.to);
      expect(result.effects.map(show)).toEqual(expected.effects);
    }
  });

  it('covers all 35 combinations', () => {
    expect(new Set(table.map(([s, , e]) => `${s}/${e.type}/${e.by}`)).size).toBe(35);
  });
});

describe('what a transition records', () => {
  it('stamps openedAt when it opens, closedAt when it closes, cancelledAt when cancelled', () => {
    const opened = transition(base, person('open'), at('18:40'));
    expect(opened.ok && opened.next.openedAt).toEqual(at('18:40'));
    const closed = transition(inState('open'), person('close'), at('19:30'));
    expect(closed.ok && closed.next.closedAt).toEqual(at('19:30'));
    expect(closed.ok && closed.next.endsAt).toEqual(at('20:00')); // the plan stays; closedAt says what happened
    const cancelled = transition(base, person('cancel'), at('12:00'));
    expect(cancelled.ok && cancelled.next.cancelledAt).toEqual(at('12:00'));
  });

  it('never mutates the facts it was given', () => {
    const session = inState('open');
    const copy = structuredClone(session);
    transition(session, person('extend'), at('19:30'));
    transition(session, person('close'), at('19:30'));
    expect(session).toEqual(copy);
  });
});

describe('opening early', () => {
  it.each([
    ['18:29', false],
    ['18:30', true],
    ['18:59', true],
  ])('at %s allowed: %s (30 minutes at most)', (now, allowed) => {
    expect(transition(base, person('open'), at(now)).ok).toBe(allowed);
  });

  it('opened by hand inside the notice window goes straight to ending', () => {
    const r = transition(base, person('open'), at('19:52'));
    expect(r.ok && r.next.state).toBe('ending');
  });

  it('refuses to open a session whose end has passed (its timer will close it)', () => {
    expect(transition(base, person('open'), at('20:01'))).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('timers that fire late', () => {
  it('an open timer inside the notice window opens straight into ending', () => {
    const r = transition(base, timer('open', '19:00'), at('19:55'));
    expect(r.ok && !r.stale && r.next.state).toBe('ending');
    // the notice timer it overtook is tidied away (it would be stale anyway)
    expect(r.ok && r.effects.map(show)).toEqual(['unschedule ending_notice 19:50', 'unlock_thread', 'announce ending']);
  });

  it('an open timer after the end goes straight to closed, and the session never counts as opened', () => {
    const r = transition(base, timer('open', '19:00'), at('21:00'));
    if (!r.ok || r.stale) throw new Error('expected applied');
    expect(r.next).toMatchObject({ state: 'closed', openedAt: null, closedAt: at('21:00') });
    expect(r.effects.map(show)).toEqual([
      'unschedule ending_notice 19:50',
      'unschedule close 20:00',
      'lock_thread',
      'announce closed',
    ]);
    // the timers it overtook then arrive and do nothing
    expect(transition(r.next, timer('ending_notice', '19:50'), at('21:00'))).toMatchObject({ stale: true });
    expect(transition(r.next, timer('close', '20:00'), at('21:00'))).toMatchObject({ stale: true });
  });

  it('an ending_notice timer after the end closes the session', () => {
    const r = transition(inState('open'), timer('ending_notice', '19:50'), at('20:30'));
    expect(r.ok && r.next.state).toBe('closed');
  });

  it('a timer that fires a little early (clock skew) still makes its own transition', () => {
    const r = transition(base, timer('open', '19:00'), at('18:59'));
    expect(r.ok && r.next.state).toBe('open');
  });
});

describe('timers that fire twice or no longer match', () => {
  it('a second close does nothing', () => {
    const first = transition(inState('ending'), timer('close', '20:00'), at('20:00'));
    if (!first.ok) throw new Error('expected ok');
    const second = transition(first.next, timer('close', '20:00'), at('20:00'));
    expect(second).toEqual({ ok: true, stale: true, next: first.next, effects: [], why: expect.any(String) });
  });

  it('the open timer after an early open does nothing', () => {
    const early = transition(base, person('open'), at('18:45'));
    if (!early.ok) throw new Error('expected ok');
    expect(transition(early.next, timer('open', '19:00'), at('19:00'))).toMatchObject({ stale: true, effects: [] });
  });

  it('after an extension the old notice and close timers are stale and the new ones apply', () => {
    const ext = transition(inState('open'), person('extend'), at('19:30'));
    if (!ext.ok) throw new Error('expected ok');
    const s = ext.next;
    expect(s.endsAt).toEqual(at('20:15'));
    expect(transition(s, timer('ending_notice', '19:50'), at('19:50'))).toMatchObject({ stale: true });
    expect(transition(s, timer('close', '20:00'), at('20:00'))).toMatchObject({ stale: true });
    const notice = transition(s, timer('ending_notice', '20:05'), at('20:05'));
    if (!notice.ok) throw new Error('expected ok');
    expect(notice.next.state).toBe('ending');
    const close = transition(notice.next, timer('close', '20:15'), at('20:15'));
    expect(close.ok && close.next.state).toBe('closed');
  });

  it('an open timer for a start time the session no longer has (rescheduled) is stale', () => {
    const moved = { ...base, startsAt: at('19:30'), endsAt: at('20:30') };
    expect(transition(moved, timer('open', '19:00'), at('19:00'))).toMatchObject({ stale: true });
  });

  it('an ending_notice timer for a session without a notice is stale', () => {
    const quiet = inState('open', { endingNoticeMinutes: 0 });
    expect(transition(quiet, timer('ending_notice', '20:00'), at('20:00'))).toMatchObject({ stale: true });
  });

  it('replaying every timer twice, in any order, gives each transition exactly once', () => {
    const jobs = timersFor(base);
    const orders = [
      [...jobs, ...jobs],
      [...jobs].reverse().concat(jobs),
      [jobs[1]!, jobs[0]!, jobs[1]!, jobs[2]!, jobs[0]!, jobs[2]!],
    ];
    for (const order of orders) {
      let s = base;
      const announced: string[] = [];
      for (const job of order) {
        const r = transition(s, { type: job.transition, by: 'timer', dueAt: job.dueAt }, job.dueAt);
        if (!r.ok) throw new Error(r.message);
        for (const e of r.effects) if (e.kind === 'announce' || e.kind.endsWith('_thread')) announced.push(show(e));
        s = r.next;
      }
      expect(s.state).toBe('closed');
      expect(announced.filter((a) => a === 'announce closed')).toHaveLength(1);
      expect(announced.filter((a) => a === 'unlock_thread').length).toBeLessThanOrEqual(1);
      expect(announced.filter((a) => a === 'lock_thread')).toHaveLength(1);
    }
  });
});

describe('extending', () => {
  it('from ending stays ending when the new notice time has already come (a 20-minute notice)', () => {
    const s = inState('ending', { endingNoticeMinutes: 20 });
    const r = transition(s, person('extend'), at('19:58'));
    // new end 20:15, notice at 19:55: already past
    expect(r.ok && r.next).toMatchObject({ state: 'ending', endsAt: at('20:15') });
    expect(r.ok && r.effects.map(show)).toEqual(['unschedule close 20:00', 'schedule close 20:15', 'announce ending']);
  });

  it('from ending goes back to open when the new notice time is ahead (a 20-minute notice)', () => {
    const s = inState('ending', { endingNoticeMinutes: 20 });
    const r = transition(s, person('extend'), at('19:45'));
    expect(r.ok && r.next.state).toBe('open');
  });

  it('an overrun session (its close timer late) gets 15 minutes from now, not from the old end', () => {
    const r = transition(inState('ending'), person('extend'), at('20:10'));
    expect(r.ok && r.next.endsAt).toEqual(at('20:25'));
  });

  it('can be extended again', () => {
    const once = transition(inState('open'), person('extend'), at('19:30'));
    if (!once.ok) throw new Error('expected ok');
    const twice = transition(once.next, person('extend'), at('19:40'));
    expect(twice.ok && twice.next.endsAt).toEqual(at('20:30'));
  });
});

describe('clockState', () => {
  it.each([
    ['18:59', 'scheduled'],
    ['19:00', 'open'],
    ['19:49', 'open'],
    ['19:50', 'ending'],
    ['20:00', 'closed'],
  ] as const)('at %s → %s', (now, state) => {
    expect(clockState(base, at(now))).toBe(state);
  });
});

describe('timersFor', () => {
  it.each([
    ['scheduled', ['open 19:00', 'ending_notice 19:50', 'close 20:00']],
    ['open', ['ending_notice 19:50', 'close 20:00']],
    ['ending', ['close 20:00']],
    ['closed', []],
    ['cancelled', []],
  ] as const)('a %s session needs %o', (state, expected) => {
    expect(timersFor(inState(state)).map((t) => `${t.transition} ${hhmm(t.dueAt)}`)).toEqual(expected);
  });

  it('leaves out the ending notice when it is 0', () => {
    expect(timersFor({ ...base, endingNoticeMinutes: 0 }).map((t) => t.transition)).toEqual(['open', 'close']);
  });

  it('derives job ids from session, transition and due time, without colons', () => {
    const [open] = timersFor({ ...base, id: '0b7e7f2c-1f0e-4a55-9d1a-6a7d8c7c1e11' });
    expect(open).toEqual({
      key: 'session-0b7e7f2c-1f0e-4a55-9d1a-6a7d8c7c1e11-open-20261110T190000Z',
      sessionId: '0b7e7f2c-1f0e-4a55-9d1a-6a7d8c7c1e11',
      transition: 'open',
      dueAt: at('19:00'),
    });
    expect(open?.key).not.toContain(':');
    expect(timerKey('s1', 'close', new Date('2026-11-10T20:00:00.250Z'))).toBe('session-s1-close-20261110T200000250Z');
    expect(keyStamp(at('20:00'))).toBe('20261110T200000Z');
  });

  it('returns timers already due, so a rebuild after Redis is emptied catches the session up', () => {
    const timers = timersFor(inState('open'));
    const now = at('20:30'); // the worker was down past the end
    let s = inState('open');
    for (const t of timers) {
      const r = transition(s, { type: t.transition, by: 'timer', dueAt: t.dueAt }, now);
      if (!r.ok) throw new Error(r.message);
      s = r.next;
    }
    expect(s.state).toBe('closed');
  });
});
