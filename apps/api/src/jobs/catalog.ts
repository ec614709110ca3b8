import { type TimerTransition, timerKey } from '@village/domain';
import { reminderKey } from '../sessions/reminder-key.ts';

/**
 * Every BullMQ job Village runs, by explicit name. Payloads carry ids only: processors re-read
 * the rows, so a stale or duplicate job does no harm.
 */
export interface JobCatalog {
  'screen-post': { postId: string; version: number };
  'triage-report': { reportId: string };
  /** a session's timer (open, ending notice, close); `dueAt` is ISO and part of its id */
  'session-transition': { sessionId: string; transition: TimerTransition; dueAt: string };
  /** "starts in 24 hours / 15 minutes" to those going; `dueAt` is ISO and part of its id */
  'session-reminder': { sessionId: string; kind: '24h' | '15m'; dueAt: string };
}
export type JobName = keyof JobCatalog;

/** Which queue each job lives on, so workers for one concern can scale apart. */
export const jobQueue: Record<JobName, QueueName> = {
  'screen-post': 'screening',
  'triage-report': 'reports',
  'session-transition': 'sessions',
  'session-reminder': 'sessions',
};
export const queueNames = ['screening', 'reports', 'sessions'] as const;
export type QueueName = (typeof queueNames)[number];

/** A job id derived from its row: enqueueing the same work twice runs it once. */
export const jobIds: { [N in JobName]: (data: JobCatalog[N]) => string } = {
  'screen-post': ({ postId, version }) => `screen-post-${postId}-v${version}`,
  'triage-report': ({ reportId }) => `triage-report-${reportId}`,
  'session-transition': ({ sessionId, transition, dueAt }) => timerKey(sessionId, transition, new Date(dueAt)),
  'session-reminder': ({ sessionId, kind, dueAt }) => reminderKey(sessionId, kind, new Date(dueAt)),
};
