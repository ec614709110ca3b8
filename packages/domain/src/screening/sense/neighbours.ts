import { readFileSync } from 'node:fs';

/**
 * The third opinion on a crisis: which labelled posts a new post sits nearest. The head
 * (crisis-sense.ts) draws one straight line through the space of sentence vectors, so a crisis
 * worded unlike most of its training posts can land on the wrong side of it even when a few
 * training posts say much the same. Its nearest neighbours notice: the margin is how much closer
 * the post is to its `NEAREST` closest crisis posts than to its closest other posts (kind
 * replies, grief, jokes, details, insults). train-crisis.ts weighs it in the stack beside the
 * word model and the head; on the older held-out writers it found more crises for the same
 * clean posts held (eval/README.md, round four).
 *
 * The labelled vectors ship in neighbours.bin, written by train-crisis.ts: each unit vector
 * rounded to bytes (8 bits per number changed no verdict), crisis posts first.
 */
export const NEAREST = 3;
/** Unit vectors' numbers stay within ±0.127 (measured max 0.115), so this keeps 3 digits. */
const BYTE_SCALE = 1000;
export const NEIGHBOURS_FILE = new URL('neighbours.bin', import.meta.url);

export interface LabelledVectors {
  dims: number;
  /** unit vectors of crisis posts, one after another */
  crisis: Float32Array;
  /** unit vectors of every other labelled post */
  other: Float32Array;
}

const unit = (v: readonly number[]): number[] => {
  const norm = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / norm);
};

/** The mean of the `NEAREST` highest cosine similarities between `q` (a unit vector) and the rows. */
function nearestSimilarity(q: readonly number[], rows: Float32Array, dims: number, skip?: (row: number) => boolean) {
  const top = new Array<number>(NEAREST).fill(-1);
  for (let r = 0, at = 0; at < rows.length; r++, at += dims) {
    if (skip?.(r)) continue;
    let s = 0;
    for (let i = 0; i < dims; i++) s += (q[i] as number) * (rows[at + i] as number);
    if (s > (top[NEAREST - 1] as number)) {
      top[NEAREST - 1] = s;
      top.sort((a, b) => b - a);
    }
  }
  return top.reduce((a, b) => a + b, 0) / NEAREST;
}

/**
 * How much nearer the post is to crisis posts than to the rest (about -0.3 to 0.3). `skip` leaves
 * rows out (training leaves out the post's own file, as the service has never seen a new post).
 */
export function neighbourMargin(
  vector: readonly number[],
  labelled: LabelledVectors = shipped(),
  skip: { crisis?: (row: number) => boolean; other?: (row: number) => boolean } = {},
): number {
  const q = unit(vector);
  return (
    nearestSimilarity(q, labelled.crisis, labelled.dims, skip.crisis) -
    nearestSimilarity(q, labelled.other, labelled.dims, skip.other)
  );
}

/** Labelled vectors from plain arrays, each made a unit vector. */
export function labelledVectors(crisis: readonly (readonly number[])[], other: readonly (readonly number[])[]) {
  const dims = crisis[0]?.length ?? other[0]?.length ?? 0;
  const flat = (vs: readonly (readonly number[])[]) => Float32Array.from(vs.flatMap((v) => unit(v)));
  return { dims, crisis: flat(crisis), other: flat(other) } satisfies LabelledVectors;
}

/** neighbours.bin: three little-endian uint32 (crisis rows, other rows, dims), then a signed byte per number. */
export function packNeighbours(labelled: LabelledVectors): Buffer {
  const head = Buffer.alloc(12);
  const rows = (a: Float32Array) => a.length / labelled.dims;
  head.writeUInt32LE(rows(labelled.crisis), 0);
  head.writeUInt32LE(rows(labelled.other), 4);
  head.writeUInt32LE(labelled.dims, 8);
  const bytes = (a: Float32Array) =>
    Buffer.from(Int8Array.from(a, (x) => Math.max(-127, Math.min(127, Math.round(x * BYTE_SCALE)))).buffer);
  return Buffer.concat([head, bytes(labelled.crisis), bytes(labelled.other)]);
}

export function unpackNeighbours(file: Buffer): LabelledVectors {
  const [crisisRows, otherRows, dims] = [0, 4, 8].map((at) => file.readUInt32LE(at)) as [number, number, number];
  const bytes = new Int8Array(file.buffer, file.byteOffset + 12, (crisisRows + otherRows) * dims);
  // Rounding moved each vector a little off unit length; make them unit again.
  const rows = (from: number, count: number) => {
    const out = new Float32Array(count * dims);
    for (let r = 0; r < count; r++) {
      const v = Array.from(bytes.subarray((from + r) * dims, (from + r + 1) * dims));
      out.set(unit(v), r * dims);
    }
    return out;
  };
  return { dims, crisis: rows(0, crisisRows), other: rows(crisisRows, otherRows) };
}

let loaded: LabelledVectors | undefined;
/** The shipped vectors, read on first use (about 3 MB, 50 ms). */
function shipped(): LabelledVectors {
  loaded ??= unpackNeighbours(readFileSync(NEIGHBOURS_FILE));
  return loaded;
}
