import { describe, expect, it } from 'vitest';
import type { SessionState } from '../schemas/sessions.ts';
import type { Actor, MembershipFacts } from './actor.ts';
import {
  canAssignFacilitator,
  canCheckOut,
  canControlSession,
  canLeadSession,
  canManageLiveSession,
  canRsvp,
  canScheduleSession,
  canSeeAttendance,
  type SchedulerFacts,
  type SessionAccessFacts,
  sessionAbilities,
} from './sessions.ts';

const visitor: Actor = null;
const member: Actor = { id: 'm', role: 'member' };
const facilitator: Actor = { id: 'f', role: 'member' };
const otherFacilitator: Actor = { id: 'f2', role: 'member' };
const moderator: Actor = { id: 'mod', role: 'moderator' };
const admin: Actor = { id: 'a', role: 'admin' };

const asMember: MembershipFacts = { status: 'active', role: 'member', groundRulesAccepted: true };
const asFacilitator: MembershipFacts = { status: 'active', role: 'facilitator', groundRulesAccepted: true };
const requested: MembershipFacts = { status: 'requested', role: 'member', groundRulesAccepted: false };

const session = (state: SessionState, extra: Partial<SessionAccessFacts> = {}): SessionAccessFacts => ({
  state,
  facilitatorId: 'f',
  facilitatorTrainingCurrent: true,
  membership: asMember,
  ...extra,
});

type Outcome = true | string;
const check = (decision: { ok: boolean; code?: string }, expected: Outcome) => {
  if (expected === true) expect(decision.ok).toBe(true);
  else expect(decision).toMatchObject({ ok: false, code: expected });
};

describe('canScheduleSession', () => {
  const table: [string, Actor, SchedulerFacts, Outcome][] = [
    ['visitor', visitor, { groupRole: null, trainingCurrent: false }, 'unauthenticated'],
    ['member', member, { groupRole: 'member', trainingCurrent: false }, 'forbidden'],
    [
      'member with training (not a facilitator here)',
      member,
      { groupRole: 'member', trainingCurrent: true },
      'forbidden',
    ],
    ['outsider', member, { groupRole: null, trainingCurrent: true }, 'forbidden'],
    ['facilitator, training current', facilitator, { groupRole: 'facilitator', trainingCurrent: true }, true],
    ['facilitator, training lapsed', facilitator, { groupRole: 'facilitator', trainingCurrent: false }, 'forbidden'],
    ['moderator', moderator, { groupRole: null, trainingCurrent: false }, 'forbidden'],
    ['admin', admin, { groupRole: null, trainingCurrent: false }, true],
  ];
  it.each(table)('%s', (_name, actor, facts, expected) => check(canScheduleSession(actor, facts), expected));

  it('tells a lapsed facilitator why', () => {
    const r = canScheduleSession(facilitator, { groupRole: 'facilitator', trainingCurrent: false });
    expect(!r.ok && r.message).toMatch(/training/);
  });
});

describe('leading, controlling and managing a live session', () => {
  // [name, actor, session, lead, control, manageLive]
  const table: [string, Actor, SessionAccessFacts, Outcome, Outcome, Outcome][] = [
    ['visitor', visitor, session('open'), 'unauthenticated', 'unauthenticated', 'unauthenticated'],
    ['a member', member, session('open'), 'forbidden', 'forbidden', 'forbidden'],
    ['another facilitator of the group', otherFacilitator, session('open'), 'forbidden', 'forbidden', 'forbidden'],
    ['a moderator', moderator, session('open'), 'forbidden', 'forbidden', 'forbidden'],
    ['its facilitator, open', facilitator, session('open'), true, true, true],
    ['its facilitator, ending', facilitator, session('ending'), true, true, true],
    ['its facilitator, scheduled', facilitator, session('scheduled'), true, true, 'conflict'],
    ['its facilitator, closed', facilitator, session('closed'), true, true, 'conflict'],
    [
      'its facilitator, training lapsed',
      facilitator,
      session('open', { facilitatorTrainingCurrent: false }),
      'forbidden',
      'forbidden',
      'forbidden',
    ],
    ['an admin, open', admin, session('open'), 'forbidden', true, true],
    [
      'an admin, facilitator lapsed',
      admin,
      session('open', { facilitatorTrainingCurrent: false }),
      'forbidden',
      true,
      true,
    ],
    ['an admin, cancelled', admin, session('cancelled'), 'forbidden', true, 'conflict'],
    [
      'nobody assigned: a member',
      member,
      session('scheduled', { facilitatorId: null }),
      'forbidden',
      'forbidden',
      'forbidden',
    ],
  ];
  it.each(table)('%s', (_name, actor, s, lead, control, live) => {
    check(canLeadSession(actor, s), lead);
    check(canControlSession(actor, s), control);
    check(canManageLiveSession(actor, s), live);
  });
});

