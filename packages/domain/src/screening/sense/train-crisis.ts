/**
 * Trains the sense layer's crisis opinion (crisis-sense.ts) and writes sense/crisis-weights.json.
 *
 *   node packages/domain/src/screening/sense/train-crisis.ts
 *
 * Run it after model/train.ts (train-all.ts runs both): the stack weighs the word model's opinion,
 * so it needs the word model's leave-one-file-out scores; run alone, it computes them (about ten
 * minutes), while train-all.ts hands over the ones the word model's training just made. Then, leaving one
 * file out at a time, it fits the head (crisis against everything else, over the sentence
 * vector) and scores the left-out file, and takes each left-out post's margin among its
 * nearest neighbours in the other files (neighbours.ts); fits the stack on those three out-of-file
 * scores, over the posts where the rules found no crisis (the only ones it is asked about); and
 * chooses the threshold at `TARGET_CLEAN` of the ordinary clean and pii posts. Writes the
 * labelled vectors of every training post to sense/neighbours.bin. The head itself stays as
 * fitted in aa8a3aa unless asked with `--head`: refitted on the sets since, it held the demo's
 * first post (eval/README.md). Deterministic.
 *
 * The committed stack and neighbours.bin are round four's (a63342d). With the sets added in round
 * five (train-u..y, train-z1..z8, most of them crisis-heavy and out of the rules' reach) this fits
 * a stack that all but drops the word model and finds fewer crises on the validation writers
 * (eval/README.md, round five): measure its output on them before committing it.
 */
import { writeFileSync } from 'node:fs';
import { isMain } from '../eval/training-sets.ts';
import { crossValidate, load as loadWords } from '../model/train.ts';
import committed from './crisis-weights.json' with { type: 'json' };

type WordCrossValidation = ReturnType<typeof crossValidate>;

import { screenText } from '../screen.ts';
import { type CrisisSense, logit, stackedCrisis } from './crisis-sense.ts';
import { headProbability } from './head.ts';
import { labelledVectors, NEIGHBOURS_FILE, neighbourMargin, packNeighbours } from './neighbours.ts';
import { chooseThreshold, fit, HARD_NEGATIVES, load } from './train.ts';

/** At most this share of ordinary clean and pii posts held by the stack, cross-validated. */
const TARGET_CLEAN = 0.02;

interface Scored {
  file: string;
  label: string;
  /** the rules (not the models) found a crisis */
  rules: boolean;
  word: number;
  sense: number;
  /** nearer crisis posts than others, among the other files' posts (neighbours.ts) */
  margin: number;
}

const rulesFindCrisis = (text: string) =>
  screenText(text).matches.some((m) => m.category === 'crisis' && !m.rule.endsWith('.model'));

/** Out-of-file scores of the three opinions (word model, head, neighbours) for every training line. */
async function crossValidated(words: WordCrossValidation): Promise<{
  rows: Scored[];
  all: Awaited<ReturnType<typeof load>>;
  labelled: ReturnType<typeof labelledVectors>;
  wordThreshold: number;
}> {
  const key = (file: string, text: string) => `${file}\n${text}`;
  const wordScore = new Map(words.oof.map((o) => [key(o.e.file, o.e.line.text), o.crisis]));
  const all = (await load()).map((e) => ({ ...e, positive: e.line.label === 'crisis' }));
  const crisisPosts = all.filter((e) => e.positive);
  const otherPosts = all.filter((e) => !e.positive);
  const labelled = labelledVectors(
    crisisPosts.map((e) => e.x),
    otherPosts.map((e) => e.x),
  );
  const crisisFiles = crisisPosts.map((e) => e.file);
  const otherFiles = otherPosts.map((e) => e.file);
  const rows: Scored[] = [];
  for (const file of new Set(all.map((e) => e.file))) {
    const head = fit(
      all.filter((e) => e.file !== file),
      'adam',
    );
    for (const e of all.filter((x) => x.file === file)) {
      rows.push({
        file,
        label: e.line.label,
        rules: rulesFindCrisis(e.line.text),
        word: wordScore.get(key(file, e.line.text)) ?? 0,
        sense: headProbability(e.x, head),
        margin: neighbourMargin(e.x, labelled, {
          crisis: (r) => crisisFiles[r] === file,
          other: (r) => otherFiles[r] === file,
        }),
      });
    }
  }
  return { rows, all, labelled, wordThreshold: words.thresholds.crisis };
}

