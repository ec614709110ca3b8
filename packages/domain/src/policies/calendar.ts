import { allow, type Decision, refuse } from '../errors.ts';
import type { JoinPolicy } from '../schemas/groups.ts';
import type { Actor } from './actor.ts';

/** Her own calendar link: any signed-in member may create, rotate or turn it off. */
export function canManageCalendarLink(actor: Actor): Decision {
  return actor ? allow : refuse('unauthenticated', 'Sign in to continue.');
}

/**
 * A group's public calendar (titles and times, nobody's name): only for groups anyone may join.
 * A request-to-join group's feed is "not found", like anything else a visitor may not see.
 */
export function canReadGroupCalendar(group: { joinPolicy: JoinPolicy }): Decision {
  return group.joinPolicy === 'open' ? allow : refuse('not_found', 'That group calendar does not exist.');
}
