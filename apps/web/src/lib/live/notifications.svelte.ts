import type { NotificationList, NotificationView, TopicEvent } from '@village/domain';
import { getContext, setContext } from 'svelte';
import { liveConnection } from './connection.svelte.ts';

const KEY = Symbol('notifications');
const MAX_TOASTS = 3;

/**
 * A member's own notices, live: the unread count behind the header badge, the notices that
 * arrived while this tab was open (the notifications page puts them on top of its list) and
 * the few shown as quiet toasts until she closes them.
 */
export class NotificationCenter {
  unread = $state(0);
  arrived = $state<NotificationView[]>([]);
  toasts = $state<NotificationView[]>([]);
  #stop: (() => void) | null = null;

  constructor(unread: number) {
    this.unread = unread;
  }

  start(userId: string) {
    if (this.#stop) return;
    this.#stop = liveConnection().follow(
      `user:${userId}`,
      (event) => this.apply(event),
      () => void this.refresh(),
    );
  }

  stop() {
    this.#stop?.();
    this.#stop = null;
  }

  apply(event: TopicEvent) {
    if (event.type !== 'notification') return;
    const n = event.notification;
    if (this.arrived.some((a) => a.id === n.id)) return;
    this.arrived = [n, ...this.arrived];
    if (!n.read) this.unread += 1;
    // The crisis card already says this, on the page she posted from; a toast over it would hide the helplines.
    if (n.kind !== 'crisis_support') this.toasts = [n, ...this.toasts].slice(0, MAX_TOASTS);
  }

  /** The server's count wins whenever a page brings one (after a reload, a form, a reconnect). */
  seed(unread: number) {
    this.unread = unread;
  }

  dismiss(id: string) {
    this.toasts = this.toasts.filter((t) => t.id !== id);
  }

  markAllRead() {
    this.unread = 0;
    this.arrived = this.arrived.map((n) => ({ ...n, read: true }));
  }

  async refresh() {
    const response = await fetch('/api/me/notifications', { credentials: 'same-origin' }).catch(() => null);
    if (!response?.ok) return;
    const list = (await response.json()) as NotificationList;
    this.unread = list.unread;
  }
}

export function provideNotifications(center: NotificationCenter) {
  setContext(KEY, center);
}

export function notificationCenter(): NotificationCenter | undefined {
  return getContext<NotificationCenter | undefined>(KEY);
}
