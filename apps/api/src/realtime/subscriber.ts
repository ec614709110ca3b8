import { type TopicEvent, topicEventTypes } from '@village/domain';
import type { Redis } from 'ioredis';
import { eventsChannel } from './publisher.ts';

const KNOWN = new Set<string>(topicEventTypes);

/**
 * One Redis subscription per API instance: every event published by any instance or worker
 * arrives here and is handed to `onEvent` for local delivery.
 */
export async function subscribeToEvents(redis: Redis, prefix: string, onEvent: (event: TopicEvent) => void) {
  const channel = eventsChannel(prefix);
  redis.on('message', (from: string, message: string) => {
    if (from !== channel) return;
    let event: TopicEvent;
    try {
      event = JSON.parse(message) as TopicEvent;
    } catch {
      return;
    }
    if (KNOWN.has(event.type) && typeof event.topic === 'string') onEvent(event);
  });
  await redis.subscribe(channel);
}
