import { features, windows } from './features.ts';

/**
 * A multinomial logistic regression over the features of `features.ts`: one weight per
 * feature and class, one bias per class. Classes: `none`, `abuse`, and one per crisis kind.
 */
export interface LinearModel {
  classes: readonly string[];
  bias: readonly number[];
  weights: Readonly<Record<string, readonly number[]>>;
}

/** Class probabilities of one piece of normalised text. */
export function probabilities(model: LinearModel, text: string): number[] {
  const logits = [...model.bias];
  const fs = features(text);
  // Each feature weighs 1/sqrt(n): a long post must not add up to certainty word by word.
  const x = 1 / Math.sqrt(Math.max(1, fs.length));
  for (const f of fs) {
    const w = model.weights[f];
    if (w === undefined) continue;
    for (let k = 0; k < logits.length; k++) logits[k] = (logits[k] as number) + x * (w[k] ?? 0);
  }
  const top = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

export interface WindowScore {
  /** probability of the group of classes, in the window where it is highest */
  p: number;
  from: number;
  to: number;
  /** the most probable class of the group in that window */
  cls: string;
}

/** For each group of classes (e.g. every crisis kind), its highest probability over the post's windows. */
export function scorePost(
  model: LinearModel,
  text: string,
  groups: Record<string, readonly string[]>,
  /** per group: whether a window may count for it at all, given the window and the whole post */
  gates: Record<string, (window: string, post: string) => boolean> = {},
) {
  const index = Object.fromEntries(
    Object.entries(groups).map(([g, cs]) => [g, cs.map((c) => model.classes.indexOf(c)).filter((i) => i >= 0)]),
  );
  const best: Record<string, WindowScore> = {};
  for (const g of Object.keys(groups)) best[g] = { p: 0, from: 0, to: 0, cls: '' };
  for (const w of windows(text)) {
    const piece = text.slice(w.from, w.to);
    const open = Object.keys(index).filter((g) => gates[g]?.(piece, text) ?? true);
    if (open.length === 0) continue;
    const probs = probabilities(model, piece);
    for (const g of open) {
      const ids = index[g] as number[];
      let p = 0;
      let top = -1;
      for (const i of ids) {
        const q = probs[i] as number;
        p += q;
        if (top < 0 || q > (probs[top] as number)) top = i;
      }
      const b = best[g] as WindowScore;
      if (p > b.p) best[g] = { p, from: w.from, to: w.to, cls: model.classes[top] ?? '' };
    }
  }
  return best;
}
