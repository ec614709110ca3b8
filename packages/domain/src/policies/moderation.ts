import { allow, type Decision, refuse } from '../errors.ts';
import type { ItemKind, ItemStatus } from '../schemas/moderation.ts';
import type { PostStatus } from '../schemas/posts.ts';
import { type Actor, isStaff } from './actor.ts';

const signInFirst = refuse('unauthenticated', 'Sign in to continue.');

export function canModerate(actor: Actor): Decision {
  if (!actor) return signInFirst;
  if (isStaff(actor)) return allow;
  return refuse('forbidden', 'Only moderators and admins can do this.');
}

export function canAdminister(actor: Actor): Decision {
  if (!actor) return signInFirst;
  if (actor.role === 'admin') return allow;
  return refuse('forbidden', 'Only admins can do this.');
}

export interface ItemFacts {
  kind: ItemKind;
  status: ItemStatus;
  decidedBy: string | null;
  claimedBy: string | null;
  claimedUntil: Date | null;
}

/**
 * Claiming and acting share one rule: one moderator per item at a time, nothing done to a
 * settled item, and a second look never goes to the moderator whose decision it questions.
 */
export function canClaimItem(actor: Actor, item: ItemFacts, now: Date): Decision {
  const staff = canModerate(actor);
  if (!staff.ok || !actor) return staff;
  if (item.status === 'resolved') return refuse('conflict', 'This item has already been resolved.');
  if (item.kind === 'second_look' && item.decidedBy === actor.id) {
    return refuse('forbidden', 'You made the first decision on this post, so another moderator takes the second look.');
  }
  const heldByOther =
    item.claimedBy !== null &&
    item.claimedBy !== actor.id &&
    item.claimedUntil !== null &&
    item.claimedUntil.getTime() > now.getTime();
  if (heldByOther) return refuse('conflict', 'Another moderator is working on this item.');
  return allow;
}

export const canActOnItem = canClaimItem;

export interface ReportablePost {
  authorId: string;
  status: PostStatus;
}

/** Members report what they can see in their groups; never their own post. */
export function canReportPost(actor: Actor, post: ReportablePost): Decision {
  if (!actor) return signInFirst;
  if (actor.id === post.authorId)
    return refuse('forbidden', "You can't report your own post. You can edit or delete it.");
  if (post.status !== 'published')
    return refuse('conflict', 'This post is no longer shown, so there is nothing to report.');
  return allow;
}

/** The author may ask for a second look at a post a moderator hid or is holding. */
export function canRequestSecondLook(actor: Actor, post: ReportablePost): Decision {
  if (!actor) return signInFirst;
  if (actor.id !== post.authorId) return refuse('forbidden', 'Only the author can ask for a second look.');
  if (post.status !== 'hidden') return refuse('conflict', 'A second look is for posts a moderator has hidden.');
  return allow;
}
