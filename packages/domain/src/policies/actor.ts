import type { GroupRole, JoinPolicy, MembershipStatus } from '../schemas/groups.ts';
import type { PostStatus } from '../schemas/posts.ts';
import type { SiteRole } from '../schemas/users.ts';

/** Who is asking: a signed-in user, or null for a visitor. */
export type Actor = { id: string; role: SiteRole } | null;

export interface MembershipFacts {
  status: MembershipStatus;
  role: GroupRole;
  groundRulesAccepted: boolean;
}

/** What the policies need to know about a group and the actor's place in it. */
export interface GroupFacts {
  joinPolicy: JoinPolicy;
  membership: MembershipFacts | null;
}

export interface PostFacts {
  authorId: string;
  status: PostStatus;
}

export const isStaff = (actor: Actor): boolean => actor?.role === 'admin' || actor?.role === 'moderator';
export const isActiveMember = (group: GroupFacts): boolean => group.membership?.status === 'active';
