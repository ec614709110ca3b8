import { aimedRules } from './abuse-aimed.ts';
import { CONTEMPT, contemptRules } from './abuse-contempt.ts';
import { insults, intensifiers, LEET, slurs, swearStems, tolerant, tolerantAny } from './abuse-words.ts';
import {
  anyOf,
  clauseBefore,
  matchesOf,
  type Normalised,
  originalSpan,
  phrase,
  remap,
  sentenceAround,
} from './normalise.ts';
import type { ScreenMatch } from './types.ts';

/**
 * Abuse: insults and profanity aimed at people. Honest support posts swear about the author's
 * own life ("so fucking tired", "what a shit night", "I feel like a crap mum") and that is not
 * abuse, so a bad word counts only when it is aimed: at "you", at someone's baby, as a
 * dismissal ("fuck off"), or as a slur, which is abuse anywhere.
 *
 * Disguises are undone first: "f*ck" (a star stands for any letter after the first), "sh1t",
 * "b!tch", "f u c k", "fuuuuck".
 */

const INS = `(?:${tolerantAny(insults)})(?:e?s)?`;
const INT = `(?:(?:${tolerantAny(intensifiers)}) ){0,4}`;
const SECOND =
  '(?:you|u|ya|ye|yer|youre|yere|ur|you are|ye are|u r|ur a|your a|you r|youse|yous|some of (?:you|u|yous)|all of (?:you|u)|(?:you|u|yous) lot|you people)';
const ADJ =
  '(?:unbearable|insufferable|dim|dense|a joke|boring|annoying|obnoxious|toxic|a bully|a nightmare|a vile (?:human|person|woman)|pathetic|stupid|thick|dumb|disgusting|vile|ridiculous|deluded|delusional|useless|worthless|unfit|selfish|lazy|ugly|fat|repulsive|revolting|full of (?:shit|crap|it)|talking (?:shit|crap|bollocks|rubbish|out of your arse)|sick in the head|braindead|brain dead|attention seeking|nasty|horrible|spoilt|spoiled|entitled|heartless|cruel|clueless|scum|trash|rubbish|shit|crap|a terrible person|beneath contempt|a waste of (?:space|oxygen|time))';
/** Insults that a woman also says of herself ("what an idiot, forgot the nappies") are left out of "what a…". */
const STRONG = `(?:${tolerantAny(['bitch', 'cunt', 'twat', 'cow', 'old bag', 'olodo', 'sket', 'skank', 'bint', 'wasteman', 'heifer', 'hussy', 'trollop', 'dumbass', 'dipshit', 'douchebag', 'slag', 'slut', 'whore', 'slapper', 'tart', 'wanker', 'tosser', 'dickhead', 'prick', 'knobhead', 'bellend', 'arsehole', 'asshole', 'attention seeker', 'drama queen', 'loser', 'moron', 'gobshite', 'eejit', 'wet lettuce', 'wet wipe'])}|(?:bad|crap|shit|terrible|awful|useless|unfit|rubbish|selfish) (?:mother|mum|mom|parent)|waste of (?:space|oxygen|skin|air)|(?:poor |sad )?excuse (?:for|of) a (?:mother|mum|mom|human|person|parent|woman))`;
/** Adjectives only (no articles): "dumb", "stuck up", "stupid fucking". */
const ADJECTIVES = `(?:(?:${tolerantAny(intensifiers.filter((w) => !['a', 'an', 'the', 'such', 'so', 'this'].includes(w)))}) )+`;
const FUCK = tolerant('fuck');
const FAMILY =
  '(?:baby|babies|kid|kids|child|children|son|daughter|lo|little one|bump|husband|partner|hubby|family|twins|toddler|boy|girl|bf|dh|oh|man|fella)s?';

export interface AbuseRule {
  id: string;
  re: RegExp;
  /** the rule only counts in some positions: see `aimed` */
  check?: 'second-person' | 'imperative' | 'not-self' | 'not-i' | 'not-reported' | 'insult-before' | 'group-contempt';
}

