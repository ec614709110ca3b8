import { describe, expect, it } from 'vitest';
import { displayNameProblem } from './display-name.ts';
import { textSegments } from './segments.ts';

describe('display names', () => {
  it.each([
    ['SleeplessInLeeds', null],
    ['Mum of 2', null],
    ['Zoë', null],
    ['A', 'Choose a display name of 2 to 32 characters.'],
    ['x'.repeat(33), 'Choose a display name of 2 to 32 characters.'],
    ['jane@example.org', 'A display name cannot look like an email address.'],
    ['me@home', 'A display name cannot look like an email address.'],
    ['07700 900123', 'A display name cannot look like a phone number.'],
    ['Call +44 7700-900-123', 'A display name cannot look like a phone number.'],
    ['<script>', "Use letters, numbers, spaces, and . _ ' - only, starting with a letter or number."],
    ['   ', 'Choose a display name of 2 to 32 characters.'],
  ])('%s', (name, expected) => {
    expect(displayNameProblem(name)).toBe(expected);
  });
});

describe('text segments', () => {
  it('keeps line breaks and turns links into link segments, never HTML', () => {
    expect(textSegments('Hi <b>all</b>\nsee https://example.org/help.')).toEqual([
      { kind: 'text', text: 'Hi <b>all</b>' },
      { kind: 'break' },
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'https://example.org/help', href: 'https://example.org/help' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('links bare www addresses over https and ignores javascript: urls', () => {
    expect(textSegments('www.nhs.uk and javascript:alert(1)')).toEqual([
      { kind: 'link', text: 'www.nhs.uk', href: 'https://www.nhs.uk' },
      { kind: 'text', text: ' and javascript:alert(1)' },
    ]);
  });
});
