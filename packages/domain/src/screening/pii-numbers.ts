import { matchesOf, type Normalised, originalSpan, sentenceAround } from './normalise.ts';
import type { ScreenMatch } from './types.ts';

/**
 * Phone numbers and NHS numbers: details that identify a member or let someone reach her
 * outside the service.
 *
 * Public help is not personal: 999, 111, 112, Samaritans' 116 123, Shout's 85258 are too short
 * to be a phone number here, and UK numbers starting 03, 08 or 09 (0800 freephone helplines,
 * 0300 charities and services) belong to organisations, so only mobiles (07) and landlines (01,
 * 02) and foreign numbers count. A local crisis team's landline will be held for a moderator
 * to approve: a person's landline looks the same.
 */

/** A run of digit groups: "07700 900456", "+44 (0)7700-900-123", "(01670) 512 345". */
const NUMBER_RUN = /(?<![\p{L}\p{N}+])(?:\+|00)?\(?\d[\d().\- ]{5,24}\d(?!\p{N})/gu;
const DIGIT_GROUP = /\d+/g;

type NumberKind = 'phone' | 'public' | 'nhs_number' | null;

/** What a string of digits (no separators) is, given how it was written. */
function classify(digits: string, international: boolean): NumberKind {
  if (international) {
    let rest = digits.startsWith('00') ? digits.slice(2) : digits;
    if (rest.startsWith('44')) {
      rest = rest.slice(2).replace(/^0/, '');
      return classify(`0${rest}`, false);
    }
    return rest.length >= 8 && rest.length <= 15 ? 'phone' : null;
  }
  if (digits.startsWith('0')) {
    if (digits.length !== 10 && digits.length !== 11) return null;
    if (/^0[12]/.test(digits)) return 'phone';
    if (/^07/.test(digits)) return digits.length === 11 ? 'phone' : null;
    // Irish mobiles (083, 085 to 087, 089) have 10 digits; UK 08 numbers of that length start 080.
    if (/^08[35679]/.test(digits) && digits.length === 10) return 'phone';
    if (/^0[389]/.test(digits)) return 'public';
    return null;
  }
  if (digits.length === 10 && validNhsNumber(digits)) return 'nhs_number';
  return null;
}

/** The NHS number's modulus-11 check digit. */
export function validNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === Number(digits[9]);
}

const NHS_CONTEXT = /nhs (?:no|num|number|#)/u;
const PHONE_CUE =
  /(?<![\p{L}])(?:mobile|mob|phone|number|no|num|whatsapp|whats app|text|txt|ring|call|handy|cell|landline)(?![\p{L}])/u;
/** A North American number as it is written there: "(503) 555-0147", "503-555-0147". */
const NORTH_AMERICAN = /^(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}-)\d{3}[ .-]\d{4}$/;

function findNumbers(n: Normalised): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  for (const m of matchesOf(NUMBER_RUN, n.text)) {
    // A run may join a number to its neighbours ("at 2 07911 123456 after 6"): try the digit
    // groups from each start, longest first, and keep the first that reads as a number.
    const groups = matchesOf(DIGIT_GROUP, m[0]);
    let found: { from: number; to: number; kind: NumberKind } | null = null;
    for (let first = 0; first < groups.length && !found; first++) {
      const head = groups[first] as RegExpExecArray;
      let at = first === 0 ? 0 : head.index;
      if (first > 0 && /[(+]/.test(m[0][at - 1] ?? '')) at--;
      const international = m[0][at] === '+' || m[0].startsWith('00', at);
      for (let last = groups.length - 1; last >= first && !found; last--) {
        const digits = groups
          .slice(first, last + 1)
          .map((g) => g[0])
          .join('');
        const from = m.index + at;
        const tail = groups[last] as RegExpExecArray;
        const to = m.index + tail.index + tail[0].length;
        let kind = classify(digits, international);
        if (kind === null && digits.startsWith('0') && digits.length >= 11 && digits.length <= 13) {
          // A foreign number written the local way, no country code ("german mobile: 0151 2348
          // 7765"): a number only when the sentence says it is one.
          const { from: s, to: e } = sentenceAround(n.text, from, to);
          if (PHONE_CUE.test(n.text.slice(s, e))) kind = 'phone';
        }
        if (kind === null && digits.length === 10) {
          // The sentence, or just before it: "NHS no. 703…" ends a sentence at "no.".
          const { from: s } = sentenceAround(n.text, from);
          if (NHS_CONTEXT.test(n.text.slice(Math.min(s, Math.max(0, from - 30)), from))) kind = 'nhs_number';
          else if (NORTH_AMERICAN.test(n.text.slice(from, to))) kind = 'phone';
        }
        if (kind !== null) found = { from, to, kind };
      }
    }
    if (!found || found.kind === 'public' || found.kind === null) continue;
    const span = originalSpan(n, found.from, found.to);
    matches.push({
      category: 'pii',
      kind: found.kind,
      ...span,
      text: n.original.slice(span.start, span.end),
      rule: found.kind === 'phone' ? 'pii.phone' : 'pii.nhs-number',
    });
  }
  return matches;
}

