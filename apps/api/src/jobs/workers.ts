import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppContext } from '../context.ts';
import { triageReportProcessor } from '../reports/triage-report.job.ts';
import { screenPostProcessor } from '../screening/screen-post.job.ts';
import { sessionReminderProcessor } from '../sessions/reminders.job.ts';
import { sessionTransitionProcessor } from '../sessions/timers.job.ts';
import { type JobCatalog, type JobName, jobQueue, type QueueName, queueNames } from './catalog.ts';

export type Processor<N extends JobName> = (data: JobCatalog[N], ctx: AppContext, job: Job) => Promise<void>;

/** One handler per job name; startWorkers refuses to start if any job lacks one. */
export const processors: { [N in JobName]: Processor<N> } = {
  'screen-post': screenPostProcessor,
  'triage-report': triageReportProcessor,
  'session-transition': sessionTransitionProcessor,
  'session-reminder': sessionReminderProcessor,
};

export function startWorkers(ctx: AppContext, connection: Redis): Worker[] {
  const names = Object.keys(jobQueue) as JobName[];
  for (const name of names) {
    if (typeof processors[name] !== 'function') throw new Error(`job "${name}" has no processor`);
  }
  return queueNames.map((queue: QueueName) => {
    const worker = new Worker(
      queue,
      async (job) => {
        const processor = processors[job.name as JobName] as Processor<JobName> | undefined;
        // An unknown job name is a deployment mismatch: fail loudly so it is retried by a newer worker.
        if (!processor) throw new Error(`no processor for job "${job.name}"`);
        await processor(job.data, ctx, job);
      },
      { connection, prefix: `${ctx.config.redisPrefix}bull`, concurrency: 8 },
    );
    return worker;
  });
}
