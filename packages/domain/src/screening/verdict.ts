import type { ScreenMatch, ScreenOptions, Verdict } from './types.ts';

/**
 * From what matched to what happens. Each category asks for a verdict and the strongest wins
 * (block > hold > flag > allow), with one exception, the most important rule of the product:
 * a post with crisis content is never blocked. Refusing a disclosure teaches her not to
 * disclose; it is held for a moderator instead (or flagged, if the service chose so), and
 * she is shown the crisis card.
 */

const strength: Record<Verdict, number> = { allow: 0, flag: 1, hold: 2, block: 3 };
const stronger = (a: Verdict, b: Verdict): Verdict => (strength[b] > strength[a] ? b : a);

function verdictFor(match: ScreenMatch, options: ScreenOptions): Verdict {
  switch (match.category) {
    case 'crisis':
      return options.crisisAction ?? 'hold';
    case 'abuse':
    case 'pii':
    case 'link':
      return 'hold';
    case 'spam':
      return match.rule === 'spam.duplicate' ? 'block' : 'hold';
    case 'watched':
      return match.kind === 'censor' ? 'allow' : ((match.kind as Verdict | undefined) ?? 'flag');
  }
}

export interface Decision {
  verdict: Verdict;
  blockReason: string | null;
}

export function decide(matches: readonly ScreenMatch[], options: ScreenOptions = {}): Decision {
  let verdict: Verdict = 'allow';
  for (const match of matches) verdict = stronger(verdict, verdictFor(match, options));
  if (verdict === 'block' && matches.some((m) => m.category === 'crisis')) verdict = 'hold';
  return { verdict, blockReason: verdict === 'block' ? blockReason(matches) : null };
}

/** What she is told when a post is refused: plainly, kindly, and what to do next. */
function blockReason(matches: readonly ScreenMatch[]): string {
  const reasons: string[] = [];
  if (matches.some((m) => m.rule === 'spam.duplicate')) {
    reasons.push(
      "You've already posted this. If you meant to add something, edit your earlier post or change this one before posting.",
    );
  }
  const words = [
    ...new Set(matches.filter((m) => m.category === 'watched' && m.kind === 'block').map((m) => m.text.toLowerCase())),
  ];
  if (words.length > 0) {
    reasons.push(
      `Your post includes words this service doesn't allow: ${words.map((w) => `"${w}"`).join(', ')}. Please change them and post again.`,
    );
  }
  return reasons.join(' ');
}
