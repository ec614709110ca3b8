import type { TopicEvent } from '@village/domain';
import type { Redis } from 'ioredis';

export const eventsChannel = (prefix: string) => `${prefix}events`;

/**
 * Publishes topic events through Redis pub/sub so every API instance (and workers) can fan
 * them out. Called only after the row is committed: Postgres first, then Redis.
 */
export class Publisher {
  readonly #redis: Redis;
  readonly #channel: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#channel = eventsChannel(prefix);
  }

  async publish(event: TopicEvent): Promise<void> {
    await this.#redis.publish(this.#channel, JSON.stringify(event));
  }
}
