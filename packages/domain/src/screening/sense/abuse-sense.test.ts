import { describe, expect, it } from 'vitest';
import { screenText } from '../screen.ts';
import { screenPost } from '../screen-post.ts';
import { abuseBySense, abuseProbability } from './abuse-sense.ts';
import { encode } from './encoder.ts';
import type { SenseHead } from './head.ts';

describe('the sentence encoder', () => {
  it('gives each text a 512-number vector, the same one every time', async () => {
    const [a, b] = await encode(['Anyone else up with a cluster-feeding newborn?', 'you are vile']);
    expect(a).toHaveLength(512);
    expect(b).toHaveLength(512);
    expect(a).not.toEqual(b);
    const [again] = await encode(['Anyone else up with a cluster-feeding newborn?']);
    expect(again).toEqual(a);
  });

  it('answers texts asked for at once, batched on its thread, each with its own vector', async () => {
    const texts = [
      'the health visitor came today',
      'you lot are pathetic',
      'my nan knits hats',
      'sleep regression again',
    ];
    const together = await Promise.all(texts.map((t) => encode([t])));
    // One by one, spelled with a trailing space so the cache cannot answer: the same meaning.
    const alone: Array<readonly number[]> = [];
    for (const t of texts) alone.push(...(await encode([`${t} `])));
    const cosine = (x: readonly number[], y: readonly number[]) => {
      const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * (b[i] as number), 0);
      return dot(x, y) / Math.sqrt(dot(x, x) * dot(y, y));
    };
    texts.forEach((_, i) => {
      expect(together[i]?.[0]).toHaveLength(512);
      expect(cosine(together[i]?.[0] as number[], alone[i] as number[])).toBeGreaterThan(0.95);
      expect(cosine(together[i]?.[0] as number[], alone[(i + 1) % texts.length] as number[])).toBeLessThan(0.9);
    });
  });

  it('places posts that mean much the same nearer than posts that do not', async () => {
    const [sneer, sneer2, kind] = await encode([
      'typical of mums like you to moan on here instead of parenting',
      'women like you should not have had kids, all you do is whinge',
      'you are doing so well, be kind to yourself tonight x',
    ]);
    const dot = (x: readonly number[], y: readonly number[]) => x.reduce((s, v, i) => s + v * (y[i] as number), 0);
    expect(dot(sneer as number[], sneer2 as number[])).toBeGreaterThan(dot(sneer as number[], kind as number[]));
  });
});

describe('abuseProbability', () => {
  const head: SenseHead = { weights: [2, -1], bias: -1, threshold: 0.5 };
  it('is the logistic of the weighted sum', () => {
    expect(abuseProbability([0, 0], head)).toBeCloseTo(1 / (1 + Math.E), 10);
    expect(abuseProbability([1, 0], head)).toBeCloseTo(1 / (1 + Math.exp(-1)), 10);
    expect(abuseProbability([0, 3], head)).toBeLessThan(0.05);
  });
});

describe('the sense layer in the screen', () => {
  // Contempt with no insult word, worded unlike anything in the rules.
  const contempt = [
    'honestly the standard of mothering in this group is embarrassing, no wonder your kids play up',
    "typical of you lot, can't cope with a newborn so you come on here begging for sympathy",
  ];
  // Kind replies to "you" with blunt words, which a careless head reads as abuse.
  const kind = [
    'you poor thing, that sounds so hard. sending love x',
    'you are not a bad mum, you are an exhausted one, please be gentle with yourself',
    'whoever said that to you was out of order, ignore them, you are doing brilliantly',
    'Anyone else up with a cluster-feeding newborn?',
  ];

  it.each(contempt)('holds contempt the rules have no words for: %s', async (text) => {
    const result = await screenPost(text);
    expect(result.verdict, JSON.stringify(result.matches)).toBe('hold');
    expect(result.categories).toContain('abuse');
  });

  it.each(kind)('lets a kind reply through: %s', async (text) => {
    const result = await screenPost(text);
    expect(result.verdict, JSON.stringify(result.matches)).toBe('allow');
  });

  it('marks its finds abuse.sense, over the whole post less its outer spaces', async () => {
    const text = `  ${contempt[1]}  `;
    const [vector] = await encode([text]);
    const found = abuseBySense(text, vector as number[]);
    expect(found).toEqual([
      { category: 'abuse', start: 2, end: text.length - 2, text: (contempt[1] as string).trim(), rule: 'abuse.sense' },
    ]);
  });

  it('leaves a disagreement that says it means no harm to the rules', async () => {
    // The head on its own reads this firm reply as contempt; the civility said in it answers.
    const text =
      "Firmly but kindly, Jo: I don't think it's fair to call bottle feeding lazy. There are a dozen medical reasons people can't breastfeed and you don't know anyone's history.";
    const [vector] = await encode([text]);
    expect(abuseProbability(vector as number[])).toBeGreaterThan(0.5);
    expect(abuseBySense(text, vector as number[])).toEqual([]);
    expect((await screenPost(text)).verdict).toBe('allow');
  });

  it('is asked only when the rules found no abuse, and only with a vector', async () => {
    const [vector] = await encode(['you stupid bitch']);
    const rules = screenText('you stupid bitch', { sentenceVector: vector });
    expect(rules.matches.map((m) => m.rule)).not.toContain('abuse.sense');
    expect(rules.categories).toContain('abuse');
    const withoutVector = screenText(contempt[0] as string);
    expect(withoutVector.matches.map((m) => m.rule)).not.toContain('abuse.sense');
  });
});
