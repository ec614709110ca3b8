/**
 * Every BullMQ job Village runs, by explicit name. Payloads carry ids only: processors re-read
 * the rows, so a stale or duplicate job does no harm.
 */
export interface JobCatalog {
  'screen-post': { postId: string; version: number };
  'triage-report': { reportId: string };
}
export type JobName = keyof JobCatalog;

/** Which queue each job lives on, so workers for one concern can scale apart. */
export const jobQueue: Record<JobName, QueueName> = {
  'screen-post': 'screening',
  'triage-report': 'reports',
};
export const queueNames = ['screening', 'reports'] as const;
export type QueueName = (typeof queueNames)[number];

/** A job id derived from its row: enqueueing the same work twice runs it once. */
export const jobIds: { [N in JobName]: (data: JobCatalog[N]) => string } = {
  'screen-post': ({ postId, version }) => `screen-post-${postId}-v${version}`,
  'triage-report': ({ reportId }) => `triage-report-${reportId}`,
};
