import type { TrainingModuleView, TrainingStatusView } from '@village/domain';
import { formatDate } from '../format.ts';

/**
 * Training status in words, for her own page and the admins' list alike: what stops her
 * facilitating now, then what runs out within 30 days (soonest first).
 */
export interface TrainingLine {
  tone: 'blocked' | 'soon' | 'ok';
  text: string;
}

export function moduleNamer(modules: readonly TrainingModuleView[]): (key: string) => string {
  const names = new Map(modules.map((m) => [m.key, m.name]));
  return (key) => names.get(key) ?? key.replaceAll('_', ' ');
}

export function trainingLines(status: TrainingStatusView, nameOf: (key: string) => string): TrainingLine[] {
  const list = (keys: string[]) => keys.map(nameOf).join(', ');
  const lines: TrainingLine[] = [];
  if (status.expired.length > 0) lines.push({ tone: 'blocked', text: `Expired: ${list(status.expired)}.` });
  if (status.missing.length > 0) lines.push({ tone: 'blocked', text: `Not yet recorded: ${list(status.missing)}.` });
  for (const soon of status.expiringSoon) {
    lines.push({ tone: 'soon', text: `${nameOf(soon.module)} runs out on ${formatDate(soon.expiresAt)}.` });
  }
  if (lines.length === 0) lines.push({ tone: 'ok', text: 'All required training is current.' });
  return lines;
}
