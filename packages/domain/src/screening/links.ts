import { matchesOf, type Normalised, originalSpan } from './normalise.ts';
import type { ScreenMatch } from './types.ts';

/**
 * Links. Spammers and people who mean harm often arrive as new accounts with a link, so a new
 * member's links wait for a moderator; an established member's links are her own business.
 * Bare domains count too ("mumsnet.com", "bit.ly/x"), emails do not (they are personal
 * details, see pii.ts).
 */
const TLD =
  '(?:com|co\\.uk|org\\.uk|org|net|uk|io|ly|me|info|app|co|ie|biz|gov\\.uk|nhs\\.uk|ac\\.uk|tv|shop|store|online|site|xyz|link|page|gl|gg|to|us|eu|de|fr|au|ca|nz|in|es|it|nl|ru|cn|club|live|life|health|care|blog)';
const LINK = new RegExp(
  `(?:https?://|www\\.)[^\\s<>"]+|(?<![@\\p{L}\\p{N}.\\-_])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+${TLD}(?![\\p{L}\\p{N}\\-@])(?:/[^\\s<>"]*)?`,
  'gu',
);
const TRAILING = /[.,;:!?)\]}]+$/;

export function findLinks(n: Normalised): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  for (const m of matchesOf(LINK, n.text)) {
    const link = m[0].replace(TRAILING, '');
    const span = originalSpan(n, m.index, m.index + link.length);
    matches.push({ category: 'link', ...span, text: n.original.slice(span.start, span.end), rule: 'link.new-member' });
  }
  return matches;
}
