import { type Normalised, originalSpan } from '../normalise.ts';
import { suspectsCrisis } from '../sense/crisis-sense.ts';
import type { CrisisKind, ScreenMatch } from '../types.ts';
import { hasInsult, mayDisclose } from './features.ts';
import { type LinearModel, scorePost } from './score.ts';
import trained from './weights.json' with { type: 'json' };

/**
 * The second opinion: a small linear text classifier (see train.ts), asked only when the rules
 * found nothing of its category. Rules over words miss disclosures worded a new way; the model
 * has seen a few hundred labelled posts and generalises a little further. Its finds are marked
 * `crisis.model` / `abuse.model` so that moderators know a model, not a rule, suspected them,
 * and a suspected crisis is held for a human like any other. Given the post's sentence vector,
 * its crisis opinion is weighed together with the sense layer's (../sense/crisis-sense.ts).
 */

interface Weights extends LinearModel {
  thresholds: { crisis: number; abuse: number };
}

const model = trained as unknown as Weights;
const crisisClasses = ['suicide_self_harm', 'intrusive_thoughts', 'danger_to_baby', 'danger_from_other', 'psychosis'];
const groups = { crisis: crisisClasses, abuse: ['abuse'] };

export interface ModelOpinion {
  crisis: number;
  abuse: number;
}

/** The model's probabilities for a post (highest over its windows), for tests and tuning. */
export function modelOpinion(text: string): ModelOpinion {
  const s = scorePost(model, text, groups, { crisis: mayDisclose, abuse: hasInsult });
  return { crisis: s.crisis?.p ?? 0, abuse: s.abuse?.p ?? 0 };
}

/** Matches for what the model suspects and the rules did not find. */
export function classify(
  n: Normalised,
  need: { crisis: boolean; abuse: boolean },
  sentenceVector?: readonly number[],
): ScreenMatch[] {
  if (!need.crisis && !need.abuse) return [];
  const s = scorePost(model, n.text, groups, { crisis: mayDisclose, abuse: hasInsult });
  const out: ScreenMatch[] = [];
  const add = (category: 'crisis' | 'abuse', w: { from: number; to: number; cls: string }) => {
    let { from, to } = w;
    while (from < to && /\s/.test(n.text[from] as string)) from++;
    while (to > from && /\s/.test(n.text[to - 1] as string)) to--;
    const span = originalSpan(n, from, to);
    out.push({
      category,
      ...(category === 'crisis' ? { kind: w.cls as CrisisKind } : {}),
      ...span,
      text: n.original.slice(span.start, span.end),
      rule: `${category}.model`,
    });
  };
  if (need.crisis && s.crisis) {
    const suspected = sentenceVector
      ? suspectsCrisis(s.crisis.p, sentenceVector)
      : s.crisis.p >= model.thresholds.crisis;
    // A window the gate closed everywhere has no span or kind of its own: the whole post, and
    // the kind whose help is most urgent.
    const window = s.crisis.to > s.crisis.from ? s.crisis : { from: 0, to: n.text.length, cls: 'suicide_self_harm' };
    if (suspected) add('crisis', window);
  }
  if (need.abuse && s.abuse && s.abuse.p >= model.thresholds.abuse) add('abuse', s.abuse);
  return out;
}