const rules: AbuseRule[] = [
  { id: 'abuse.slur', re: phrase(`(?:${tolerantAny(slurs)})s?`) },
  {
    id: 'abuse.insult-at-you',
    re: phrase(`${SECOND} (?:are |r |re )?(?:being )?${INT}${INS}`),
    check: 'second-person',
  },
  {
    id: 'abuse.you-are',
    re: phrase(
      `${SECOND} (?:are |r |re )?(?:so |such |this |that |just |really |being |truly |actually |clearly |obviously |too |far too |way too |literally |genuinely |honestly |must be |must |seem |seem to be |a |an |fucking |fuckin |fking |fkn |effing |bloody |totally |completely |absolutely |utterly )*${ADJ}`,
    ),
    check: 'second-person',
  },
  {
    id: 'abuse.you-sound-like',
    re: phrase(
      `(?:you|u) (?:sound|seem|look|act|come across|are acting|behave) (?:like )?(?:a |an |such a )?${INT}(?:${INS}|${ADJ}|(?:total |absolute |complete |right )?(?:nightmare|bully|joke|mess|snob|martyr)(?! (?:of a (?:day|night|week|time)|day|night|week|time|couple of|few)(?![\\p{L}])))`,
    ),
    check: 'second-person',
  },
  {
    id: 'abuse.are-you',
    re: phrase(
      `are (?:you|u) (?:really |actually |just |being |always this |always so |always )?(?:${ADJ}|an? ${INS})`,
    ),
    check: 'second-person',
  },
  {
    id: 'abuse.dismissal',
    re: phrase(
      `(?:${FUCK}|f|eff|fk|fcuk|fuk|fuq|phuck|phuk|${tolerant('piss')}|sod|bugger|naff|bog) ?off|catch (?:yourself|urself|yerself) on|(?:go and )?face (?:your|ur) life|(?:${FUCK}|screw|sod|f|fk|fck|eff) ?(?:you|u|ya|yourself|urself|yourselves)|go (?:and )?(?:${FUCK}|screw|f) (?:yourself|urself|off)|shut (?:the (?:${FUCK}|hell|f) )?up|shutup|stfu|gtfo|foad|kys|(?:kill|unalive) (?:yourself|urself|yourselves)|go die|drop dead|get a grip|grow up|get over (?:it|yourself)|get a life|man up|wind your neck in|jog on|cry me a river|boo hoo|cry more|go cry(?: somewhere else| about it| to)?|(?:stop|quit) (?:whining|whinging|moaning|crying|attention seeking|being (?:so |such an? |an? )?(?:dramatic|pathetic|a baby|baby|drama queen|${INS}))|(?:nobody|no one|noone|who) (?:asked|ask|cares)(?! (?:about (?:me|us|mums|how i|what i|my)|me|us|if|whether|what|how|when|why|that i|for (?:me|my|our)|to)(?![\\p{L}\\p{N}]))|(?:nobody|no one|noone) (?:here |on here )?(?:wants|needs) (?:your|ur|to hear)`,
    ),
    check: 'imperative',
  },
  {
    id: 'abuse.contempt',
    re: phrase(
      '(?:what kind of|what sort of|what type of) (?:an? )?(?:idiot|moron|mother|mum|person|parent|woman|cow|monster) (?:leaves|does|would|lets|says|posts|thinks)|(?:stop|quit) (?:posting|spamming|going on|banging on)(?: \\w+){0,3}|(?:nobody|no one|noone) (?:is |s )?(?:interested|cares|reading)(?! (?:if|whether|what|how|when|about (?:the|a|mess\\w*|housework|tidying))(?![\\p{L}\\p{N}]))|(?:how|just how) (?:thick|stupid|dumb|pathetic|dense|selfish|entitled|lazy|useless) (?:can (?:one person|you|u|someone|anyone|a person) be|are (?:you|u)|is (?:she|op|this woman))|imagine (?:being|having) (?:this|so|that|such a|such an) (?:pathetic|stupid|thick|dumb|sad|useless|entitled|selfish|bad|crap|shit|dense)|(?:nobody|no one|noone) (?:wants|likes|needs|asked for) (?:you|u)(?! to (?:feel|be|cope|suffer|struggle)(?![\\p{L}\\p{N}]))|(?:get|go|fuck|piss) (?:off|away from) (?:this|the|our) (?:forum|group|site|thread|page)|go away(?! (?:for|on|somewhere|with|together|to|at|this|next|over)(?![\\p{L}]))',
    ),
    check: 'imperative',
  },
  {
    id: 'abuse.not-fit',
    re: phrase(
      '(?:i )?hope (?:your|ur) (?:baby|kids?|children|husband|partner|son|daughter) (?:gets?|is|are) (?:taken|removed|dies|leaves)|(?:i )?hope (?:your|ur) (?:husband|partner|hubby|bf|boyfriend|man|fella|wife|girlfriend) (?:leaves|dumps|cheats on|walks out on|divorces) (?:you|u)|(?:i )?hope (?:you|u) (?:die|suffer|rot|get what|lose (?:your|ur|them))|(?:feel|felt) sorry for (?:your|ur) (?:husband|partner|kids|children|baby|son|daughter)|(?:people|women|mums|mothers) like (?:you|u) (?:shouldnt|should not|dont deserve|need to) (?:be allowed|have|be)|(?:you|u) (?:shouldnt|should not|should never|never should|shouldve never|should of never|shouldnt ever) (?:have |of |ve |a )?(?:had|have) (?:kids|children|a baby|babies|a child)|(?:you|u) (?:shouldnt|should not) be (?:a mum|a mother|a parent|allowed (?:kids|children|a baby|near))|(?:you|u|youre|ur|your)(?: [^.!?\\n]{0,80})? no wonder (?:he|she|they) (?:left|walked out|cheated|ran off|doesnt (?:want|love) (?:you|u))(?= ?(?:[.!?,\\n]|$| you| u))|no wonder (?:your|ur) (?:husband|partner|hubby|bf|man|fella|ex|kids?|baby|babies|son|daughter|lo|family|friends|mum) (?:left|cheated|hates?|doesnt (?:want|like|love)|cant stand|ignores?|wont|cries|cry|screams|scream|is (?:so )?(?:unhappy|miserable|struggling|behind|naughty|feral|anxious)|are (?:so )?(?:unhappy|miserable|struggling|behind|naughty|feral|anxious)|struggles|misbehaves|acts up)|(?:with|having|stuck with|cursed with|lumbered with) (?:a )?(?:mother|mum|mam|mom|parent|wife) like (?:you|u|that|her)',
    ),
    check: 'second-person',
  },
  {
    id: 'abuse.you-deserve',
    re: phrase(
      '(?:you|u) (?:deserve|deserved) (?:everything you get|what you get|all you get|to (?:suffer|be (?:miserable|alone|unhappy|sad|left)|lose (?:your|ur|them|him|her)|have (?:your|ur) (?:kids|baby|children) taken))|(?:you|u) (?:dont|do not) deserve (?:your|ur|to have|to be a) (?:kids|baby|children|son|daughter|husband|partner|mum|mother|family)',
    ),
    check: 'second-person',
  },
  {
    id: 'abuse.contempt-for-advice',
    re: phrase(
      `(?:${tolerant('shit')}|${tolerant('shitty')}|${tolerant('crap')}|crappy|rubbish|stupid|useless|pathetic|terrible|dangerous) (?:advice|reply|replies|comment|comments|post|opinion|take)`,
    ),
    check: 'not-self',
  },
  {
    id: 'abuse.post-contempt',
    re: phrase(
      '(?:typical|another|such an?|what an?|pathetic|obvious|obviously|clearly an?|yet another|more|oh look|(?:the )?same(?: old)?) (?:attention[- ]?seeking|troll|fake|made up|wind[- ]?up|goady|poor me|pity party|sob story|woe is me|me me me|moaning|whinging|boo hoo|look at me)(?: \\w+)?|(?:some of us|other people|some people|real mums) (?:\\w+ )?(?:have|got|deal with) (?:actual |real )(?:problems|issues)|attention[- ]?seek\\w* (?:post|thread|nonsense|rubbish|crap|drivel|again|cow|bitch|troll)|(?:troll|fake|made up|goady) (?:post|thread)|(?:lol|lmao|haha|pmsl) (?:imagine|at (?:you|ur|your))',
    ),
    check: 'not-self',
  },
  {
    id: 'abuse.mocking-family',
    re: phrase(
      `(?:your|ur|yer) ${FAMILY} (?:is|are|looks?|seems?|must|will|would|sounds?|probably)(?: (?:so|really|very|just|gonna|going to|be|a|an|like|such|actually|clearly))* (?:ugly|fat|hideous|weird|disgusting|stupid|thick|potato|alien|gremlin|goblin|rat|pig|monkey|funny looking|brat|spoilt|feral|hate you|hates you|be embarrassed|embarrassed|ashamed|better off without you|deserve better|retarded)|(?:your|ur|yer) ${FAMILY} (?:\\w+ ){0,4}(?:hate|hates|hating|resent|resents|resenting|despise|despises|cant stand|cannot stand|can not stand|are ashamed of|is ashamed of|are embarrassed by|is embarrassed by|dont (?:even )?(?:love|like|want)|doesnt (?:even )?(?:love|like|want)) (?:you|u)|(?:your|ur) poor (?:kids|baby|children|husband|partner),? (?:having|with|stuck with) (?:you|u|a mum like you)|(?:poor|pity) (?:your|ur|those|that) (?:baby|kid|kids|child|children|husband)|(?:your|ur) (?:kids|children|baby|son|daughter|lo)s? deserves? (?:a )?better`,
    ),
    check: 'not-reported',
  },
  {
    id: 'abuse.what-a',
    re: phrase(
      `what an? ${INT}${STRONG}(?! (?:i am|im|i was|ive been|i feel|of a|day|night|week|morning|weekend|year|i|we)(?![\\p{L}\\p{N}]))`,
    ),
    check: 'not-self',
  },
  {
    id: 'abuse.about-poster',
    re: phrase(
      `(?:(?:op|the op|this poster|the poster|people like (?:you|her|op|this|that))(?: is| are|s| sounds| seems| must be)? (?:clearly |obviously |just |such |so |totally |definitely )?(?:an? )?${INT}${INS}|(?:she|he|this woman|this mum)(?: is|s| sounds| seems| must be)? (?:clearly |obviously |just |such |so |totally |definitely )?(?:an? )?${INT}(?:fake|liar|troll|attention seek\\w*|attention whore|drama queen))`,
    ),
    check: 'not-reported',
  },
  {
    // A strong insult standing alone as its own sentence: "absolute state of you. twat".
    id: 'abuse.bare-insult',
    re: phrase(`(?<=(?:^|[.!?\\n]\\s*))(?:you |u |ya )?${INT}${STRONG}(?=\\s*(?:[.!?\\n]|$))`),
    check: 'not-self',
  },
  {
    // The insult first, the aim after: "d i c k h e a d. thats what you are".
    id: 'abuse.insult-then-you',
    re: phrase('(?:thats|that is|is|thats exactly|is exactly|thats all) (?:what|all) (?:you|u) (?:are|r|re)'),
    check: 'insult-before',
  },
  {
    // An insult with its adjective opening a sentence, as the subject of what follows: "dumb
    // b!tch didnt even read my post", "stuck up b1tches from the posh end".
    id: 'abuse.insult-opener',
    re: phrase(`(?<=(?:^|[.!?\\n]\\s*))${ADJECTIVES}${STRONG}(?:e?s)?(?= \\p{L})`),
    check: 'not-i',
  },
  {
    // The people who run the group or care for her, called names behind their backs: "the facilitator tonight was
    // a patronising old bag", "the volunteer last night was so dim". Criticism ("a bit rushed",
    // "not very helpful") is not matched: only an insult or a verdict on her wits.
    id: 'abuse.about-staff',
    re: phrase(
      `(?:facilitator|volunteer|mod|moderator|admin|host|group leader|session leader|peer supporter|health visitor|hv|midwife|gp|social worker|nurse|doctor)s?(?: \\w+){0,4}? (?:was|is|were|are|s) (?:(?:such|so|a|an|just|honestly|really|a right|an absolute|a complete|a total) )*(?:${INT}(?:${INS}|${STRONG})|dim|dense|thick|stupid|dumb|a joke|an idiot|clueless)`,
    ),
    check: 'not-reported',
  },
  ...aimedRules,
  ...contemptRules,
];

