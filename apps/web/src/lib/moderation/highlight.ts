/** A span of a post's text, [start, end) in UTF-16 code units, as the screen reports it. */
export interface Span {
  start: number;
  end: number;
  /** what matched there (e.g. "crisis"), read out beside the highlight */
  label?: string;
}

export type Segment = { text: string; marked: false } | { text: string; marked: true; labels: string[] };

/**
 * Splits text into plain and marked runs for <mark>. Spans may come unsorted, overlapping,
 * touching or out of range (the text may have been censored since): they are clamped to the
 * text, empty ones dropped, and overlapping ones joined into one run carrying every label.
 */
export function highlightSegments(text: string, spans: readonly Span[]): Segment[] {
  const valid = spans
    .map((s) => ({
      start: Math.max(0, Math.floor(s.start)),
      end: Math.min(text.length, Math.floor(s.end)),
      label: s.label,
    }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.start < s.end)
    .sort((a, b) => a.start - b.start || a.end - b.end);

  const runs: { start: number; end: number; labels: string[] }[] = [];
  for (const span of valid) {
    const last = runs.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (span.label && !last.labels.includes(span.label)) last.labels.push(span.label);
    } else {
      runs.push({ start: span.start, end: span.end, labels: span.label ? [span.label] : [] });
    }
  }

  const segments: Segment[] = [];
  let at = 0;
  for (const run of runs) {
    if (run.start > at) segments.push({ text: text.slice(at, run.start), marked: false });
    segments.push({ text: text.slice(run.start, run.end), marked: true, labels: run.labels });
    at = run.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
