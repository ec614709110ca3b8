import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import { alertOverdueUrgentItems } from '../moderation/overdue.ts';
import { sweepUntriagedReports } from '../reports/sweeper.ts';
import { sweepUnscreenedPosts } from '../screening/sweeper.ts';
import { rebuildSessionTimers } from '../sessions/rebuild.ts';
import { rebuildSessionReminders } from '../sessions/reminders.job.ts';

export interface Sweeper {
  stop(): void;
}

const SWEEP_EVERY_MS = 15_000;

/**
 * Postgres holds the truth; this finds whatever missed its job and runs it again: posts still
 * owed a screen, reports never triaged, urgent items overdue and not yet escalated to admins,
 * session timers and reminders missing from Redis (rebuilt from the rows).
 */
export function startSweeper(
  ctx: AppContext,
  log?: Pick<FastifyBaseLogger, 'warn'>,
  everyMs = SWEEP_EVERY_MS,
): Sweeper {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    for (const sweep of [
      sweepUnscreenedPosts,
      sweepUntriagedReports,
      alertOverdueUrgentItems,
      rebuildSessionTimers,
      rebuildSessionReminders,
    ]) {
      try {
        await sweep(ctx);
      } catch (error) {
        // Redis or Postgres away: the next tick tries again.
        log?.warn({ err: { message: (error as Error).message }, sweep: sweep.name }, 'sweep failed');
      }
    }
    running = false;
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
