/** The queue's keyboard shortcuts, documented on the page beside the list. */
export type ShortcutAction = 'next' | 'previous' | 'open' | 'claim' | 'help' | 'refresh';

export const shortcutHelp: readonly { keys: string[]; does: string }[] = [
  { keys: ['j'], does: 'Select the next item' },
  { keys: ['k'], does: 'Select the previous item' },
  { keys: ['Enter', 'o'], does: 'Open the selected item' },
  { keys: ['c'], does: 'Claim the selected item' },
  { keys: ['r'], does: 'Refresh the queue' },
  { keys: ['?'], does: 'Show or hide this list of shortcuts' },
];

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target?: EventTarget | null;
}

interface ElementLike {
  tagName?: string;
  isContentEditable?: boolean;
}

/** Typing in a field (search, a note) must never trigger a shortcut. */
export function isTypingTarget(target: EventTarget | null | undefined): boolean {
  const el = target as ElementLike | null | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName.toUpperCase());
}

/** Enter on a link or button already does what it says; only elsewhere does it open the selection. */
function isInteractive(target: EventTarget | null | undefined): boolean {
  const el = target as ElementLike | null | undefined;
  if (!el || typeof el.tagName !== 'string') return false;
  return ['A', 'BUTTON', 'SUMMARY'].includes(el.tagName.toUpperCase());
}

export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  switch (event.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'o':
      return 'open';
    case 'Enter':
      return isInteractive(event.target) ? null : 'open';
    case 'c':
      return 'claim';
    case '?':
      return 'help';
    case 'r':
      return 'refresh';
    default:
      return null;
  }
}

/** The next selected index; -1 means nothing selected yet, and the ends of the list hold. */
export function moveSelection(current: number, delta: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (current < 0 || current >= length) return delta === 1 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + delta));
}
