import type { SessionDetail, SessionView, TopicEvent } from '@village/domain';
import { liveConnection } from './connection.svelte.ts';

/**
 * A session kept live: seeded from the server-rendered page, updated by `session.state` events
 * on the group's and the session thread's topics. The event carries the shared view only, so
 * the viewer's own parts (her RSVP, check-out, abilities) stay as the page loaded them until
 * `onChange` refreshes the page data.
 */
export class LiveSession {
  view = $state.raw<SessionView>() as SessionView;
  #stops: (() => void)[] = [];

  constructor(initial: SessionView) {
    this.view = initial;
  }

  /** A fresher copy from the server (page data after a form or navigation). */
  seed(next: SessionView) {
    this.view = next;
  }

  start(onChange: (previous: SessionView, next: SessionView) => void, onResume: () => void) {
    const live = liveConnection();
    const listener = (event: TopicEvent) => {
      if (event.type !== 'session.state' || event.session.id !== this.view.id) return;
      const previous = this.view;
      this.view = event.session;
      onChange(previous, event.session);
    };
    const topics = [`group:${this.view.groupId}`, ...(this.view.threadId ? [`thread:${this.view.threadId}`] : [])];
    for (const topic of topics) this.#stops.push(live.follow(topic, listener, onResume));
    return live;
  }

  stop() {
    for (const stop of this.#stops) stop();
    this.#stops = [];
  }
}

/** The viewer's detail with the latest shared view laid over it. */
export function withView(detail: SessionDetail, view: SessionView): SessionDetail {
  return view.id === detail.id ? { ...detail, ...view } : detail;
}
