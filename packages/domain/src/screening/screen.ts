import { screenAbuse } from './abuse.ts';
import { findCrisis, mostUrgentKind } from './crisis.ts';
import { findLinks } from './links.ts';
import { classify } from './model/classify.ts';
import { normalise } from './normalise.ts';
import { findPii } from './pii.ts';
import { abuseBySense } from './sense/abuse-sense.ts';
import { findSpam } from './spam.ts';
import { expandTextspeak } from './textspeak.ts';
import { type ScreenOptions, type ScreenResult, screenCategories } from './types.ts';
import { decide } from './verdict.ts';
import { censor, findWatched } from './watched.ts';

/**
 * Screens one post: pure and synchronous. The service and `pnpm village screen` call it through
 * `screenPost`, which first encodes the post for the sense layer. Every rule's pattern is compiled once when the module
 * loads; admins' watched words are compiled on first use and cached.
 */
export function screenText(text: string, options: ScreenOptions = {}): ScreenResult {
  const n = normalise(text);
  const spelled = expandTextspeak(n);
  const crisis = findCrisis(spelled);
  const { matches: abuse, teasing } = screenAbuse(n);
  // The rules first; the models are a second opinion where they found nothing. With the post's
  // vector: on crisis the word model and the sense layer weighed together, on abuse the sense
  // layer; without it, the word model on both.
  const vector = options.sentenceVector;
  const matches = [
    ...crisis,
    ...abuse,
    ...classify(spelled, { crisis: crisis.length === 0, abuse: abuse.length === 0 && !vector && !teasing }, vector),
    ...(vector && abuse.length === 0 && !teasing ? abuseBySense(text, vector) : []),
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
