import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';
import { CliError } from '../errors.ts';
import type { Service } from './service.ts';

export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

/** True when a Redis at `url` answers PING within the timeout; never throws, never retries. */
export async function redisAnswers(url: string, timeoutMs = 1000): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** redis-server from REDISMS_SYSTEM_BINARY, PATH or the usual install places. */
export function findRedisBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [
    env.REDISMS_SYSTEM_BINARY,
    ...(env.PATH ?? '').split(delimiter).map((dir) => dir && join(dir, 'redis-server')),
    '/usr/bin/redis-server',
    '/usr/local/bin/redis-server',
    '/opt/homebrew/bin/redis-server',
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

/**
 * The Redis for a local run without REDIS_URL: the one on 127.0.0.1:6379 if it answers, else a
 * private redis-server on a free port (redis-memory-server, from the system binary; it keeps
 * nothing on disk, which is fine: Redis only carries jobs and live events).
 */
export async function findOrStartRedis(opts: { localUrl?: string; binary?: string | null } = {}): Promise<Service> {
  const localUrl = opts.localUrl ?? LOCAL_REDIS_URL;
  if (await redisAnswers(localUrl)) {
    return { url: localUrl, description: `Redis already running at ${new URL(localUrl).host}`, stop: async () => {} };
  }
  const binary = opts.binary === undefined ? findRedisBinary() : opts.binary;
  if (!binary) {
    throw new CliError(
      `No Redis answers at ${new URL(localUrl).host}, and no redis-server was found to start one.\n` +
        'Install redis-server (apt-get install redis-server / brew install redis) or set REDIS_URL.',
    );
  }
  const { RedisMemoryServer } = await import('redis-memory-server');
  const server = new RedisMemoryServer({ binary: { systemBinary: binary }, instance: { ip: '127.0.0.1' } });
  try {
    await server.start();
  } catch (error) {
    throw new CliError(`Could not start ${binary}: ${(error as Error).message}`);
  }
  const port = await server.getPort();
  return {
    url: `redis://127.0.0.1:${port}`,
    description: `Redis started for this run on port ${port} (${binary})`,
    async stop() {
      await server.stop();
    },
  };
}