/** A word of contempt in the sentence: what makes "the lot of you" an insult, not a thank-you. */
const CONTEMPT_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${INS}|${CONTEMPT}|${ADJ})(?![\\p{L}\\p{N}])`, 'u');

/** An insult just before, the aim after: "d i c k h e a d. thats what you are", "lazy. thats what you are". */
const INSULT_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${INS}|${CONTEMPT})[.!,]*\\s$`, 'u');

const NEGATED_OR_REPORTED =
  /(?:^|\s)(?:not|never|nobody|no one|noone|doesnt|dont|isnt|wasnt|arent|didnt|wont|cant|wouldnt|without|make|makes|made|if|whether|feel like|think|thinks|thought|worry|worried|scared|afraid|say|says|said|told|tells|tell|call|called|calls|calling|mean|means|who|feel|feels|felt)(?:\s|$)/u;
const REPORTED = /(?:^|\s)(?:said|says|told|tells|tell|saying|asked|asks|called|calls|like|think|thinks)(?:\s|$)/u;
const SELF = /(?:^|\s)(?:i|im|ive|id|ill|my|me|myself|we|our)(?:\s|$)/u;
/** The author as the one speaking of herself ("my post" may be about someone else's reply). */
const I_ME = /(?:^|\s)(?:i|im|ive|id|ill|me|myself)(?:\s|$)/u;
/** Words that may open an imperative aimed at the reader: "why don't you just fuck off", "@Tash cry me a river". */
const IMPERATIVE_LEAD =
  /^(?:\s*@[\p{L}\p{N}_.]+)?(?:\s*(?:oh|just|please|so|now|and|then|yeah|well|honestly|seriously|lol|lmao|haha|you|u|why|dont|not|can|could|would|will|go|kindly|maybe|mate|love|hun|hunny|babe|op|everyone|all|of|the|lot|both|right|ok|okay|ffs|jeez|god|christ|omg|tbh|and|but|lady|love|seriously|pal|yes|no|ugh|sorry|some|need|needs|to|really|yous|people|madam|pet)\s*)*$/u;

