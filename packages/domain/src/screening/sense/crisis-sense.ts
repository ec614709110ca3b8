import trained from './crisis-weights.json' with { type: 'json' };
import { headProbability, type SenseHead } from './head.ts';
import { type LabelledVectors, neighbourMargin } from './neighbours.ts';

/**
 * The sense layer's part in the crisis opinion. The word model (../model/) knows the words of a
 * disclosure; a sentence vector knows what a post means, so it also finds the ones worded as
 * nobody has worded them before ("I've stopped being able to picture myself old"). Neither alone
 * is as good as both: on writers it never saw, the head over the vector finds more crises than
 * the word model but holds more clean posts, so their two opinions, and the margin of the post's
 * nearest labelled neighbours (neighbours.ts), are weighed together by a small logistic
 * regression (the stack), fitted on each one's cross-validated scores by train-crisis.ts. The
 * rules come first as always; this is asked only where they found nothing.
 */
export interface CrisisSense {
  /** crisis (any kind) against everything else, over the sentence vector */
  head: Pick<SenseHead, 'weights' | 'bias'>;
  /** how the opinions weigh: z = word · logit(word model) + sense · logit(head) + neighbours · margin + bias */
  stack: { word: number; sense: number; neighbours: number; bias: number };
  /** at or above: a suspected crisis, held for a moderator */
  threshold: number;
}

const sense = trained as CrisisSense;

/** Probabilities are clamped before the logit, so a word model that said 0 still counts as a no. */
export const logit = (p: number) => {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
};

/** The head's own probability that a post with this vector is a crisis. */
export function senseCrisisProbability(vector: readonly number[], model: CrisisSense = sense): number {
  return headProbability(vector, model.head);
}

/** The stacked probability of a crisis, from the word model's probability, the head's and the neighbours' margin. */
export function stackedCrisis(
  wordProbability: number,
  senseProbability: number,
  margin: number,
  model: CrisisSense = sense,
): number {
  const { word, sense: weight, neighbours, bias } = model.stack;
  const z = word * logit(wordProbability) + weight * logit(senseProbability) + neighbours * margin + bias;
  return 1 / (1 + Math.exp(-z));
}

/** Whether the opinions together suspect a crisis the rules did not find. */
export function suspectsCrisis(
  wordProbability: number,
  vector: readonly number[],
  model: CrisisSense = sense,
  labelled?: LabelledVectors,
): boolean {
  const margin = neighbourMargin(vector, labelled);
  return stackedCrisis(wordProbability, senseCrisisProbability(vector, model), margin, model) >= model.threshold;
}
