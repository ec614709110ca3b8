import { Filter } from 'bad-words';

/**
 * The first screen: profanity via bad-words. The full screen (crisis language, personal
 * details, the service's own word list, links from new members) builds on this result shape.
 */
export type ScreenVerdict = { outcome: 'pass' } | { outcome: 'hold'; reasons: ScreenReason[] };
export type ScreenReason = { kind: 'profanity'; detail: string };

const filter = new Filter();

export function screenPost(text: string): ScreenVerdict {
  const reasons: ScreenReason[] = [];
  if (filter.isProfane(text)) reasons.push({ kind: 'profanity', detail: 'matched the profanity list' });
  return reasons.length === 0 ? { outcome: 'pass' } : { outcome: 'hold', reasons };
}