describe('canAssignFacilitator', () => {
  it.each([
    ['visitor', visitor, true, 'unauthenticated'],
    ['facilitator', facilitator, true, 'forbidden'],
    ['moderator', moderator, true, 'forbidden'],
    ['admin, target current', admin, true, true],
    ['admin, target not current', admin, false, 'conflict'],
  ] as const)('%s', (_name, actor, trainingCurrent, expected) => {
    check(canAssignFacilitator(actor, { trainingCurrent }), expected);
  });

  it('names the field when the target is not current', () => {
    expect(canAssignFacilitator(admin, { trainingCurrent: false })).toMatchObject({ field: 'facilitatorId' });
  });
});

describe('canRsvp', () => {
  const table: [string, Actor, SessionAccessFacts, Outcome][] = [
    ['visitor', visitor, session('scheduled'), 'unauthenticated'],
    ['outsider', member, session('scheduled', { membership: null }), 'membership_required'],
    ['join requested', member, session('scheduled', { membership: requested }), 'membership_required'],
    ['member, scheduled', member, session('scheduled'), true],
    ['member, open', member, session('open'), true],
    ['member, ending', member, session('ending'), true],
    ['member, closed', member, session('closed'), 'conflict'],
    ['member, cancelled', member, session('cancelled'), 'conflict'],
    ['moderator not in the group', moderator, session('scheduled', { membership: null }), 'membership_required'],
  ];
  it.each(table)('%s', (_name, actor, s, expected) => check(canRsvp(actor, s), expected));
});

describe('canCheckOut', () => {
  const came = { attended: true, rsvped: false };
  const said = { attended: false, rsvped: true };
  const neither = { attended: false, rsvped: false };
  const table: [string, Actor, SessionAccessFacts, typeof came, Outcome][] = [
    ['visitor', visitor, session('closed'), came, 'unauthenticated'],
    ['came, closed', member, session('closed'), came, true],
    ['came, ending', member, session('ending'), came, true],
    ['said she would come, closed', member, session('closed'), said, true],
    ['neither', member, session('closed'), neither, 'forbidden'],
    ['came, still open', member, session('open'), came, 'conflict'],
    ['rsvped, scheduled', member, session('scheduled'), said, 'conflict'],
    ['rsvped, cancelled', member, session('cancelled'), said, 'conflict'],
  ];
  it.each(table)('%s', (_name, actor, s, mine, expected) => check(canCheckOut(actor, s, mine), expected));
});

describe('canSeeAttendance', () => {
  it.each([
    ['visitor', visitor, null, 'unauthenticated'],
    ['member', member, asMember, 'forbidden'],
    ['outsider', member, null, 'forbidden'],
    ['a facilitator of the group', facilitator, asFacilitator, true],
    [
      'a facilitator whose membership is only requested',
      facilitator,
      { ...asFacilitator, status: 'requested' },
      'forbidden',
    ],
    ['moderator', moderator, null, 'forbidden'],
    ['admin', admin, null, true],
  ] as const)('%s', (_name, actor, membership, expected) => {
    check(canSeeAttendance(actor, { membership }), expected);
  });
});

describe('sessionAbilities', () => {
  it('a member who came, at the close', () => {
    expect(sessionAbilities(member, session('closed'), { attended: true, rsvped: true })).toEqual({
      rsvp: false,
      control: false,
      manageLive: false,
      checkOut: true,
      seeAttendance: false,
    });
  });

  it('the facilitator while it is open', () => {
    expect(
      sessionAbilities(facilitator, session('open', { membership: asFacilitator }), { attended: true, rsvped: false }),
    ).toEqual({
      rsvp: true,
      control: true,
      manageLive: true,
      checkOut: false,
      seeAttendance: true,
    });
  });
});
