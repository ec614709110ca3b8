import type { ModerationAlert, ModerationItemSummary, ModerationQueue, QueueCounts, TopicEvent } from '@village/domain';
import { liveConnection } from '../live/connection.svelte.ts';
import { type QueueFilter, upsertItem } from './queue.ts';

const MAX_ALERTS = 5;

/**
 * The moderation queue kept live: seeded from the server-rendered list, then every
 * `moderation.item` event puts its item in place (or out, once resolved) and brings the
 * queue's counts; `moderation.alert` events wait on the page until a moderator dismisses them.
 */
export class ModerationQueueState {
  items = $state<ModerationItemSummary[]>([]);
  counts = $state<QueueCounts>({ open: 0, urgent: 0, overdue: 0, escalated: 0 });
  alerts = $state<(ModerationAlert & { key: string })[]>([]);
  /** ids that arrived live since the page loaded, marked "New" until it reloads */
  fresh = $state<string[]>([]);
  filter: QueueFilter;
  #stop: (() => void) | null = null;
  #alertSeq = 0;

  constructor(queue: ModerationQueue, filter: QueueFilter) {
    this.filter = filter;
    this.replace(queue, filter);
  }

  /** A fresh list from the server (a reload, new filters). */
  replace(queue: ModerationQueue, filter: QueueFilter) {
    this.filter = filter;
    this.items = queue.items.reduce<ModerationItemSummary[]>((list, item) => upsertItem(list, item, filter), []);
    this.counts = queue.counts;
  }

  upsert(item: ModerationItemSummary) {
    this.items = upsertItem(this.items, item, this.filter);
  }

  start(onResume: () => void) {
    this.#stop = liveConnection().follow('moderation', (event) => this.apply(event), onResume);
  }

  stop() {
    this.#stop?.();
    this.#stop = null;
  }

  apply(event: TopicEvent) {
    if (event.type === 'moderation.item') {
      const known = this.items.some((i) => i.id === event.item.id);
      this.upsert(event.item);
      if (!known && this.items.some((i) => i.id === event.item.id)) this.fresh = [...this.fresh, event.item.id];
      this.counts = event.counts;
    } else if (event.type === 'moderation.alert') {
      const key = `${event.alert.itemId}-${++this.#alertSeq}`;
      this.alerts = [{ ...event.alert, key }, ...this.alerts.filter((a) => a.itemId !== event.alert.itemId)].slice(
        0,
        MAX_ALERTS,
      );
    }
  }

  dismissAlert(key: string) {
    this.alerts = this.alerts.filter((a) => a.key !== key);
  }
}

/**
 * The header's small count of what waits in the queue, for moderators on any page: read once
 * when the page comes alive, then kept current by the queue's live events.
 */
export class QueueCountsState {
  counts = $state<QueueCounts | null>(null);
  #stop: (() => void) | null = null;

  start() {
    if (this.#stop) return;
    this.#stop = liveConnection().follow(
      'moderation',
      (event) => {
        if (event.type === 'moderation.item') this.counts = event.counts;
      },
      () => void this.load(),
    );
    void this.load();
  }

  stop() {
    this.#stop?.();
    this.#stop = null;
  }

  async load() {
    const response = await fetch('/api/moderation/items', { credentials: 'same-origin' }).catch(() => null);
    if (!response?.ok) return;
    this.counts = ((await response.json()) as ModerationQueue).counts;
  }
}
