/**
 * Text as the rules compare it, with a map back to the author's text so that every match can
 * be shown to a moderator as a highlighted span of what she actually wrote.
 *
 * People write on a phone at 3am: lower case or shouting, apostrophes missing or curly, letters
 * held down ("sooooo"). Rules are written once against one plain form instead of each rule
 * coping with every variant.
 */

export interface Normalised {
  /** the comparable text: lower case, no apostrophes, whitespace runs as one ' ' (or '\n') */
  readonly text: string;
  /** start[i]: index in the original of the first code unit behind normalised char i */
  readonly start: readonly number[];
  /** end[i]: index in the original just after everything folded into normalised char i */
  readonly end: readonly number[];
  readonly original: string;
}

/** Apostrophes are dropped, so "don't", "dont" and "don’t" read the same. */
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '`', '\u00b4', '\u02bc', '\u2032']);
const WHITESPACE = /\s/;
const LETTER = /\p{L}/u;
/** Plain ASCII needs no regex: most posts are all ASCII. */
const isSpace = (code: number, c: string) =>
  code === 32 || code === 10 || code === 13 || code === 9 || (code > 127 && WHITESPACE.test(c));
const isLetter = (code: number, c: string) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code > 127 && LETTER.test(c));

export function normalise(original: string): Normalised {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const c = original[i] as string;
    const code = original.charCodeAt(i);
    if (APOSTROPHES.has(c)) continue;
    const last = chars.length - 1;
    if (isSpace(code, c) || (code < 32 && WHITESPACE.test(c))) {
      // A run of spaces is one separator; a line break inside it still ends a sentence.
      if (last >= 0 && (chars[last] === ' ' || chars[last] === '\n')) {
        if (c === '\n') chars[last] = '\n';
        end[last] = i + 1;
        continue;
      }
      chars.push(c === '\n' || c === '\r' ? '\n' : ' ');
      start.push(i);
      end.push(i + 1);
      continue;
    }
    let lower = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code < 128 ? c : c.toLowerCase();
    // A few characters lower-case to two (e.g. 'İ'); keeping them as they are keeps the map 1:1.
    if (lower.length !== 1) lower = c;
    // Letters held down: keep at most two, so "killlll" reads "kill" and "sooo" reads "soo".
    if (last >= 1 && chars[last] === lower && chars[last - 1] === lower && isLetter(code, lower)) {
      end[last] = i + 1;
      continue;
    }
    chars.push(lower);
    start.push(i);
    end.push(i + 1);
  }
  return { text: chars.join(''), start, end, original };
}

/** The original span behind normalised [from, to). */
export function originalSpan(n: Normalised, from: number, to: number): { start: number; end: number } {
  if (to <= from) {
    const at = n.start[from] ?? n.original.length;
    return { start: at, end: at };
  }
  return { start: n.start[from] as number, end: n.end[to - 1] as number };
}

/**
 * Derives a further normalised form, character by character. `step` returns, for the char at
 * i, what to emit: a replacement string of length 0 (drop) or 1. Offsets keep pointing at the
 * author's text.
 */
export function remap(n: Normalised, step: (text: string, i: number) => string): Normalised {
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  for (let i = 0; i < n.text.length; i++) {
    const out = step(n.text, i);
    if (out.length === 0) {
      if (start.length > 0) end[end.length - 1] = n.end[i] as number;
      continue;
    }
    chars.push(out);
    start.push(n.start[i] as number);
    end.push(n.end[i] as number);
  }
  return { text: chars.join(''), start, end, original: n.original };
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', ';']);
const CLAUSE_END = new Set(['.', '!', '?', '\n', ';', ',']);
/**
 * How far context reaches on either side of a match. A post without punctuation would
 * otherwise make every match scan the whole post (quadratic on a 5,000-character wall of text).
 */
const REACH = 300;

/** The sentence of the normalised text around position `at`: [from, to). */
export function sentenceAround(text: string, at: number, until = at): { from: number; to: number } {
  let from = at;
  const floor = Math.max(0, at - REACH);
  while (from > floor && !SENTENCE_END.has(text[from - 1] as string)) from--;
  let to = Math.max(at, until);
  const ceiling = Math.min(text.length, to + REACH);
  while (to < ceiling && !SENTENCE_END.has(text[to] as string)) to++;
  return { from, to };
}

/** The clause (sentence, also cut at commas) before position `at`, for "who is this aimed at" checks. */
export function clauseBefore(text: string, at: number): string {
  let from = at;
  const floor = Math.max(0, at - REACH);
  while (from > floor && !CLAUSE_END.has(text[from - 1] as string)) from--;
  return text.slice(from, at);
}

/**
 * Builds a rule regex from readable source: a space stands for any one whitespace (the
 * normalised text has single spaces or line breaks), and the whole pattern must sit on word
 * boundaries. Always global, so `matchesOf` finds every occurrence.
 */
export function phrase(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source.replaceAll(' ', '\\s')})(?![\\p{L}\\p{N}])`, 'gu');
}

/**
 * A context test (non-global) whose alternatives must each be whole words: "cream" must not
 * fire inside "screaming". Write `\w*` where a prefix is meant ("breastfeed\w*").
 */
export function bounded(re: RegExp): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${re.source})(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Every match of a global regex. Not `String.prototype.matchAll`: it clones the regex on each
 * call, which for these large patterns costs far more than matching (about 20µs against
 * 0.05µs for a short post). Screening is synchronous, so sharing the regex is safe; its
 * `lastIndex` is reset before and after.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return found;
}

/** Alternation of plain words or phrases, longest first so "shit mum" wins over "shit". */
export function anyOf(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