const SPOKEN: Record<string, number> = {
  zero: 0,
  oh: 0,
  o: 0,
  nought: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
/** Longer words first, so "one" is not read as "o" and "ne". */
const SPOKEN_TOKEN =
  'zero|one|oh|o|nought|nil|two|three|four|five|six|seven|eight|nine|double|triple|treble|hundred|\\d';
// A word may run digits and number words together ("07seven00"): each word is tokens only.
const SPOKEN_RUN = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${SPOKEN_TOKEN})+(?:[ ,.-]+|(?=$))){4,}`, 'gu');
const SPOKEN_TOKENS = new RegExp(SPOKEN_TOKEN, 'gu');

/** "oh seven seven double oh nine…": a phone number read out to get past a digit filter. */
function findSpokenNumbers(n: Normalised): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  for (const m of matchesOf(SPOKEN_RUN, n.text)) {
    const words = m[0].match(SPOKEN_TOKENS) ?? [];
    let digits = '';
    let repeat = 1;
    for (const word of words) {
      if (word === 'double') repeat = 2;
      else if (word === 'triple' || word === 'treble') repeat = 3;
      // "nine hundred" in a phone number is 900
      else if (word === 'hundred') digits += digits ? '00' : '';
      else {
        const digit = /^\d+$/.test(word) ? word : String(SPOKEN[word] ?? '');
        digits += digit.repeat(repeat);
        repeat = 1;
      }
    }
    // Ten or more digits is a phone number, not "one or two".
    if (digits.length < 10 || !/[a-z]/.test(m[0])) continue;
    const trimmed = m[0].replace(/[ ,.-]+$/, '');
    const span = originalSpan(n, m.index, m.index + trimmed.length);
    matches.push({
      category: 'pii',
      kind: 'phone',
      ...span,
      text: n.original.slice(span.start, span.end),
      rule: 'pii.phone-spoken',
    });
  }
  return matches;
}

/**
 * A number given in parts, to get past a digit filter: "starts 07700 and then it's 900 and then
 * 647", "07700 then 900 then 644", "07700 and then 900 672", "07700900 then 843". A part may be
 * more than one group of digits, and may run across a full stop ("my number starts 07700. then its
 * 900 559"), so long as a word joins them. The parts join to a whole phone number or they are not one
 * ("fed at 0700 and then 0900" is eight digits).
 */
const PART = '\\d{2,6}(?: \\d{2,6})*';
const IN_PARTS = new RegExp(
  `(?<![\\p{L}\\p{N}])0\\d{2,9}(?: \\d{2,6})*(?:[,.;:]? (?:and then|and|then|followed by|after that|next|the rest(?: of it)?|rest)(?: (?:its|it is|comes|is|bit|bit is))?[,.:]? ${PART}(?!\\p{N})){1,4}`,
  'gu',
);

function findNumbersInParts(n: Normalised): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  for (const m of matchesOf(IN_PARTS, n.text)) {
    const digits = (m[0].match(DIGIT_GROUP) ?? []).join('');
    if (classify(digits, false) !== 'phone') continue;
    const span = originalSpan(n, m.index, m.index + m[0].length);
    matches.push({
      category: 'pii',
      kind: 'phone',
      ...span,
      text: n.original.slice(span.start, span.end),
      rule: 'pii.phone-in-parts',
    });
  }
  return matches;
}

export function findPiiNumbers(n: Normalised): ScreenMatch[] {
  const found = [...findNumbers(n), ...findSpokenNumbers(n)];
  // Only what the whole-number rules did not already highlight.
  for (const p of findNumbersInParts(n)) if (!found.some((o) => o.start < p.end && p.start < o.end)) found.push(p);
  return found;
}
