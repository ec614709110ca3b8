import { describe, expect, it } from 'vitest';
import { isTypingTarget, moveSelection, shortcutFor } from './shortcuts.ts';

const el = (tagName: string, isContentEditable = false) => ({ tagName, isContentEditable }) as unknown as EventTarget;

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    const body = el('BODY');
    expect(shortcutFor({ key: 'j', target: body })).toBe('next');
    expect(shortcutFor({ key: 'k', target: body })).toBe('previous');
    expect(shortcutFor({ key: 'o', target: body })).toBe('open');
    expect(shortcutFor({ key: 'Enter', target: body })).toBe('open');
    expect(shortcutFor({ key: 'c', target: body })).toBe('claim');
    expect(shortcutFor({ key: '?', target: body })).toBe('help');
    expect(shortcutFor({ key: 'r', target: body })).toBe('refresh');
    expect(shortcutFor({ key: 'x', target: body })).toBeNull();
    expect(shortcutFor({ key: 'J', target: body })).toBeNull();
  });

  it('never fires while typing in a field', () => {
    for (const tag of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
      expect(shortcutFor({ key: 'j', target: el(tag) })).toBeNull();
      expect(shortcutFor({ key: '?', target: el(tag) })).toBeNull();
    }
    expect(shortcutFor({ key: 'c', target: el('DIV', true) })).toBeNull();
  });

  it('leaves browser and system shortcuts alone', () => {
    expect(shortcutFor({ key: 'r', ctrlKey: true, target: el('BODY') })).toBeNull();
    expect(shortcutFor({ key: 'c', metaKey: true, target: el('BODY') })).toBeNull();
    expect(shortcutFor({ key: 'j', altKey: true, target: el('BODY') })).toBeNull();
  });

  it('lets Enter on a link or button do its own job', () => {
    expect(shortcutFor({ key: 'Enter', target: el('A') })).toBeNull();
    expect(shortcutFor({ key: 'Enter', target: el('BUTTON') })).toBeNull();
    expect(shortcutFor({ key: 'o', target: el('A') })).toBe('open');
  });

  it('treats a missing target as the page', () => {
    expect(shortcutFor({ key: 'j' })).toBe('next');
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('moveSelection', () => {
  it('starts at the first item going down and the last going up', () => {
    expect(moveSelection(-1, 1, 3)).toBe(0);
    expect(moveSelection(-1, -1, 3)).toBe(2);
  });
  it('moves by one and holds at the ends', () => {
    expect(moveSelection(0, 1, 3)).toBe(1);
    expect(moveSelection(2, 1, 3)).toBe(2);
    expect(moveSelection(0, -1, 3)).toBe(0);
  });
  it('copes with an empty or shrunken list', () => {
    expect(moveSelection(0, 1, 0)).toBe(-1);
    expect(moveSelection(5, 1, 3)).toBe(0);
  });
});
