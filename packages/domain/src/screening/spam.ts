import { matchesOf, type Normalised, originalSpan, phrase } from './normalise.ts';
import type { ScreenMatch } from './types.ts';

/**
 * Spam: the same post again (a flood, or a double tap on a slow connection), and obvious
 * selling. A repeat is refused with a kind word; selling waits for a moderator, because the
 * words overlap with ordinary chat ("anyone tried the crypto thing my husband lost money on?").
 */

/** Same words, whatever the case, spacing or punctuation. */
export function sameText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const COMMERCIAL = phrase(
  [
    'click (?:here|the link|link in (?:my )?bio)',
    'link in (?:my )?bio',
    '(?:earn|make|making|earning) (?:£|\\$|€)*\\d*[k£$]*\\s?(?:\\w+ ){0,3}(?:from home|a day|a week|a month|per (?:day|week|month)|online|passive)',
    'work(?:ing)? from home (?:opportunit\\w*|business|job offer)',
    'be your own boss',
    'passive income',
    'investment opportunit\\w*',
    'financial freedom',
    '(?:crypto|bitcoin|forex|btc|nft)s? (?:\\w+ ){0,3}(?:invest\\w*|trading|profits?|returns?|opportunit\\w*|mentor|expert|signals|account manager)',
    '(?:invest\\w*|trading|profits?) (?:\\w+ ){0,3}(?:crypto|bitcoin|forex|btc)',
    'dm me for (?:details|info|more|prices)',
    'limited (?:time )?offer',
    '(?:buy|order|shop) now',
    '(?:promo|referral|affiliate) (?:code|link)',
    'use (?:my )?code',
    'join my team',
    // A sum "a week" is selling only with an earning word (above): nursery fees, formula and
    // wages are everyday talk ("fees have gone up £80 a month").
    '100% (?:guaranteed|free)',
  ].join('|'),
);

export function findSpam(n: Normalised, recentPosts: readonly string[] = []): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  const mine = sameText(n.original);
  if (mine !== '' && recentPosts.some((post) => sameText(post) === mine)) {
    matches.push({ category: 'spam', start: 0, end: n.original.length, text: n.original, rule: 'spam.duplicate' });
  }
  for (const m of matchesOf(COMMERCIAL, n.text)) {
    const span = originalSpan(n, m.index, m.index + m[0].length);
    matches.push({ category: 'spam', ...span, text: n.original.slice(span.start, span.end), rule: 'spam.commercial' });
  }
  return matches;
}
