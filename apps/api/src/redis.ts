import { Redis } from 'ioredis';

/**
 * BullMQ needs `maxRetriesPerRequest: null` on its connections; plain commands keep the
 * default so a request fails fast instead of hanging when Redis is away.
 */
export function connectRedis(url: string, purpose: 'commands' | 'bullmq' | 'subscriber'): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: purpose === 'commands' ? 3 : null,
    lazyConnect: false,
  });
}
