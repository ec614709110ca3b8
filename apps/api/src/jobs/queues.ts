import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { type JobCatalog, type JobName, jobIds, jobQueue, type QueueName, queueNames } from './catalog.ts';

const RETRIES = { attempts: 5, backoff: { type: 'exponential', delay: 1000 } } as const;

/** Producers: add a job by name; the id comes from the catalog so duplicates collapse. */
export class JobQueues {
  readonly queues: Record<QueueName, Queue>;

  constructor(connection: Redis, prefix: string) {
    const entries = queueNames.map((name) => {
      const queue = new Queue(name, { connection, prefix: `${prefix}bull` });
      // Connection trouble surfaces as a rejected enqueue, which callers handle; no need to print it twice.
      queue.on('error', () => {});
      return [name, queue] as const;
    });
    this.queues = Object.fromEntries(entries) as Record<QueueName, Queue>;
  }

  /** `delay` (ms) makes it a delayed job: session timers wait for their due time. */
  async enqueue<N extends JobName>(name: N, data: JobCatalog[N], opts: { delay?: number } = {}): Promise<void> {
    await this.queues[jobQueue[name]].add(name, data, {
      jobId: jobIds[name](data),
      ...(opts.delay && opts.delay > 0 ? { delay: opts.delay } : {}),
      ...RETRIES,
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    });
  }

  /**
   * For sweepers: queue the job, and if an earlier run with the same id gave up (failed after
   * its retries), run it again rather than letting the kept failure block the id.
   */
  async ensure<N extends JobName>(name: N, data: JobCatalog[N], opts: { delay?: number } = {}): Promise<void> {
    await this.enqueue(name, data, opts);
    const job = await this.queues[jobQueue[name]].getJob(jobIds[name](data));
    if (job && (await job.isFailed())) await job.retry('failed');
  }

  /** Best effort: a job that is running (or already gone) stays; a stale timer is harmless. */
  async remove(name: JobName, jobId: string): Promise<void> {
    await this.queues[jobQueue[name]].remove(jobId);
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.queues).map((q) => q.close()));
  }
}
