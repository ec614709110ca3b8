import type { Priority, ReportReason } from '../schemas/moderation.ts';
import type { ScreenCategory } from '../screening/types.ts';

const rank: Record<Priority, number> = { urgent: 0, high: 1, normal: 2, low: 3 };
export const priorityRank = (p: Priority): number => rank[p];
export const higherPriority = (a: Priority, b: Priority): Priority => (rank[a] <= rank[b] ? a : b);

/** A crisis is urgent; unkindness and personal details are high; the rest can wait a little. */
export function priorityForScreen(categories: readonly ScreenCategory[]): Priority {
  if (categories.includes('crisis')) return 'urgent';
  if (categories.includes('abuse') || categories.includes('pii')) return 'high';
  return 'normal';
}

/** A safety worry is urgent whoever raises it; several members reporting one post raise it too. */
export function priorityForReports(reasons: readonly ReportReason[], distinctReporters: number): Priority {
  let p: Priority = 'low';
  for (const reason of reasons) {
    const r: Priority =
      reason === 'safety'
        ? 'urgent'
        : reason === 'unkind' || reason === 'personal_details'
          ? 'high'
          : reason === 'spam'
            ? 'normal'
            : 'low';
    p = higherPriority(p, r);
  }
  if (distinctReporters >= 2) p = higherPriority(p, 'normal');
  if (distinctReporters >= 3) p = higherPriority(p, 'high');
  return p;
}

export interface DueMinutes {
  urgent: number;
  high: number;
  normal: number;
  low: number;
}
export const defaultDueMinutes: DueMinutes = { urgent: 15, high: 60, normal: 240, low: 1440 };

/** When an item raised now at this priority should have been looked at. */
export function dueAt(priority: Priority, from: Date, due: DueMinutes): Date {
  return new Date(from.getTime() + due[priority] * 60_000);
}
