import { type SessionTimer, timersFor } from '@village/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Processor } from '../jobs/workers.ts';
import { applySessionEvent } from './lifecycle.ts';
import { factsOf, type SessionRow } from './rows.ts';

type Log = Pick<FastifyBaseLogger, 'warn'>;

/**
 * A session timer fired. The processor re-reads the session and lets the state machine decide:
 * a timer that is stale (already done, superseded by an extension, cancelled) finishes quietly;
 * one that is late catches the session up. A missing session (deleted group) is nothing to do.
 * Errors are thrown, so BullMQ retries.
 */
export const sessionTransitionProcessor: Processor<'session-transition'> = async (data, ctx) => {
  await applySessionEvent(ctx, data.sessionId, { type: data.transition, by: 'timer', dueAt: new Date(data.dueAt) });
};

/** Queues one timer as a delayed job whose id is the domain's timer key. */
export async function scheduleTimer(ctx: AppContext, timer: Omit<SessionTimer, 'key'>, now = new Date()) {
  await ctx.jobs.ensure(
    'session-transition',
    { sessionId: timer.sessionId, transition: timer.transition, dueAt: timer.dueAt.toISOString() },
    { delay: Math.max(0, timer.dueAt.getTime() - now.getTime()) },
  );
}

/**
 * After commit. If Redis is away the timers are simply missing, and the rebuild sweep
 * (rebuild.ts) puts them back from the rows, so a request never fails on Redis.
 */
export async function scheduleTimersOrLeaveToSweeper(ctx: AppContext, rows: readonly SessionRow[], log?: Log) {
  for (const row of rows) {
    for (const timer of timersFor(factsOf(row))) {
      try {
        await scheduleTimer(ctx, timer);
      } catch (error) {
        log?.warn({ err: { message: (error as Error).message }, key: timer.key }, 'timer not queued; the sweeper will');
      }
    }
  }
}
