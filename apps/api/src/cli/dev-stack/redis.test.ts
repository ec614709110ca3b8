import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { findOrStartRedis, findRedisBinary, LOCAL_REDIS_URL, redisAnswers } from './redis.ts';

/** A port nothing listens on: bound, read, released. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('dev stack: Redis', () => {
  it('uses the Redis on 127.0.0.1:6379 when it answers, and leaves it alone', async () => {
    expect(await redisAnswers(LOCAL_REDIS_URL)).toBe(true);
    const redis = await findOrStartRedis();
    expect(redis.url).toBe(LOCAL_REDIS_URL);
    await redis.stop();
    expect(await redisAnswers(LOCAL_REDIS_URL)).toBe(true);
  });

  it('says no quickly when nothing listens', async () => {
    const started = Date.now();
    expect(await redisAnswers(`redis://127.0.0.1:${await closedPort()}`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.runIf(findRedisBinary())('starts its own redis-server when none answers, and stops it', async () => {
    const redis = await findOrStartRedis({ localUrl: `redis://127.0.0.1:${await closedPort()}` });
    try {
      expect(redis.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
      expect(redis.url).not.toBe(LOCAL_REDIS_URL);
      expect(await redisAnswers(redis.url)).toBe(true);
    } finally {
      await redis.stop();
    }
    expect(await redisAnswers(redis.url)).toBe(false);
  });

  it('tells how to get Redis when none answers and there is no binary', async () => {
    await expect(
      findOrStartRedis({ localUrl: `redis://127.0.0.1:${await closedPort()}`, binary: null }),
    ).rejects.toThrow(/install redis-server \(apt-get install redis-server \/ brew install redis\) or set REDIS_URL/i);
  });
});
