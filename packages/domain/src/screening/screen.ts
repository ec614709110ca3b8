import { findAbuse } from './abuse.ts';
import { findCrisis, mostUrgentKind } from './crisis.ts';
import { findLinks } from './links.ts';
import { classify } from './model/classify.ts';
import { normalise } from './normalise.ts';
import { findPii } from './pii.ts';
import { findSpam } from './spam.ts';
import { expandTextspeak } from './textspeak.ts';
import { type ScreenOptions, type ScreenResult, screenCategories } from './types.ts';
import { decide } from './verdict.ts';
import { censor, findWatched } from './watched.ts';

/**
 * Screens one post: pure and synchronous, the same for the screen-post job, the API's
 * pre-check and `pnpm village screen`. Every rule's pattern is compiled once when the module
 * loads; admins' watched words are compiled on first use and cached.
 */
export function screenText(text: string, options: ScreenOptions = {}): ScreenResult {
  const n = normalise(text);
  const spelled = expandTextspeak(n);
  const crisis = findCrisis(spelled);
  const abuse = findAbuse(n);
  const matches = [
    ...crisis,
    ...abuse,
    // The rules first; the trained model is a second opinion where they found nothing.
    ...classify(spelled, { crisis: crisis.length === 0, abuse: abuse.length === 0 }),
    ...findPii(n),
    ...(options.authorIsNew ? findLinks(n) : []),
    ...findSpam(n, options.recentPosts),
    ...findWatched(n, options.watchedWords),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const { verdict, blockReason } = decide(matches, options);
  return {
    verdict,
    categories: screenCategories.filter((c) => matches.some((m) => m.category === c)),
    crisisKind: mostUrgentKind(matches),
    matches,
    censored: censor(text, matches),
    blockReason,
  };
}
