import { allow, type Decision, refuse } from '../errors.ts';
import type { GroupAbilities } from '../schemas/groups.ts';
import { type Actor, type GroupFacts, isActiveMember, isStaff } from './actor.ts';
import { canScheduleSession, type SchedulerFacts } from './sessions.ts';

const signInFirst = refuse('unauthenticated', 'Sign in to continue.');

/** Posts are for members; moderators and admins read every group to keep it safe. */
export function canReadGroupPosts(actor: Actor, group: GroupFacts): Decision {
  if (!actor) return signInFirst;
  if (isStaff(actor) || isActiveMember(group)) return allow;
  return refuse('membership_required', 'Join this group to read its posts.');
}

export function canJoinGroup(actor: Actor, group: GroupFacts): Decision {
  if (!actor) return signInFirst;
  if (group.membership?.status === 'active') return refuse('conflict', 'You are already a member of this group.');
  if (group.membership?.status === 'requested')
    return refuse('conflict', 'Your request to join is waiting for a moderator.');
  return allow;
}

export function canAcceptGroundRules(actor: Actor, group: GroupFacts): Decision {
  if (!actor) return signInFirst;
  if (!isActiveMember(group)) return refuse('membership_required', 'Join this group first.');
  return allow;
}

/** Posting needs active membership and the group's ground rules accepted. */
export function canPostInGroup(actor: Actor, group: GroupFacts): Decision {
  if (!actor) return signInFirst;
  if (!isActiveMember(group)) return refuse('membership_required', 'Join this group to post in it.');
  if (!group.membership?.groundRulesAccepted) {
    return refuse('ground_rules_required', "Please read and accept this group's ground rules before your first post.");
  }
  return allow;
}

export function canReviewJoinRequests(actor: Actor): Decision {
  if (!actor) return signInFirst;
  if (isStaff(actor)) return allow;
  return refuse('forbidden', 'Only moderators and admins can review join requests.');
}

export function groupAbilities(
  actor: Actor,
  group: GroupFacts,
  scheduler: SchedulerFacts = { groupRole: null, trainingCurrent: false },
): GroupAbilities {
  const joinable = canJoinGroup(actor, group).ok;
  return {
    readPosts: canReadGroupPosts(actor, group).ok,
    join: joinable && group.joinPolicy === 'open',
    requestToJoin: joinable && group.joinPolicy === 'request',
    acceptGroundRules: canAcceptGroundRules(actor, group).ok && !group.membership?.groundRulesAccepted,
    post: canPostInGroup(actor, group).ok,
    reviewRequests: canReviewJoinRequests(actor).ok,
    scheduleSessions: canScheduleSession(actor, scheduler).ok,
  };
}
