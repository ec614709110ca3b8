/**
 * Retrains the screen's learned opinions in one process:
 *
 *   node packages/domain/src/screening/train-all.ts [--all]     (pnpm --filter @village/domain train)
 *
 * By default only the sense layer's crisis head and stack (sense/train-crisis.ts), fitted on the
 * word model's leave-one-file-out scores, which are computed once here. With `--all`, first the
 * word model itself (model/train.ts, its thresholds cross-validated) and the abuse head
 * (sense/train.ts) too. The committed word model and abuse head were trained on the sets of their
 * day (a648996, 4708f8e) and are kept: retrained on every set since, each held more everyday posts
 * in sample (eval/README.md), so `--all` is for a round that measures that again, not a routine
 * step. Deterministic. Run biome on the folder afterwards (it reformats model/weights.json).
 */
import { crossValidate, load, trainWordModel } from './model/train.ts';
import { trainAbuseHead } from './sense/train.ts';
import { trainCrisisSense } from './sense/train-crisis.ts';

const all = process.argv.includes('--all');
const words = all ? trainWordModel({ cv: true }) : crossValidate(load());
if (!words) throw new Error('the word model was trained without cross-validation');
if (all) await trainAbuseHead();
await trainCrisisSense(words);
process.exit(0);
