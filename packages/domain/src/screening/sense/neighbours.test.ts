import { describe, expect, it } from 'vitest';
import { encode } from './encoder.ts';
import { labelledVectors, NEAREST, neighbourMargin, packNeighbours, unpackNeighbours } from './neighbours.ts';

describe('neighbourMargin', () => {
  // Three crisis posts around one direction, three others around another.
  const crisis = [
    [1, 0.1, 0],
    [1, -0.1, 0],
    [1, 0, 0.1],
  ];
  const other = [
    [0, 1, 0.1],
    [0.1, 1, 0],
    [0, 1, -0.1],
  ];
  const labelled = labelledVectors(crisis, other);

  it(`is positive near crisis posts and negative near the rest (${NEAREST} nearest of each)`, () => {
    expect(neighbourMargin([2, 0, 0], labelled)).toBeGreaterThan(0.5);
    expect(neighbourMargin([0, 3, 0], labelled)).toBeLessThan(-0.5);
    expect(Math.abs(neighbourMargin([1, 1, 0], labelled))).toBeLessThan(0.05);
  });

  it('does not care how long the vector is', () => {
    expect(neighbourMargin([5, 1, 0], labelled)).toBeCloseTo(neighbourMargin([0.5, 0.1, 0], labelled), 6);
  });

  it('leaves out the rows it is told to skip', () => {
    const near = [[1, 0, 0], ...crisis.slice(1)];
    const far = labelledVectors(near, other);
    const all = neighbourMargin([1, 0, 0], far);
    const without = neighbourMargin([1, 0, 0], far, { crisis: (row) => row === 0 });
    expect(without).toBeLessThan(all);
  });
});

describe('neighbours.bin', () => {
  it('round-trips vectors through bytes within a thousandth of each number', () => {
    const vectors = Array.from({ length: 4 }, (_, r) => Array.from({ length: 512 }, (_, i) => Math.sin(r * 7 + i)));
    const labelled = labelledVectors(vectors.slice(0, 1), vectors.slice(1));
    const back = unpackNeighbours(packNeighbours(labelled));
    expect(back.dims).toBe(512);
    expect(back.crisis.length).toBe(512);
    expect(back.other.length).toBe(3 * 512);
    const worst = Math.max(...Array.from(back.other, (x, i) => Math.abs(x - (labelled.other[i] as number))));
    expect(worst).toBeLessThan(1e-3);
  });

  it('ships with the service, read from the bin: a disclosure sits nearer crisis posts, a question about shoes does not', async () => {
    const [crisis, shoes] = await encode([
      "I don't want to be here anymore. Everyone would be better off without me.",
      'Does anyone have tips for getting a toddler to wear shoes? Ours screams every single morning.',
    ]);
    expect(neighbourMargin(crisis as number[])).toBeGreaterThan(0);
    expect(neighbourMargin(shoes as number[])).toBeLessThan(0);
  });
});
