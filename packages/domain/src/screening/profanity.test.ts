import { describe, expect, it } from 'vitest';
import { screenPost } from './profanity.ts';

describe('profanity screen', () => {
  it.each([
    ['I had such a hard night, the baby would not settle', 'pass'],
    ['Feeling like a shit mum today', 'hold'],
    ['what the fuck is this', 'hold'],
    ['Scunthorpe midwives were lovely', 'pass'],
  ])('%s', (text, outcome) => {
    expect(screenPost(text).outcome).toBe(outcome);
  });
});
