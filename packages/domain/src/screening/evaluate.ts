import { screenPost } from './screen-post.ts';
import { type CrisisKind, crisisKinds, type ScreenResult } from './types.ts';

/**
 * The screen's quality, measured on labelled posts: one definition of the metrics, used by
 * `pnpm village screen --eval` and by the quality test.
 *
 * - recall of a label (crisis, abuse, pii): the share of its posts whose categories include it;
 *   a crisis post must also not be allowed through;
 * - clean false positives: the share of clean posts not allowed.
 */

export const evalLabels = ['crisis', 'abuse', 'pii', 'clean'] as const;
export type EvalLabel = (typeof evalLabels)[number];
export type RecallLabel = Exclude<EvalLabel, 'clean'>;

export interface EvalLine {
  label: EvalLabel;
  text: string;
  /** for crisis lines, the kind a moderator would give it (optional) */
  kind?: CrisisKind;
}

export interface LabelScore {
  total: number;
  found: number;
  /** found / total, or null when there are no lines with this label */
  recall: number | null;
}

export interface EvalMiss {
  label: EvalLabel;
  verdict: ScreenResult['verdict'];
  categories: ScreenResult['categories'];
  crisisKind: CrisisKind | null;
  text: string;
}

export interface EvalReport {
  lines: number;
  recall: Record<RecallLabel, LabelScore>;
  clean: { total: number; notAllowed: number; falsePositiveRate: number | null };
  /** crisis lines labelled with a kind, and how many the screen gave the same kind */
  crisisKinds: { labelled: number; agreed: number };
  /** labelled posts the screen got wrong (missed, or clean and not allowed) */
  misses: EvalMiss[];
  /** crisis lines caught but given another kind than their label */
  kindMismatches: Array<{ expected: CrisisKind; got: CrisisKind | null; text: string }>;
}

/** The quality the service promises; the eval test holds every labelled file to it. */
export const qualityThresholds = { crisis: 0.95, abuse: 0.9, pii: 0.9, cleanFalsePositiveRate: 0.05 } as const;

export async function evaluate(
  lines: readonly EvalLine[],
  screen: (text: string) => ScreenResult | Promise<ScreenResult> = screenPost,
): Promise<EvalReport> {
  const recall: Record<RecallLabel, LabelScore> = {
    crisis: { total: 0, found: 0, recall: null },
    abuse: { total: 0, found: 0, recall: null },
    pii: { total: 0, found: 0, recall: null },
  };
  const clean = { total: 0, notAllowed: 0, falsePositiveRate: null as number | null };
  const crisisKindScore = { labelled: 0, agreed: 0 };
  const misses: EvalMiss[] = [];
  const kindMismatches: EvalReport['kindMismatches'] = [];
  for (const line of lines) {
    const result = await screen(line.text);
    const miss = (): void => {
      misses.push({
        label: line.label,
        verdict: result.verdict,
        categories: result.categories,
        crisisKind: result.crisisKind,
        text: line.text,
      });
    };
    if (line.label === 'clean') {
      clean.total++;
      if (result.verdict !== 'allow') {
        clean.notAllowed++;
        miss();
      }
      continue;
    }
    const score = recall[line.label];
    score.total++;
    const found = result.categories.includes(line.label) && (line.label !== 'crisis' || result.verdict !== 'allow');
    if (!found) {
      miss();
      continue;
    }
    score.found++;
    if (line.label === 'crisis' && line.kind) {
      crisisKindScore.labelled++;
      if (result.crisisKind === line.kind) crisisKindScore.agreed++;
      else kindMismatches.push({ expected: line.kind, got: result.crisisKind, text: line.text });
    }
  }
  for (const score of Object.values(recall)) score.recall = score.total ? score.found / score.total : null;
  clean.falsePositiveRate = clean.total ? clean.notAllowed / clean.total : null;
  return { lines: lines.length, recall, clean, crisisKinds: crisisKindScore, misses, kindMismatches };
}

/** Whether a report meets `qualityThresholds` (labels with no lines are not judged). */
export function meetsThresholds(report: EvalReport): boolean {
  const ok = (value: number | null, check: (v: number) => boolean) => value === null || check(value);
  return (
    ok(report.recall.crisis.recall, (v) => v >= qualityThresholds.crisis) &&
    ok(report.recall.abuse.recall, (v) => v >= qualityThresholds.abuse) &&
    ok(report.recall.pii.recall, (v) => v >= qualityThresholds.pii) &&
    ok(report.clean.falsePositiveRate, (v) => v <= qualityThresholds.cleanFalsePositiveRate)
  );
}

/**
 * Reads JSON lines of `{"label": "...", "text": "...", "kind"?: "..."}`. Blank lines are
 * skipped; anything else that is not such a line throws, naming the line.
 */
export function parseEvalLines(content: string): EvalLine[] {
  const lines: EvalLine[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new Error(`${where}: not valid JSON`);
    }
    if (typeof value !== 'object' || value === null) throw new Error(`${where}: expected an object`);
    const { label, text, kind } = value as Record<string, unknown>;
    if (!evalLabels.includes(label as EvalLabel)) {
      throw new Error(`${where}: "label" must be one of ${evalLabels.join(', ')}`);
    }
    if (typeof text !== 'string') throw new Error(`${where}: "text" must be a string`);
    if (kind !== undefined && !crisisKinds.includes(kind as CrisisKind)) {
      throw new Error(`${where}: "kind" must be one of ${crisisKinds.join(', ')}`);
    }
    lines.push({ label: label as EvalLabel, text, ...(kind ? { kind: kind as CrisisKind } : {}) });
  });
  return lines;
}

const percent = (value: number | null) => (value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`);

/** The report as a person tuning the rules reads it: figures first, then every miss. */
export function formatReport(report: EvalReport): string {
  const out: string[] = [`${report.lines} labelled posts`];
  for (const label of ['crisis', 'abuse', 'pii'] as const) {
    const s = report.recall[label];
    out.push(`${label.padEnd(6)} recall ${percent(s.recall).padStart(6)}  (${s.found}/${s.total})`);
  }
  const c = report.clean;
  out.push(`clean  not allowed ${percent(c.falsePositiveRate).padStart(6)}  (${c.notAllowed}/${c.total})`);
  if (report.crisisKinds.labelled > 0) {
    out.push(`crisis kind agreed on ${report.crisisKinds.agreed}/${report.crisisKinds.labelled} labelled lines`);
  }
  out.push(`thresholds ${meetsThresholds(report) ? 'met' : 'NOT met'}`);
  if (report.misses.length > 0) {
    out.push('', `misses (${report.misses.length}):`);
    for (const m of report.misses) {
      const got = m.categories.length ? m.categories.join(',') : '-';
      out.push(`  ${m.label.padEnd(6)} ${m.verdict.padEnd(5)} [${got}] ${JSON.stringify(m.text)}`);
    }
  }
  if (report.kindMismatches.length > 0) {
    out.push('', `crisis kind mismatches (${report.kindMismatches.length}):`);
    for (const k of report.kindMismatches)
      out.push(`  expected ${k.expected}, got ${k.got}: ${JSON.stringify(k.text)}`);
  }
  return out.join('\n');
}