/**
 * A mild insult with a laugh or a kiss ("x") is teasing between friends: "you absolute muppet 😂 you put the
 * nappy on backwards AGAIN". Only the mildest words; "you stupid cow 😂" stays an insult.
 */
const MILD_INSULT =
  /^(?:you|u|ya|ye|ur|youre|yere|what an?)? ?(?:(?:an?|absolute|total|complete|utter|daft|silly|big|right|lovely|proper|wee|such an?) )*(?:muppet|numpty|plonker|wally|doughnut|donut|nutter|div|plank|goose|wazzock|lemon|nugget|dafty|eejit|numbnuts|pudding|sausage|noodle|dork|weirdo|loon|loony|melt|mare|nightmare|menace|pest|nutcase|(?:daft|silly) (?:cow|moo|sod|bugger|bat))s?$/u;
const LAUGH =
  /(?:😂|🤣|😆|😅|😘|🥰|❤️|♥|💕|🤗|(?<![\p{L}])(?:lol|lols|haha\w*|hehe\w*|lmao|bless (?:you|her|him))(?![\p{L}])|(?<![\p{L}])x{1,4}\s*$)/u;
/** Told to hush by a friend, laughing: "oh shut up Becs 😂 your twins are way more feral than mine". */
const MILD_DISMISSAL = /^(?:shut up|shush|give over|behave|pack it in|stop it)$/u;
const teasing = (match: string, text: string): boolean =>
  (MILD_INSULT.test(match.trim()) || MILD_DISMISSAL.test(match.trim())) && LAUGH.test(text);

