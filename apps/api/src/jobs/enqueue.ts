import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import type { JobCatalog, JobName } from './catalog.ts';

const ENQUEUE_TIMEOUT_MS = 3000;

/**
 * After commit: queue the job. If Redis is away the row stays as it is (a post pending, a
 * report untriaged) and the sweeper queues it later, so a request never fails or hangs on Redis.
 */
export async function enqueueOrLeaveToSweeper<N extends JobName>(
  ctx: AppContext,
  name: N,
  data: JobCatalog[N],
  log?: FastifyBaseLogger,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
  });
  try {
    await Promise.race([ctx.jobs.enqueue(name, data), timeout]);
  } catch (error) {
    log?.warn(
      { err: { message: (error as Error).message }, job: name, data: { ...data } },
      'job not queued; the sweeper will retry',
    );
  } finally {
    clearTimeout(timer);
  }
}
