import { describe, expect, it } from 'vitest';
import { highlightSegments } from './highlight.ts';

describe('highlightSegments', () => {
  const text = "I don't want to be here anymore";

  it('leaves text without spans as one plain run', () => {
    expect(highlightSegments(text, [])).toEqual([{ text, marked: false }]);
    expect(highlightSegments('', [])).toEqual([{ text: '', marked: false }]);
  });

  it('marks [start, end) spans and keeps the text around them', () => {
    const segments = highlightSegments(text, [{ start: 2, end: 15, label: 'crisis' }]);
    expect(segments).toEqual([
      { text: 'I ', marked: false },
      { text: "don't want to", marked: true, labels: ['crisis'] },
      { text: ' be here anymore', marked: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('sorts spans and joins overlapping ones, keeping every label once', () => {
    const segments = highlightSegments('abcdefghij', [
      { start: 6, end: 8, label: 'pii' },
      { start: 0, end: 3, label: 'crisis' },
      { start: 2, end: 5, label: 'abuse' },
      { start: 1, end: 2, label: 'crisis' },
    ]);
    expect(segments).toEqual([
      { text: 'abcde', marked: true, labels: ['crisis', 'abuse'] },
      { text: 'f', marked: false },
      { text: 'gh', marked: true, labels: ['pii'] },
      { text: 'ij', marked: false },
    ]);
  });

  it('keeps touching spans as separate marks', () => {
    expect(
      highlightSegments('abcd', [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ]),
    ).toEqual([
      { text: 'ab', marked: true, labels: [] },
      { text: 'cd', marked: true, labels: [] },
    ]);
  });

  it('clamps spans past the end and drops empty or reversed ones', () => {
    expect(
      highlightSegments('short', [
        { start: 3, end: 50, label: 'x' },
        { start: 4, end: 4 },
        { start: 3, end: 1 },
        { start: -5, end: 1 },
      ]),
    ).toEqual([
      { text: 's', marked: true, labels: [] },
      { text: 'ho', marked: false },
      { text: 'rt', marked: true, labels: ['x'] },
    ]);
  });

  it('counts in UTF-16 code units, like the screen', () => {
    const emoji = 'hi 👋 there';
    const start = emoji.indexOf('there');
    expect(highlightSegments(emoji, [{ start, end: start + 5 }])[1]).toEqual({
      text: 'there',
      marked: true,
      labels: [],
    });
  });
});
