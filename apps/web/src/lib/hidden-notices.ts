import type { NotificationView } from '@village/domain';

interface HiddenPost {
  id: string;
  threadId: string;
  updatedAt: string;
}

const isHideNotice = (n: NotificationView) => n.kind === 'post.hidden' || n.kind.endsWith('.hidden');

/**
 * Pairs her hidden posts with the notices that told her why. A notice names the post only
 * through its link (the post's own id, or its thread), so within one thread the newest notice
 * goes with the most recently hidden post, and so on down (best effort; unmatched posts get none).
 */
export function hiddenReasons(
  posts: readonly HiddenPost[],
  notices: readonly NotificationView[],
): Record<string, string> {
  const reasons: Record<string, string> = {};
  const hides = notices.filter(isHideNotice).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const used = new Set<string>();
  for (const post of posts) {
    const exact = hides.find((n) => !used.has(n.id) && n.link?.includes(post.id));
    if (exact) {
      reasons[post.id] = exact.message;
      used.add(exact.id);
    }
  }
  const rest = posts
    .filter((p) => !(p.id in reasons))
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  for (const post of rest) {
    const byThread = hides.find(
      (n) => !used.has(n.id) && n.link?.replace(/[#?].*$/, '') === `/threads/${post.threadId}`,
    );
    if (byThread) {
      reasons[post.id] = byThread.message;
      used.add(byThread.id);
    }
  }
  return reasons;
}
