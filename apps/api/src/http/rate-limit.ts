import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { Redis } from 'ioredis';
import { HttpError } from './errors.ts';

export interface RateRule {
  name: string;
  limit: number;
  windowSeconds: number;
}

/** The limits the issue asks for; kept here so they read as one table. */
export const rateRules = {
  signInByIp: { name: 'signin-ip', limit: 30, windowSeconds: 15 * 60 },
  signInByEmail: { name: 'signin-email', limit: 10, windowSeconds: 15 * 60 },
  signUpByIp: { name: 'signup-ip', limit: 10, windowSeconds: 60 * 60 },
  postingByUser: { name: 'post-user', limit: 20, windowSeconds: 5 * 60 },
  reactingByUser: { name: 'react-user', limit: 120, windowSeconds: 5 * 60 },
  reportingByUser: { name: 'report-user', limit: 20, windowSeconds: 60 * 60 },
} satisfies Record<string, RateRule>;

/**
 * Fixed-window counters in Redis, so a limit holds across API instances. Keys are hashed:
 * an email address or IP never sits in Redis in the clear.
 */
export class RateLimiter {
  readonly #redis: Redis;
  readonly #prefix: string;

  constructor(redis: Redis, prefix: string) {
    this.#redis = redis;
    this.#prefix = prefix;
  }

  /**
   * Counts one attempt and refuses past the limit. If Redis is unreachable the limit fails
   * open (logged): a member must still be able to sign in and ask for help during an outage.
   */
  async consume(rule: RateRule, subject: string, log?: { warn(obj: object, msg: string): void }): Promise<void> {
    let count: number;
    let ttl: number;
    try {
      [count, ttl] = await this.#count(rule, subject);
    } catch (error) {
      log?.warn({ err: { message: (error as Error).message }, rule: rule.name }, 'rate limit unavailable');
      return;
    }
    if (count > rule.limit) {
      const wait = Math.max(1, Math.ceil((ttl > 0 ? ttl : rule.windowSeconds) / 60));
      throw new HttpError(
        'rate_limited',
        `Too many attempts. Please wait about ${wait} minute${wait === 1 ? '' : 's'} and try again.`,
      );
    }
  }

  async #count(rule: RateRule, subject: string): Promise<[number, number]> {
    const digest = encodeHexLowerCase(sha256(new TextEncoder().encode(subject))).slice(0, 32);
    const key = `${this.#prefix}rate:${rule.name}:${digest}`;
    const [[, count], [, ttl]] = (await this.#redis.multi().incr(key).ttl(key).exec()) as [
      [null, number],
      [null, number],
    ];
    if (ttl < 0) await this.#redis.expire(key, rule.windowSeconds);
    return [count, ttl];
  }
}
