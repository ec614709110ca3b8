import { allow, type Decision, refuse } from '../errors.ts';
import type { Actor, PostFacts } from './actor.ts';

const notFound = refuse('not_found', 'That post does not exist.');

/**
 * Whether the actor may see this post's text. Others see a post only once it is published;
 * its author also sees it while it waits (pending or held) so she knows it arrived.
 * Callers first check canReadGroupPosts; an unseeable post answers "not found", never "forbidden".
 */
export function canSeePost(actor: Actor, post: PostFacts): Decision {
  if (post.status === 'published' || post.status === 'removed' || post.status === 'hidden') return allow;
  if (actor && (actor.id === post.authorId || actor.role === 'admin' || actor.role === 'moderator')) return allow;
  return notFound;
}

export function canEditPost(actor: Actor, post: PostFacts): Decision {
  if (!actor) return refuse('unauthenticated', 'Sign in to continue.');
  if (actor.id !== post.authorId) return refuse('forbidden', 'You can only edit your own posts.');
  if (post.status === 'removed' || post.status === 'hidden')
    return refuse('conflict', 'This post can no longer be edited.');
  return allow;
}

export function canDeletePost(actor: Actor, post: PostFacts): Decision {
  if (!actor) return refuse('unauthenticated', 'Sign in to continue.');
  if (actor.id !== post.authorId) return refuse('forbidden', 'You can only delete your own posts.');
  if (post.status === 'removed') return refuse('conflict', 'This post was already removed.');
  return allow;
}

export function canReactToPost(actor: Actor, post: PostFacts): Decision {
  if (!actor) return refuse('unauthenticated', 'Sign in to continue.');
  if (post.status !== 'published') return refuse('conflict', 'You can only react to a published post.');
  return allow;
}
