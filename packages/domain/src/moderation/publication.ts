import type { ModerationMode } from '../schemas/groups.ts';
import type { Verdict } from '../screening/types.ts';

export interface Publication {
  /** what the post becomes: seen by members, kept for a moderator, or kept from everyone */
  status: 'published' | 'held' | 'hidden';
  /** whether a moderator must look at it */
  review: boolean;
}

/**
 * What a screen's verdict means in a group with this moderation mode. Pre-moderated groups
 * hold everything for a person; screened and post-moderated groups publish what the screen
 * allows (a post-moderated post is already live, so a hold or block takes it down).
 */
export function publicationFor(verdict: Verdict, mode: ModerationMode): Publication {
  switch (verdict) {
    case 'block':
      return { status: 'hidden', review: false };
    case 'hold':
      return { status: 'held', review: true };
    case 'flag':
      return { status: mode === 'pre' ? 'held' : 'published', review: true };
    case 'allow':
      return mode === 'pre' ? { status: 'held', review: true } : { status: 'published', review: false };
  }
}
