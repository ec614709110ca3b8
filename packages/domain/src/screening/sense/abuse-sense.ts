import type { ScreenMatch } from '../types.ts';
import { headProbability, type SenseHead } from './head.ts';
import trained from './weights.json' with { type: 'json' };

/**
 * The sense layer's opinion on abuse: a logistic regression over the post's sentence vector
 * (encoder.ts), trained by train.ts on the labelled posts in ../eval. It reads the whole post's
 * meaning rather than its words, so where a post has a vector it replaces the word model's
 * opinion on abuse (the rules' own finds stand):
 *
 * - it finds contempt worded a new way, with no insult word ("typical foreign mums coming over
 *   here to sponge off our NHS", "I wouldn't help either if I had to listen to you moan");
 * - it is less fooled by kind replies with blunt words: the word model sees "you" near "bad
 *   mum" or "idiot" and cannot tell "you're not a bad mum" or "whoever said that to you is an
 *   idiot" from an insult.
 *
 * Its finds are marked `abuse.sense`, span the whole post, and are held for a moderator like any
 * abuse. Figures, cross-validated and on held-out writers: ../eval/README.md.
 */
const head = trained as SenseHead;

/** The head's probability that a post with this vector is abuse. */
export function abuseProbability(vector: readonly number[], model: SenseHead = head): number {
  return headProbability(vector, model);
}

/**
 * Below this many words a sentence vector says little ("x", "This. All of this." land anywhere);
 * short insults are the rules' to find.
 */
const MIN_WORDS = 4;

/**
 * Disagreement that says it means no harm: "I respectfully disagree", "just my view", "not having
 * a go", "let's keep this space kind". The head reads a firm reply to another member as contempt
 * (train-q: six of its clean posts); an insult inside such a post is still the rules' to find.
 * "With respect" and "no offence" are left out: they open put-downs as often as not.
 */
const CIVIL_DISAGREEMENT =
  /(?<![\p{L}])(?:respectfully disagree|i (?:dont|don['’]t|do not) think (?:it['’]?s|it is) fair|just my (?:view|opinion|two pence|2p|2 cents)|not having a go|firmly but kindly|(?:let['’]?s|lets) keep (?:this|it|the group) (?:space )?kind|i (?:won['’]?t|will not) insult you|hope your day gets better|agree to disagree|both things can be true|not sure i agree|made the right call)(?![\p{L}])/iu;

/** A match over the whole post when its vector reads as abuse, else nothing. */
export function abuseBySense(text: string, vector: readonly number[]): ScreenMatch[] {
  if ((text.match(/\p{L}+/gu)?.length ?? 0) < MIN_WORDS) return [];
  if (CIVIL_DISAGREEMENT.test(text)) return [];
  if (abuseProbability(vector) < head.threshold) return [];
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  if (end <= start) return [];
  return [{ category: 'abuse', start, end, text: text.slice(start, end), rule: 'abuse.sense' }];
}
