import type { PostPage, PostView, TopicEvent } from '@village/domain';
import { liveConnection } from './connection.svelte.ts';
import { mergePosts, withHidden, withReactions } from './merge.ts';

/**
 * A thread's posts kept live: seeded from the server-rendered page, updated by websocket
 * events, and refreshed after a reconnect by fetching the page's whole window again, so posts
 * written, edited, removed or reacted to while offline all show (merging by id: no duplicates).
 */
export class ThreadFeed {
  posts = $state<PostView[]>([]);
  readonly threadId: string;
  /** the cursor this page's window starts after (null: the start of the thread) */
  readonly startAfter: string | null;
  #stop: (() => void) | null = null;

  constructor(threadId: string, initial: PostView[], startAfter: string | null = null) {
    this.threadId = threadId;
    this.startAfter = startAfter;
    this.posts = mergePosts([], initial);
  }

  start() {
    const live = liveConnection();
    this.#stop = live.follow(
      `thread:${this.threadId}`,
      (event) => this.apply(event),
      () => void this.catchUp(),
    );
    return live;
  }

  stop() {
    this.#stop?.();
  }

  /** Adds posts from a page load or a form response. */
  merge(posts: PostView[]) {
    this.posts = mergePosts(this.posts, posts);
  }

  apply(event: TopicEvent) {
    if (event.type === 'reaction.updated') {
      this.posts = withReactions(this.posts, event.postId, event.reactions);
    } else if (event.type === 'post.hidden' && event.post.threadId !== this.threadId) {
      // Moved to another thread (a session post marked off topic): it simply leaves this page.
      this.posts = this.posts.filter((p) => p.id !== event.post.id);
    } else if (event.type === 'post.hidden') {
      this.posts = withHidden(this.posts, event.post);
    } else if (
      (event.type === 'post.created' || event.type === 'post.updated') &&
      event.post.threadId === this.threadId
    ) {
      this.merge([event.post]);
    }
  }

  /** Re-reads the window from its start, page by page; merging by id keeps it free of duplicates. */
  async catchUp() {
    let after = this.startAfter;
    for (let page = 0; page < 20; page++) {
      const query = after ? `?after=${after}` : '';
      const response = await fetch(`/api/threads/${this.threadId}/posts${query}`, { credentials: 'same-origin' });
      if (!response.ok) return;
      const body = (await response.json()) as PostPage;
      this.merge(body.posts);
      if (!body.nextCursor) return;
      after = body.nextCursor;
    }
  }
}
