import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvalLines } from './evaluate.ts';
import { screenText } from './screen.ts';
import type { WatchedWord } from './types.ts';

describe('links', () => {
  it.each([
    'have a look at https://example.org/page',
    'www.mumsnet.com has a thread',
    'try bit.ly/abc123',
    'it is on pandasfoundation.org.uk',
  ])('holds a new member’s link: %s', (text) => {
    expect(screenText(text, { authorIsNew: true })).toMatchObject({ verdict: 'hold', categories: ['link'] });
    expect(screenText(text, { authorIsNew: false })).toMatchObject({ verdict: 'allow', categories: [] });
  });

  it('does not take an email or "e.g." for a link', () => {
    expect(screenText('e.g. a walk', { authorIsNew: true }).categories).toEqual([]);
    expect(screenText('jo@example.com', { authorIsNew: true }).categories).toEqual(['pii']);
  });
});

describe('spam', () => {
  it('refuses the same post again, whatever the case, spacing or punctuation', () => {
    const result = screenText('Anyone  else up with a newborn?!', {
      recentPosts: ['other', 'anyone else up with a newborn'],
    });
    expect(result).toMatchObject({ verdict: 'block', categories: ['spam'] });
    expect(result.blockReason).toMatch(/^You've already posted this\./);
  });

  it('lets a different post through', () => {
    expect(screenText('Anyone else up?', { recentPosts: ['Anyone else up with a newborn?'] }).verdict).toBe('allow');
  });

  it.each([
    'Earn £500 a week from home, click here',
    'Bitcoin investment opportunity, 300% returns',
    'join my team and be your own boss',
  ])('holds selling: %s', (text) => {
    expect(screenText(text)).toMatchObject({ verdict: 'hold', categories: ['spam'] });
  });

  it.each([
    'Nursery fees have gone up £80 a month and the car failed its MOT. What a week.',
    'Formula is £14 a tin now, how is anyone managing?',
    'I only get £120 a week maternity pay after the first six weeks',
  ])('leaves money talk alone: %s', (text) => {
    expect(screenText(text).categories).not.toContain('spam');
  });
});

describe('watched words', () => {
  const words: WatchedWord[] = [
    { phrase: 'formula*', action: 'flag' },
    { phrase: 'essential oils', action: 'hold' },
    { phrase: 'miracle cure', action: 'block' },
    { phrase: 'bugger', action: 'censor' },
    { phrase: "can't stand", action: 'flag' },
  ];
  const screen = (text: string) => screenText(text, { watchedWords: words });

  it.each([
    ['flag', 'Which FORMULAS are best?'],
    ['hold', 'try essential\noils for colic'],
    ['block', 'this Miracle Cure works'],
    ['flag', 'I cant stand the noise'],
  ] as const)('%s: %s', (verdict, text) => {
    expect(screen(text)).toMatchObject({ verdict, categories: ['watched'] });
  });

  it('needs whole words', () => {
    expect(screen('reformulated milk').verdict).toBe('allow');
  });

  it('names the words in the block reason', () => {
    expect(screen('a miracle cure!').blockReason).toBe(
      'Your post includes words this service doesn\'t allow: "miracle cure". Please change them and post again.',
    );
  });

  it('censors by keeping the first letter and starring the rest, same length, verdict unaffected', () => {
    const result = screen('the little Bugger, BUGGER!');
    expect(result).toMatchObject({ verdict: 'allow', censored: 'the little B*****, B*****!' });
    expect(screenText('nothing here', { watchedWords: words }).censored).toBeNull();
  });

  it('ignores empty phrases', () => {
    expect(screenText('hello', { watchedWords: [{ phrase: ' * ', action: 'block' }] }).verdict).toBe('allow');
  });
});

describe('the verdict', () => {
  it('takes the strongest: block over hold over flag', () => {
    const watched: WatchedWord[] = [
      { phrase: 'hello', action: 'flag' },
      { phrase: 'ring', action: 'block' },
    ];
    expect(screenText('hello', { watchedWords: watched }).verdict).toBe('flag');
    expect(screenText('hello ring me on 07700 900456', { watchedWords: watched }).verdict).toBe('block');
    expect(screenText('hello, ring me on 07700 900456').verdict).toBe('hold');
  });

  it('never blocks a post with crisis content: a block becomes a hold', () => {
    const text = 'I want to die, I already posted this and nobody answered';
    const result = screenText(text, {
      recentPosts: [text],
      watchedWords: [{ phrase: 'die', action: 'block' }],
    });
    expect(result).toMatchObject({ verdict: 'hold', blockReason: null, crisisKind: 'suicide_self_harm' });
    expect(result.categories).toEqual(['crisis', 'spam', 'watched']);
  });

  it('with crisisAction flag, crisis alone publishes and flags, but other holds still hold', () => {
    expect(screenText('I want to die', { crisisAction: 'flag' }).verdict).toBe('flag');
    expect(screenText('I want to die, ring me 07700 900456', { crisisAction: 'flag' }).verdict).toBe('hold');
  });

  it('lists categories in their fixed order and allows a clean post', () => {
    expect(screenText('you stupid bitch, my number is 07700 900456. I want to die').categories).toEqual([
      'crisis',
      'abuse',
      'pii',
    ]);
    expect(screenText('Anyone else up with a cluster-feeding newborn?')).toEqual({
      verdict: 'allow',
      categories: [],
      crisisKind: null,
      matches: [],
      censored: null,
      blockReason: null,
    });
  });
});

describe('match spans', () => {
  const files = ['dev', 'heldout', 'fresh', 'fresh-2', 'fresh-3', 'clean-stress', 'untuned'].map((name) =>
    parseEvalLines(readFileSync(new URL(`./eval/${name}.jsonl`, import.meta.url), 'utf8')),
  );

  it('point at the author’s own text for every labelled post', () => {
    let checked = 0;
    for (const line of files.flat()) {
      for (const m of screenText(line.text, { authorIsNew: true }).matches) {
        expect(line.text.slice(m.start, m.end), line.text).toBe(m.text);
        expect(m.rule).toMatch(new RegExp(`^${m.category}\\.`));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('survive curly apostrophes, held letters and line breaks', () => {
    const text = 'sooooo tired.\r\n\r\nI don’t   want to BE HERE anymore x';
    const [m] = screenText(text).matches;
    expect(m?.text).toBe('don’t   want to BE HERE');
  });

  it('screens a 5,000-character post', () => {
    const long = `${'We had a lovely walk by the sea and fed the ducks. '.repeat(97)}I want to die`;
    expect(long.length).toBeGreaterThan(4900);
    expect(screenText(long)).toMatchObject({ verdict: 'hold', crisisKind: 'suicide_self_harm' });
  });
});
