import type { Redis } from 'ioredis';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';
import type { RateLimiter } from './http/rate-limit.ts';
import type { JobQueues } from './jobs/queues.ts';
import type { Publisher } from './realtime/publisher.ts';

/** What the feature services need; built once per process in main.ts (or per test). */
export interface AppContext {
  config: Config;
  db: Db;
  redis: Redis;
  jobs: JobQueues;
  publisher: Publisher;
  rateLimiter: RateLimiter;
}