/** Is this match aimed at someone, given where it sits? */
function aimed(rule: AbuseRule, text: string, from: number): boolean {
  const before = clauseBefore(text, from);
  switch (rule.check) {
    case 'second-person':
      return !NEGATED_OR_REPORTED.test(before);
    case 'imperative':
      return IMPERATIVE_LEAD.test(before.trim());
    case 'not-self': {
      const { from: s, to } = sentenceAround(text, from);
      return !SELF.test(text.slice(s, to));
    }
    case 'not-reported':
      return !REPORTED.test(before);
    case 'not-i': {
      const { from: s, to } = sentenceAround(text, from);
      return !I_ME.test(text.slice(s, to));
    }
    case 'group-contempt': {
      const { from: s, to } = sentenceAround(text, from);
      return CONTEMPT_WORD.test(text.slice(s, to)) && !SELF.test(text.slice(s, to));
    }
    case 'insult-before':
      return INSULT_BEFORE.test(text.slice(Math.max(0, from - 60), from));
    default:
      return true;
  }
}

const SPACED_RUN = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}@$!*][ .\-_]{1,3}){2,}[\p{L}\p{N}@$!*](?![\p{L}\p{N}])/gu;
const SEPARATOR = /[ .\-_]/;
const STEMS = new RegExp(`^(?:${anyOf(swearStems)})+(?:e?s)?$`);
const TOKEN = /[\p{L}\p{N}@$!*+|]+/gu;
const HAS_LETTER = /\p{L}/u;
const HAS_LEET = /[0-9@$!+|]/;
/** Numbers with units or endings ("5pm", "2nd", "12wks") are numbers, not disguised letters. */
const NUMBER_WITH_UNIT =
  /^\d+(?:am|pm|st|nd|rd|th|kg|g|lb|lbs|oz|ml|mg|yo|yr|yrs|mo|mos|m|wk|wks|w|d|k|cm|mm|h|hr|hrs|min|mins|s|x|p)$/;
