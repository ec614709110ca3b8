import { describe, expect, it } from 'vitest';
import { dueMinutesProblem, helplineProblem, normaliseWatchedPhrase, watchedPhraseProblem } from './admin.ts';
import { defaultHelplines } from './default-helplines.ts';

describe('watched phrases', () => {
  it.each([
    ['  Miracle   cure ', 'Miracle cure', null],
    ['hopeles *', 'hopeles*', null],
    ['kill*', 'kill*', null],
    ['a', 'a', /2 to 100/],
    ['a*', 'a*', /at least 2 characters before/],
    ['ho*pe', 'ho*pe', /only go at the end/],
    ['**', '**', /only go at the end/],
    ['?!', '?!', /letter or number/],
    ['x'.repeat(101), 'x'.repeat(101), /2 to 100/],
  ])('%j → %j', (raw, normalised, problem) => {
    expect(normaliseWatchedPhrase(raw)).toBe(normalised);
    const found = watchedPhraseProblem(normalised);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('helplines', () => {
  const none = { phone: null, textNumber: null, textMessage: null, url: null };
  it.each([
    [{ ...none, phone: '999' }, null],
    [{ ...none, textNumber: '85258', textMessage: 'SHOUT' }, null],
    [{ ...none, url: 'https://example.org' }, null],
    [none, 'phone'],
    [{ ...none, phone: '111', textMessage: 'HI' }, 'textNumber'],
    [{ ...none, url: 'javascript:alert(1)' }, 'url'],
    [{ ...none, url: 'https://' }, 'url'],
  ])('%j → problem with %s', (h, field) => {
    expect(helplineProblem(h)?.field ?? null).toBe(field);
  });

  it('has the four defaults, each reachable', () => {
    expect(defaultHelplines).toHaveLength(4);
    for (const h of defaultHelplines) expect(helplineProblem(h)).toBeNull();
  });
});

describe('due minutes', () => {
  it.each([
    [{ urgent: 15, high: 60, normal: 240, low: 1440 }, null],
    [{ urgent: 5, high: 5, normal: 5, low: 5 }, null],
    [{ urgent: 61, high: 60, normal: 240, low: 1440 }, 'dueMinutes.high'],
    [{ urgent: 15, high: 60, normal: 30, low: 1440 }, 'dueMinutes.normal'],
    [{ urgent: 15, high: 60, normal: 240, low: 200 }, 'dueMinutes.low'],
  ])('%j → %s', (due, field) => {
    expect(dueMinutesProblem(due)?.field ?? null).toBe(field);
  });
});
