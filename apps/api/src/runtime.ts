import { screenPost } from '@village/domain/screening';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { type App, buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { AppContext } from './context.ts';
import { connectDatabase, type Database } from './db/client.ts';
import { RateLimiter } from './http/rate-limit.ts';
import { JobQueues } from './jobs/queues.ts';
import { type Sweeper, startSweeper } from './jobs/sweeper.ts';
import { startWorkers } from './jobs/workers.ts';
import { Publisher } from './realtime/publisher.ts';
import { connectRedis } from './redis.ts';

export interface Running {
  ctx: AppContext;
  app: App | null;
  workers: Worker[];
  /** finishes in-flight requests and jobs, then closes connections */
  stop(): Promise<void>;
}

/** Lines that take every path of the screen once: crisis, abuse, personal details, the model. */
const WARM_UP = [
  'Village is starting.',
  'You lot are idiots, the lot of you. Ring me on 07700 900123 or jo at gmail dot com.',
  "I can't do this any more and I keep thinking about the pills.",
];

/** Builds the context and starts the API and/or the workers, as config.role says. */
export async function startVillage(
  config: Config,
  opts: { listen?: boolean; logger?: boolean; warmUp?: boolean } = {},
): Promise<Running> {
  // The screen builds its patterns and models and loads the sentence encoder on first use
  // (about a second): do it now, so the first member to post does not wait for it. Tests skip
  // it; most never screen anything.
  if (opts.warmUp) for (const text of WARM_UP) await screenPost(text);
  const database: Database = connectDatabase(config.databaseUrl);
  const redis = connectRedis(config.redisUrl, 'commands');
  // Workers block on their own connection; producers use one that fails fast when Redis is
  // away, so a request never hangs on a queue (the sweeper re-queues what was missed).
  const bullConnection: Redis = connectRedis(config.redisUrl, 'bullmq');
  const producerConnection: Redis = connectRedis(config.redisUrl, 'commands');
  const ctx: AppContext = {
    config,
    db: database.db,
    redis,
    jobs: new JobQueues(producerConnection, config.redisPrefix),
    publisher: new Publisher(redis, config.redisPrefix),
    rateLimiter: new RateLimiter(redis, config.redisPrefix),
  };

  let app: App | null = null;
  let workers: Worker[] = [];
  let sweeper: Sweeper | null = null;
  if (config.role !== 'worker') {
    app = await buildApp(ctx, opts.logger === false ? { logger: false } : {});
    if (opts.listen !== false) await app.listen({ host: config.host, port: config.port });
    else await app.ready();
  }
  if (config.role !== 'api') {
    workers = startWorkers(ctx, bullConnection);
    sweeper = startSweeper(ctx);
  }

  let stopping: Promise<void> | null = null;
  const stopOnce = async () => {
    sweeper?.stop();
    await app?.close();
    await Promise.all(workers.map((w) => w.close()));
    await ctx.jobs.close();
    redis.disconnect();
    bullConnection.disconnect();
    producerConnection.disconnect();
    await database.pool.end();
  };
  return {
    ctx,
    app,
    workers,
    stop() {
      // Idempotent: a signal and a test harness may both ask.
      stopping ??= stopOnce();
      return stopping;
    },
  };
}