const deleet = (s: string) => s.replace(/[0-9@$!+|]/g, (c) => LEET[c] ?? c);

/** Undoes the disguises: spaced-out swear words are joined, and look-alike characters read as letters. */
export function deobfuscate(n: Normalised): Normalised {
  const drop = new Set<number>();
  for (const m of matchesOf(SPACED_RUN, n.text)) {
    // Joined only when the letters spell a swear word, so "u r a…" keeps its words; a few
    // letters before it may be words of their own ("ur a s h i t mum", "a t-w-a-t").
    const letters = [...m[0].matchAll(/[^ .\-_]/g)].map((c) => c.index);
    const joined = m[0].replace(/[ .\-_]/g, '');
    const skip = [0, 1, 2, 3].find((k) => joined.length - k >= 3 && STEMS.test(deleet(joined.slice(k))));
    if (skip === undefined) continue;
    const start = m.index + (letters[skip] as number);
    for (let i = start; i < m.index + m[0].length; i++) if (SEPARATOR.test(n.text[i] as string)) drop.add(i);
  }
  const leet = new Set<number>();
  for (const m of matchesOf(TOKEN, n.text)) {
    const token = m[0];
    if (!HAS_LETTER.test(token) || !HAS_LEET.test(token) || NUMBER_WITH_UNIT.test(token.replace(/[!*+|]+$/, '')))
      continue;
    for (let k = 0; k < token.length; k++) {
      const c = token[k] as string;
      if (!(c in LEET)) continue;
      // "@Tash", a member addressed by name, is not "atash"; "@ss" in lower case stays a disguise.
      if (c === '@' && k === 0 && /\p{Lu}/u.test(n.original[n.start[m.index + 1] ?? -1] ?? '')) continue;
      // "shit!" keeps its "!"; a digit or a symbol inside a word ("b!tch", "5hit") is a letter.
      if (/[0-9]/.test(c) || /[\p{L}\p{N}]/u.test(token.slice(k + 1))) leet.add(m.index + k);
    }
  }
  if (drop.size === 0 && leet.size === 0) return n;
  return remap(n, (text, i) =>
    drop.has(i) ? '' : leet.has(i) ? (LEET[text[i] as string] ?? '') : (text[i] as string),
  );
}

export function findAbuse(n: Normalised): ScreenMatch[] {
  return screenAbuse(n).matches;
}

/**
 * The rules' abuse, and whether they let a post through as teasing between friends, in which
 * case the sense layer is not asked either: it reads "lol you absolute muppet 😂" as an insult.
 */
export function screenAbuse(n: Normalised): { matches: ScreenMatch[]; teasing: boolean } {
  const d = deobfuscate(n);
  const matches: ScreenMatch[] = [];
  let teased = false;
  for (const rule of rules) {
    for (const m of matchesOf(rule.re, d.text)) {
      if (!aimed(rule, d.text, m.index)) continue;
      if (teasing(m[0], d.text)) {
        teased = true;
        continue;
      }
      const span = originalSpan(d, m.index, m.index + m[0].length);
      matches.push({ category: 'abuse', ...span, text: d.original.slice(span.start, span.end), rule: rule.id });
    }
  }
  return { matches, teasing: teased && matches.length === 0 };
}
