/** A logistic regression over a post's sentence vector (encoder.ts), fitted by train.ts. */
export interface SenseHead {
  weights: readonly number[];
  bias: number;
  /** at or above: the head's category on its own say */
  threshold: number;
}

/** The head's probability that a post with this vector is of its category. */
export function headProbability(vector: readonly number[], head: Pick<SenseHead, 'weights' | 'bias'>): number {
  let z = head.bias;
  for (let i = 0; i < head.weights.length; i++) z += (head.weights[i] as number) * (vector[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
