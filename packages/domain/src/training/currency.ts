import { defaultTrainingModules } from '../schemas/training.ts';

/**
 * Is a facilitator's training current? Only a facilitator whose required modules are all
 * current may be assigned to a group or lead a session (issue 4), and training that runs out
 * within 30 days is shown to her and to the admins so it can be renewed in time.
 *
 * Module keys are plain strings: the defaults are `safeguarding`, `keeping_focus` and
 * `managing_endings`, and a service adds its own (say `infant_feeding`) by listing it in its
 * required modules; records for modules nobody requires are kept but do not count.
 */
export const EXPIRING_SOON_DAYS = 30;

export interface TrainingRecord {
  module: string;
  completedAt: Date;
  /** null: this module does not expire */
  expiresAt: Date | null;
}

export interface TrainingStatus {
  /** every required module has a record in force */
  current: boolean;
  /** required modules with no record at all */
  missing: string[];
  /** required modules whose every record has run out */
  expired: string[];
  /** required modules in force that run out within EXPIRING_SOON_DAYS, soonest first */
  expiringSoon: { module: string; expiresAt: Date }[];
}

/**
 * A record is in force from its completion until just before its expiry (`now < expiresAt`).
 * A record dated in the future does not count yet, so an admin cannot make someone current
 * ahead of the course. With several records for one module (renewals), the one that lasts
 * longest decides.
 */
export function trainingStatus(
  records: readonly TrainingRecord[],
  requiredModules: readonly string[] = defaultTrainingModules,
  now: Date,
): TrainingStatus {
  const t = now.getTime();
  const soon = t + EXPIRING_SOON_DAYS * 86_400_000;
  const missing: string[] = [];
  const expired: string[] = [];
  const expiringSoon: { module: string; expiresAt: Date }[] = [];

  for (const module of new Set(requiredModules)) {
    const started = records.filter((r) => r.module === module && r.completedAt.getTime() <= t);
    if (started.length === 0) {
      missing.push(module);
      continue;
    }
    const best = started.reduce((a, b) => (lastsLonger(b, a) ? b : a));
    if (best.expiresAt === null) continue;
    const ends = best.expiresAt.getTime();
    if (ends <= t) expired.push(module);
    else if (ends <= soon) expiringSoon.push({ module, expiresAt: best.expiresAt });
  }
  expiringSoon.sort((a, b) => a.expiresAt.getTime() - b.expiresAt.getTime());
  return { current: missing.length === 0 && expired.length === 0, missing, expired, expiringSoon };
}

const lastsLonger = (a: TrainingRecord, b: TrainingRecord): boolean =>
  b.expiresAt !== null && (a.expiresAt === null || a.expiresAt.getTime() > b.expiresAt.getTime());

/** The status as the API sends it (TrainingStatusView): instants as ISO strings. */
export const trainingStatusView = (status: TrainingStatus) => ({
  ...status,
  expiringSoon: status.expiringSoon.map((e) => ({ module: e.module, expiresAt: e.expiresAt.toISOString() })),
});
