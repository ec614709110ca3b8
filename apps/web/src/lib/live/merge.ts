import type { PostView, ReactionCounts } from '@village/domain';

/**
 * Pure merging of posts arriving from pages, live events and catch-up fetches: one entry per
 * id (the newer version wins), ordered by their keyset cursor, so nothing shows twice and a
 * late catch-up fills gaps in place.
 */
export function mergePosts(current: readonly PostView[], incoming: readonly PostView[]): PostView[] {
  const byId = new Map(current.map((p) => [p.id, p]));
  for (const post of incoming) {
    const known = byId.get(post.id);
    if (!known || isNewer(post, known)) byId.set(post.id, post);
  }
  return [...byId.values()].sort((a, b) => compareCursor(a.cursor, b.cursor));
}

/** Whether `a` should replace `b`: a later version or change wins; on a tie the arrival wins
 * (fresh reaction counts) unless it would turn a settled post back into "pending". */
function isNewer(a: PostView, b: PostView): boolean {
  if (a.version !== b.version) return a.version > b.version;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
  return !(a.status === 'pending' && b.status !== 'pending');
}

export function compareCursor(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * A moderator's hide is final for what members see, whatever version or clock the copy on
 * screen carries: the post turns into its placeholder (it is added if this page never had it).
 */
export function withHidden(posts: readonly PostView[], hidden: PostView): PostView[] {
  const gone: PostView = { ...hidden, status: 'hidden', body: null, contentNote: null };
  if (!posts.some((p) => p.id === hidden.id)) return mergePosts(posts, [gone]);
  return posts.map((p) => (p.id === hidden.id ? { ...gone, cursor: p.cursor } : p));
}

export function withReactions(posts: readonly PostView[], postId: string, reactions: ReactionCounts): PostView[] {
  return posts.map((p) => (p.id === postId ? { ...p, reactions } : p));
}
