import { allow, type Decision, refuse } from '../errors.ts';
import type { GroupRole } from '../schemas/groups.ts';
import type { SessionAbilities, SessionState } from '../schemas/sessions.ts';
import type { Actor, MembershipFacts } from './actor.ts';

/**
 * Who may do what with facilitated sessions. Training currency is computed by the caller
 * (training/currency.ts) and passed in as a boolean, so these stay one-line facts.
 * What a session's state allows (open early, extend…) is the state machine's business
 * (sessions/lifecycle.ts); these say only who.
 */
const signInFirst = refuse('unauthenticated', 'Sign in to continue.');
const isAdmin = (actor: Actor): boolean => actor?.role === 'admin';

/** The actor's place in a group, for scheduling. */
export interface SchedulerFacts {
  /** her role in the group if she is an active member, else null */
  groupRole: GroupRole | null;
  /** her own facilitator training is current */
  trainingCurrent: boolean;
}

/** One session, as the policies need it. */
export interface SessionAccessFacts {
  state: SessionState;
  facilitatorId: string | null;
  /** the assigned facilitator's training is current (false when none is assigned) */
  facilitatorTrainingCurrent: boolean;
  /** the actor's membership of the session's group */
  membership: MembershipFacts | null;
}

/** What the actor did about this session herself. */
export interface MySessionFacts {
  rsvped: boolean;
  attended: boolean;
}

/** A facilitator of the group with current training, or an admin. */
export function canScheduleSession(actor: Actor, facts: SchedulerFacts): Decision {
  if (!actor) return signInFirst;
  if (isAdmin(actor)) return allow;
  if (facts.groupRole !== 'facilitator')
    return refuse('forbidden', "Only this group's facilitators can schedule sessions.");
  if (!facts.trainingCurrent) {
    return refuse(
      'forbidden',
      'Your facilitator training needs renewing before you can schedule sessions. An admin can help.',
    );
  }
  return allow;
}

/** Leading means being the assigned facilitator, with training current on the day. */
export function canLeadSession(actor: Actor, session: SessionAccessFacts): Decision {
  if (!actor) return signInFirst;
  if (session.facilitatorId !== actor.id) return refuse('forbidden', "Only this session's facilitator can lead it.");
  if (!session.facilitatorTrainingCurrent) {
    return refuse(
      'forbidden',
      'Your facilitator training needs renewing before you can lead a session. An admin can help.',
    );
  }
  return allow;
}

/** Open early, extend, end early, cancel: the facilitator who may lead it, or an admin stepping in. */
export function canControlSession(actor: Actor, session: SessionAccessFacts): Decision {
  if (!actor) return signInFirst;
  if (isAdmin(actor)) return allow;
  return canLeadSession(actor, session);
}

/** Pin the focus, mark off topic, slow mode, mute: as control, and only while the session is live. */
export function canManageLiveSession(actor: Actor, session: SessionAccessFacts): Decision {
  const control = canControlSession(actor, session);
  if (!control.ok) return control;
  if (session.state !== 'open' && session.state !== 'ending') return refuse('conflict', 'This session is not open.');
  return allow;
}

/** Admins assign; the person assigned must have current training. */
export function canAssignFacilitator(actor: Actor, target: { trainingCurrent: boolean }): Decision {
  if (!actor) return signInFirst;
  if (!isAdmin(actor)) return refuse('forbidden', 'Only admins can assign facilitators.');
  if (!target.trainingCurrent) {
    return refuse(
      'conflict',
      "This facilitator's training is not current, so they can't be assigned. Record their training first.",
      'facilitatorId',
    );
  }
  return allow;
}

/** Active members of the group, until the session closes or is cancelled. */
export function canRsvp(actor: Actor, session: SessionAccessFacts): Decision {
  if (!actor) return signInFirst;
  if (session.membership?.status !== 'active')
    return refuse('membership_required', 'Join this group to come to its sessions.');
  if (session.state === 'cancelled') return refuse('conflict', 'This session was cancelled.');
  if (session.state === 'closed') return refuse('conflict', 'This session has ended.');
  return allow;
}

/** A private check-out, once the session is ending or closed, for those who came or said they would. */
export function canCheckOut(actor: Actor, session: SessionAccessFacts, mine: MySessionFacts): Decision {
  if (!actor) return signInFirst;
  if (!mine.attended && !mine.rsvped) return refuse('forbidden', 'Check-out is for members who came to this session.');
  if (session.state !== 'ending' && session.state !== 'closed') {
    return refuse('conflict', 'Check-out opens when the session is ending.');
  }
  return allow;
}

/** Who came is for the group's facilitators and admins only (not moderators, not members). */
export function canSeeAttendance(actor: Actor, group: { membership: MembershipFacts | null }): Decision {
  if (!actor) return signInFirst;
  if (isAdmin(actor)) return allow;
  if (group.membership?.status === 'active' && group.membership.role === 'facilitator') return allow;
  return refuse('forbidden', "Only this group's facilitators and admins can see who came.");
}

export function sessionAbilities(actor: Actor, session: SessionAccessFacts, mine: MySessionFacts): SessionAbilities {
  return {
    rsvp: canRsvp(actor, session).ok,
    control: canControlSession(actor, session).ok,
    manageLive: canManageLiveSession(actor, session).ok,
    checkOut: canCheckOut(actor, session, mine).ok,
    seeAttendance: canSeeAttendance(actor, session).ok,
  };
}