/** The stack's weights: a class-balanced logistic regression on the two logits and the margin, by gradient descent. */
function fitStack(rows: readonly Scored[]): CrisisSense['stack'] {
  // Scaled so that the features are of a size; the weights are unscaled at the end.
  const scale = [4, 8, 0.1];
  const xs = rows.map((r) => [logit(r.word), logit(r.sense), r.margin].map((x, j) => x / (scale[j] as number)));
  const ys = rows.map((r) => (r.label === 'crisis' ? 1 : 0));
  const positives = ys.filter(Boolean).length;
  const weight = ys.map((y) => (y ? 0.5 / positives : 0.5 / (ys.length - positives)));
  const w = [0, 0, 0];
  let bias = 0;
  for (let step = 0; step < 4000; step++) {
    const g = [0, 0, 0];
    let gBias = 0;
    xs.forEach((x, i) => {
      const z = x.reduce((sum, v, j) => sum + v * (w[j] as number), bias);
      const err = (1 / (1 + Math.exp(-z)) - (ys[i] as number)) * (weight[i] as number);
      x.forEach((v, j) => {
        g[j] = (g[j] as number) + err * v;
      });
      gBias += err;
    });
    w.forEach((_, j) => {
      w[j] = (w[j] as number) - 2 * (g[j] as number);
    });
    bias -= 2 * gBias;
  }
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  const [word, sense, neighbours] = w.map((v, j) => round(v / (scale[j] as number))) as [number, number, number];
  return { word, sense, neighbours, bias: round(bias) };
}

/**
 * Fits the crisis head and the stack and writes sense/crisis-weights.json. `words` is the word
 * model's cross-validation when the caller has just run it (train-all.ts); else it is run here.
 */
export async function trainCrisisSense(
  words: WordCrossValidation = crossValidate(loadWords()),
  refitHead = process.argv.includes('--head'),
): Promise<void> {
  const { rows, all, labelled, wordThreshold } = await crossValidated(words);
  const stack = fitStack(rows.filter((r) => !r.rules));
  const model = (threshold: number): CrisisSense => ({ head: { weights: [], bias: 0 }, stack, threshold });
  const stacked = (r: Scored) => stackedCrisis(r.word, r.sense, r.margin, model(1));
  const found = (r: Scored, t: number) => r.rules || stacked(r) >= t;
  const ordinary = rows.filter((r) => (r.label === 'clean' || r.label === 'pii') && !HARD_NEGATIVES.has(r.file));
  const threshold = chooseThreshold(
    ordinary.filter((r) => !r.rules).map(stacked),
    (TARGET_CLEAN * ordinary.length) / Math.max(1, ordinary.filter((r) => !r.rules).length),
  );
  const share = (xs: Scored[], t: number) => `${xs.filter((r) => found(r, t)).length}/${xs.length}`;
  const crisis = rows.filter((r) => r.label === 'crisis');
  const clean = rows.filter((r) => r.label === 'clean' && !HARD_NEGATIVES.has(r.file));
  console.log(`stack ${JSON.stringify(stack)}; cross-validated, rules plus the stack:`);
  for (const t of [threshold, 0.7, 0.8, 0.9])
    console.log(`  ≥${t.toFixed(3)}: crisis ${share(crisis, t)}, clean posts held for crisis ${share(clean, t)}`);
  const alone = (xs: Scored[]) => `${xs.filter((r) => r.rules || r.word >= wordThreshold).length}/${xs.length}`;
  console.log(
    `rules plus the word model alone (≥${wordThreshold.toFixed(3)}): crisis ${alone(crisis)}, clean ${alone(clean)}`,
  );
  const head = refitHead ? fit(all, 'adam') : committed.head;
  const sense: CrisisSense = { head, stack, threshold: Math.round(threshold * 1e6) / 1e6 };
  writeFileSync(new URL('crisis-weights.json', import.meta.url), `${JSON.stringify(sense)}\n`);
  writeFileSync(NEIGHBOURS_FILE, packNeighbours(labelled));
  const rowsOf = (a: Float32Array) => a.length / labelled.dims;
  console.log(
    `wrote sense/crisis-weights.json (threshold ${sense.threshold}, head ${refitHead ? 'refitted' : 'kept'})`,
  );
  console.log(`wrote sense/neighbours.bin (${rowsOf(labelled.crisis)} crisis, ${rowsOf(labelled.other)} other posts)`);
}

if (isMain(import.meta.url)) {
  await trainCrisisSense();
  process.exit(0);
}
