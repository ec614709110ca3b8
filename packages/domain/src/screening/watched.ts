import { matchesOf, type Normalised, normalise, originalSpan } from './normalise.ts';
import type { ScreenMatch, WatchedWord } from './types.ts';

/**
 * The service's own watched words, managed by its admins (like Discourse's): each a word or
 * phrase with an action. Matching ignores case and apostrophes, needs whole words, lets a
 * phrase's spaces match any whitespace, and reads a trailing `*` as "any ending"
 * ("formula*" matches "formulas").
 */

/** Admins' lists change rarely and are the same for every post, so each phrase compiles once. */
const compiled = new Map<string, RegExp | null>();
const CACHE_LIMIT = 5000;

function compile(phrase: string): RegExp | null {
  const cached = compiled.get(phrase);
  if (cached !== undefined) return cached;
  const plain = normalise(phrase.trim()).text.trim();
  const wildcard = plain.endsWith('*');
  const body = (wildcard ? plain.slice(0, -1) : plain).trim();
  let re: RegExp | null = null;
  if (/[\p{L}\p{N}]/u.test(body)) {
    const source = body.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${source}${wildcard ? '[\\p{L}\\p{N}]*' : ''}(?![\\p{L}\\p{N}])`, 'gu');
  }
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(phrase, re);
  return re;
}

export function findWatched(n: Normalised, watchedWords: readonly WatchedWord[] = []): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  for (const word of watchedWords) {
    const re = compile(word.phrase);
    if (!re) continue;
    for (const m of matchesOf(re, n.text)) {
      const span = originalSpan(n, m.index, m.index + m[0].length);
      matches.push({
        category: 'watched',
        kind: word.action,
        ...span,
        text: n.original.slice(span.start, span.end),
        rule: `watched.${word.action}`,
      });
    }
  }
  return matches;
}

/**
 * The text with each `censor` match masked: its first character stays, every other
 * non-space character becomes '*', so the length (and every other match's offsets) is kept
 * and a reader can still tell a word was there ("b****", "s*** ****").
 */
export function censor(text: string, matches: readonly ScreenMatch[]): string | null {
  const spans = matches.filter((m) => m.category === 'watched' && m.kind === 'censor');
  if (spans.length === 0) return null;
  const chars = text.split('');
  for (const { start, end } of spans) {
    for (let i = start + 1; i < end; i++) if (!/\s/.test(chars[i] as string)) chars[i] = '*';
  }
  return chars.join('');
}
