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
  // Scots, as posts from Scotland are typed: "am no wantin tae be here", "a dinnae want tae hurt him".
  wantin: 'wanting',
  walkin: 'walking',
  seein: 'seeing',
  lettin: 'letting',
  makin: 'making',
  sittin: 'sitting',
  waitin: 'waiting',
  hurtin: 'hurting',
  pushin: 'pushing',
  droppin: 'dropping',
  shakin: 'shaking',
  intae: 'into',
  greetin: 'crying',
  feart: 'scared',
  tae: 'to',
  wi: 'with',
  oot: 'out',
  hame: 'home',
  maself: 'myself',
  masel: 'myself',
  mysel: 'myself',
  dinnae: 'dont',
  didnae: 'didnt',
  cannae: 'cant',
  couldnae: 'couldnt',
  wouldnae: 'wouldnt',
  widnae: 'wouldnt',
  shouldnae: 'shouldnt',
  wisnae: 'wasnt',
  isnae: 'isnt',
  willnae: 'wont',
  gonnae: 'going to',
  wantae: 'want to',
};

/**
 * Scots words that are also English words, spelled out only where the words around them say
 * which they are. "a keep seein" is "I keep seeing" but "a keep" fob is not; "am no wantin" is
 * "I'm not wanting" but "I am no expert" stays as it is.
 */
const IN_CONTEXT: Record<string, (before: string, after: string) => string | undefined> = {
  // "a" as "I": only before a verb that cannot follow the article.
  a: (_before, after) =>
    /^(?:keep|kept|dinnae|cannae|didnae|couldnae|wouldnae|widnae|wisnae|cant|dont|didnt|wis|wid|am|was|wanted|wantit|just cant|just want|feel like|thought|think i|cannae)(?![\p{L}])/u.test(
      after,
    )
      ? 'i'
      : undefined,
  // "am" as "I'm": not after "I" ("I am no expert"); the question "am I" has no such word after it.
  am: (before, after) =>
    !/(?:^|[^\p{L}])i$/u.test(before) &&
    /^(?:no|nae|gonnae|gaun|gonna|going|walkin|walking|sat|sittin|sitting|feart|scared|greetin|crying|that|pure|aw|just|stuck|done|away|oot|out)(?![\p{L}])/u.test(
      after,
    )
      ? 'im'
      : undefined,
  // "no" as "not" after "am"/"I'm" before a state or a verb in -in: "am no wantin", "im no copin".
  no: (before, after) =>
    /(?:^|[^\p{L}])(?:am|im|is|its|wis|was)$/u.test(before) &&
    /^(?:\p{L}+in|\p{L}+ing|gonnae|gaun|able|well|right|ok|okay|good|coping|safe|sure|happy|fine)(?![\p{L}])/u.test(
      after,
    ) &&
    !/^(?:longer|one|thing|nothing|king|ring|spring|sibling|darling|feeling)(?![\p{L}])/u.test(after)
      ? 'not'
      : undefined,
  // "o" as "of" between words: "the top o the multi storey".
  o: (before, after) => (/\p{L}$/u.test(before) && /^\p{L}/u.test(after) ? 'of' : undefined),
  // "ma" as "my", unless it is her mum: "my ma", "me ma".
  ma: (before, after) =>
    !/(?:^|[^\p{L}])(?:my|me|your|ur|his|her|their|our|the)$/u.test(before) && /^\p{L}/u.test(after) ? 'my' : undefined,
  // "ma maw" is "my mum"; a maw alone is a mouth.
  maw: (before) => (/(?:^|[^\p{L}])(?:ma|my|me)$/u.test(before) ? 'mum' : undefined),
  maws: (before) => (/(?:^|[^\p{L}])(?:ma|my|me)$/u.test(before) ? 'mums' : undefined),
  // "the motor" is the car; "motor skills" is not.
  motor: (before) => (/(?:^|[^\p{L}])(?:the|ma|my|his|her|our|oor|in the)$/u.test(before) ? 'car' : undefined),
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
    let out = Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
    const inContext = Object.hasOwn(IN_CONTEXT, word) ? IN_CONTEXT[word] : undefined;
    if (inContext)
      out = inContext(
        text.slice(Math.max(0, m.index - 12), m.index).trimEnd(),
        text.slice(m.index + word.length, m.index + word.length + 20).trimStart(),
      );
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
