import type { Normalised } from './normalise.ts';

/**
 * Text-speak spelled out for the crisis rules and the model ("rly want 2 not wake up tmrw" reads
 * "really want to not wake up tomorrow"). Not for the pii rules: there "2" is a digit. Each
 * replacement maps back to the word it replaces, so highlights still fall on what she wrote.
 */
const WORDS: Record<string, string> = {
  rly: 'really',
  rlly: 'really',
  realy: 'really',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmoz: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  nite: 'night',
  '2day': 'today',
  u: 'you',
  ur: 'your',
  r: 'are',
  n: 'and',
  w: 'with',
  wiv: 'with',
  b4: 'before',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  bc: 'because',
  bcos: 'because',
  wanna: 'want to',
  gonna: 'going to',
  gna: 'going to',
  gotta: 'got to',
  dunno: 'dont know',
  ppl: 'people',
  sum1: 'someone',
  some1: 'someone',
  any1: 'anyone',
  every1: 'everyone',
  no1: 'no one',
  wot: 'what',
  wat: 'what',
  shud: 'should',
  wud: 'would',
  cud: 'could',
  thru: 'through',
  abt: 'about',
  bk: 'back',
  ded: 'dead',
  luv: 'love',
  yr: 'year',
  yrs: 'years',
  wk: 'week',
  wks: 'weeks',
  hrs: 'hours',
  mins: 'minutes',
  prob: 'probably',
  def: 'definitely',
  bby: 'baby',
  dh: 'husband',
  dp: 'partner',
  nothin: 'nothing',
  somethin: 'something',
  talkin: 'talking',
  goin: 'going',
  doin: 'doing',
  feelin: 'feeling',
  thinkin: 'thinking',
  tryin: 'trying',
  sayin: 'saying',
  lookin: 'looking',
  cryin: 'crying',
  screamin: 'screaming',
  comin: 'coming',
  gettin: 'getting',
};
/** "2" is "to" unless it counts something: "2 weeks", "2 kids", "2 of them", "2am". */
const COUNTED =
  /^(?:\s+(?:weeks?|days?|months?|years?|yrs?|wks?|hours?|hrs?|mins?|minutes?|nights?|kids?|children|babies|boys|girls|under|of|or|more|times|x|am|pm|ml|oz|bottles?|tablets?|pills?|\d))/;

const TOKEN = /[\p{L}\p{N}]+/gu;

export function expandTextspeak(n: Normalised): Normalised {
  const text = n.text;
  let changed = false;
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let last = 0;
  const copy = (to: number) => {
    for (let i = last; i < to; i++) {
      chars.push(text[i] as string);
      start.push(n.start[i] as number);
      end.push(n.end[i] as number);
    }
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const word = m[0];
    let out = WORDS[word];
    if (word === '2' && !COUNTED.test(text.slice(m.index + 1, m.index + 12)) && /\p{L}/u.test(text[m.index + 2] ?? ''))
      out = 'to';
    if (out === undefined) continue;
    changed = true;
    copy(m.index);
    const from = n.start[m.index] as number;
    const to = n.end[m.index + word.length - 1] as number;
    for (const c of out) {
      chars.push(c);
      start.push(from);
      end.push(to);
    }
    last = m.index + word.length;
  }
  TOKEN.lastIndex = 0;
  if (!changed) return n;
  copy(text.length);
  return { text: chars.join(''), start, end, original: n.original };
}
