import { matchesOf, type Normalised, originalSpan, phrase } from './normalise.ts';
import { findNamedPeopleWithPlace } from './pii-named-person.ts';
import { findPiiNumbers } from './pii-numbers.ts';
import { findSocial, PLATFORM } from './pii-social.ts';
import type { PiiKind, ScreenMatch } from './types.ts';

/**
 * Personal details: what identifies a member (who joined without giving a real name) or takes
 * the talk off the platform, where no moderator can keep her safe. Talking about services is
 * clean: "the phone number for PANDAS is on their website", "I phoned my link worker".
 */

/**
 * Email providers people name when spelling an address out ("mum_of_two AT gmail dot com").
 * Only names that are not everyday words: "shouted at me" and "at live music" are not emails.
 */
const PROVIDER =
  '(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|btinternet|aol|protonmail|msn|virginmedia|talktalk|ntlworld|gmx|ymail|rocketmail)';
const AT = '(?: ?(?:@|\\(at\\)|\\[at\\]|\\{at\\}) ?| at )';
const DOT = '(?: ?(?:\\.|\\(dot\\)|\\[dot\\]|\\{dot\\}) ?| dot )';

/** X, Threads and Signal only when she says she is on them ("x" is also a kiss). */
const ON_X = new RegExp(`(?<![\\p{L}])(?:on|via) ${PLATFORM}(?![\\p{L}])`, 'u');
/** A platform named so that it cannot be an everyday word ("x" is a kiss, "signal" is signal); "TikTok's" too, not "snaps". */
const PLATFORM_NAMED =
  /(?<![\p{L}])(?:facebook|fb|insta|instagram|ig|the gram|whatsapp|whats app|snapchat|snap|tiktok|tik tok|twitter|messenger|telegram|kik|discord|bluesky|linkedin|wechat|viber|skype|facetime)(?:(?<!snap|gram)s)?(?![\p{L}])/u;

const AT_PROVIDER = new RegExp(` at ${PROVIDER}`);

interface PiiRule {
  id: string;
  kind: PiiKind;
  re: RegExp;
  /** some matches need a second look at the author's own text */
  accept?: (m: RegExpMatchArray, n: Normalised) => boolean;
}

/** Street suffixes that are nearly always an address. */
const STREET = '(?:road|rd|street|avenue|ave|lane|close|drive|crescent|terrace|grove|gardens|gdns|mews|square|sq)';
/** Suffixes that are also everyday words ("5 star view", "3 laps of the park"): the name must be capitalised. */
const WEAK_STREET =
  '(?:st|way|park|walk|green|view|hill|end|side|bank|row|place|court|ct|fields|gate|rise|lea|chase|yard|heights|vale|parade|wynd|croft|meadows|boulevard)';
const STRONG_SUFFIX = new RegExp(`^${STREET}$`);
const NOT_A_NAME =
  /^(?:the|a|an|my|your|our|his|her|their|down|up|along|to|on|in|at|of|from|for|with|by|and|or|mile|miles|min|mins|minute|minutes|hour|hours|hr|hrs|door|doors|house|houses|week|weeks|day|days|month|months|year|years|yr|old|olds|time|times|kid|kids|children|babies|more|other|little|big|small|different|separate|main|back|long|short|quick|slow|nice|lovely|great|good|bad|this|that|these|those|same|whole|km|k|metres|meters|yards|steps|stops|blocks|nights|night|feeds|bottles|nappies|star|stars|lap|laps|times|second|seconds|pound|pounds|quid|percent|out|round|way|ways|roads|streets|lanes|parks)$/;

const rules: PiiRule[] = [
  { id: 'pii.email', kind: 'email', re: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
  {
    id: 'pii.email-spelled',
    kind: 'email',
    // "name at gmail dot com", "kate (at) outlook (dot) com"; a plain " at " needs a provider
    // or a spelled-out dot, so "look at facebook.com" is not an email.
    re: phrase(
      `[a-z0-9][a-z0-9._%+-]*${AT}[a-z0-9-]+(?:${DOT}(?!dot)[a-z]{2,12}){1,3}|[a-z0-9][a-z0-9._%+-]*${AT}${PROVIDER}`,
    ),
    accept: (m) =>
      !/@[\p{L}\p{N}-]+\.[\p{L}]/u.test(m[0]) &&
      (/\(at\)|\[at\]|\{at\}|@| dot |\(dot\)|\[dot\]/.test(m[0]) || AT_PROVIDER.test(m[0])),
  },
  {
    id: 'pii.address',
    kind: 'address',
    re: phrase(`\\d{1,4}[a-z]?,? (?:[a-z][a-z-]+ ){1,3}(?:${STREET}|${WEAK_STREET})`),
    accept: (m, n) => {
      const words = m[0].split(/[ ,]+/).slice(1);
      const suffix = words.pop() ?? '';
      if (words.some((w) => NOT_A_NAME.test(w))) return false;
      if (STRONG_SUFFIX.test(suffix)) return true;
      // A weak suffix needs the author's capitals: "12 Mill Way", not "2 more way".
      const original = n.original.slice(n.start[m.index ?? 0], n.end[(m.index ?? 0) + m[0].length - 1]);
      return /^\d+[a-zA-Z]?,? (?:\p{Lu}[\p{L}-]* ){1,3}\p{Lu}/u.test(original);
    },
  },
  {
    // "on Fenwick Road, number 41": the street first, then the house number.
    id: 'pii.address-number-after',
    kind: 'address',
    re: phrase(`[a-z][a-z-]+ ${STREET},? (?:at )?(?:number|no|num) \\d{1,4}[a-z]?`),
    accept: (m) => {
      const words = m[0].split(/[ ,]+/);
      const name = words[words.findIndex((w) => STRONG_SUFFIX.test(w)) - 1];
      return name !== undefined && !NOT_A_NAME.test(name);
    },
  },
  {
    // A street named with the flat or house number near it: "Byron Road, flat 3, SE19", "on Hoe
    // Street by the big Sainsbury's, flat 3 above the bakery", "Cardigan Road near the masjid, number 23".
    id: 'pii.address-street-and-unit',
    kind: 'address',
    re: phrase(
      `[a-z][a-z-]+ (?:${STREET}|${WEAK_STREET})(?=[^.!?\\n]{0,60}?(?<![\\p{L}])(?:flat|number|no|house|apartment|apt|unit) \\d{1,4}(?!\\p{N})(?! (?:bus|buses|tram|train|for|of|in the)(?![\\p{L}])))`,
    ),
    accept: (m, n) => {
      const [name, suffix] = m[0].split(' ') as [string, string];
      if (NOT_A_NAME.test(name)) return false;
      if (STRONG_SUFFIX.test(suffix)) return true;
      const original = n.original.slice(n.start[m.index ?? 0], n.end[(m.index ?? 0) + m[0].length - 1]);
      return /^\p{Lu}[\p{L}-]* \p{Lu}/u.test(original);
    },
  },
  {
    // Where she lives, given as a number: "I'm at number 40", "we're on pitch 9 at Long Drove site",
    // "block 4, flat 12 on the Coningsby married quarters".
    id: 'pii.address-at-number',
    kind: 'address',
    re: phrase(
      '(?:im|i am|were|we are|we live|i live|she lives|shes|she is|we|i) (?:at|in|on) (?:number|no|flat|house) \\d{1,4}[a-z]?|(?:block|building) \\d{1,3},? flat \\d{1,4}|flat \\d{1,4},? (?:block|building) \\d{1,3}|(?:flat|number|no|house) \\d{1,4}[a-z]?,? (?:on|in|at) the [a-z]+(?: [a-z]+){0,2} (?:estate|quarters|patch|flats|court|towers)|(?:pitch|plot) \\d{1,3},? (?:at|on|of) (?:the )?[a-z]+(?: [a-z]+){0,2} (?:site|caravan park|park|campsite)',
    ),
  },
  // UK postcodes; the inward code's letters never include C, I, K, M, O or V, so "b4 5pm" is not one.
  { id: 'pii.postcode', kind: 'postcode', re: phrase('[a-z]{1,2}\\d[a-z\\d]? ?\\d[abd-hjlnp-uw-z]{2}') },
  {
    id: 'pii.off-platform',
    kind: 'social',
    re: phrase(
      `(?:add|follow|find|message|msg|dm|pm|inbox|text|ring|call|contact|look|search|friend|hit) (?:me|us) (?:up )?(?:on|via|at|over on|through) ${PLATFORM}|(?:my|our) ${PLATFORM} (?:name|handle|username|user name|account name) is|(?:my|our) (?:username|user name|handle|snap code|snapcode) (?:is|on)|(?:dm|pm|inbox|direct message|private message) me|(?:drop|send|give|ping|shoot) me (?:a |an )?(?:quick )?(?:dm|pm|inbox|direct message|private message|message privately)|message me (?:privately|on|outside|off here|directly)|(?:get in touch|talk|chat|speak) (?:privately|off here|outside (?:of )?(?:here|this)|on ${PLATFORM})|(?:whatsapp|whats app|snapchat|snap|telegram|kik|viber|fb|facebook|insta) me|ask (?:me )?for my (?:number|email|details|insta|snap|whatsapp)|(?:ill|i will|i can|happy to) (?:send|give|dm|pm|message|text) (?:you |anyone )?my (?:number|email|details|address)|(?:im|i am) on ${PLATFORM} if (?:anyone|you|u)|(?:drop|leave|send|post|put|pm|dm|inbox) (?:me )?(?:your|ur|yer|yur) (?:numbers?|mobiles?|emails?|digits|snaps?|instas?|handles?|details)|(?:message|msg|text|give|ping) (?:me|us) (?:your|ur|yer|yur) (?:number|mobile|email|digits|snap|insta|handle|details)(?! one)|gimme (?:your|ur|yer|yur) (?:number|digits)|add (?:you|u|yous|everyone|you all|yous all|all of you)(?: all)? (?:to|into|in) (?:the|a|my|our) (?:${PLATFORM} )?(?:${PLATFORM}|group chat|chat|gc)|(?:ive|i have|i|we|weve|we have) (?:started|made|set up|created|opened) (?:a|my|our|an?) (?:\\w+ )?${PLATFORM} (?:group|chat|server|page)`,
    ),
  },
  {
    id: 'pii.handle',
    kind: 'social',
    re: /(?<![\p{L}\p{N}._@-])@[a-z0-9_.]{2,30}[a-z0-9_]/gu,
    // "@Sarah thank you" names a member of the group; a handle beside a platform is contact.
    accept: (_m, n) => PLATFORM_NAMED.test(n.text) || ON_X.test(n.text),
  },
  {
    id: 'pii.handle-named',
    kind: 'social',
    re: phrase(
      `(?:on|my) ${PLATFORM}(?: is| its|,| as| under|:)? ?(?:its |it is )?@?(?=[a-z0-9_.]*[a-z])[a-z0-9]*[_.0-9][a-z0-9_.]*[a-z0-9]`,
    ),
  },
];

/** "Smith", "McAllister", "Smith-Jones", "O'Connor". */
const NAME_WORD = "(?:\\p{Lu}['’])?\\p{Lu}[\\p{Ll}]+(?:\\p{Lu}[\\p{Ll}]+)?(?:-\\p{Lu}[\\p{Ll}]+)?";
const NAME = new RegExp(`(?<![\\p{L}])${NAME_WORD}(?: ${NAME_WORD}){1,2}(?![\\p{L}])`, 'gu');
/** Capitalised words that are not someone's name. */
const NOT_NAMES =
  /^(?:Facebook|Insta|Instagram|Whatsapp|WhatsApp|Snapchat|Tiktok|TikTok|Twitter|Telegram|Mum|Mam|Mom|Dad|Nan|Nana|Grandma|God|Jesus|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Sorry|Thanks|Thank|Hi|Hello|Hey|The|This|That|So|Really|Very|Just|Not|Here|Back|Home|Fine|Tired|Ok|Okay|Feeling|Going|Still|Also|And|But|Love|Baby|Midwife|Doctor|Nurse|Health|Visitor|Perinatal|Team|Group|Page|Search|Find|Message|Add|Me|My|On|In|At|From|It|Its|Im|Dr|Mrs|Mr|Ms|Miss|NHS|Samaritans|Mind|Pandas|PANDAS|Shout)$/u;
const NAME_CUE = new RegExp(
  `(?:(?:my|her|his|our) ${PLATFORM}(?: name| account| profile)?(?: is)?|add me(?: on ${PLATFORM})?|my (?:full |real |actual )?names?(?: is)?|im|i am|its|it is|called|search(?: for)?|look (?:me )?up|under|as|me on \\S+ as) ?[,:-]? ?$`,
  'u',
);
/** "my fb is Jodie McAllister": a name given as where to find her. */
const PLATFORM_CUE = new RegExp(
  `(?:(?:my|her|his|our) ${PLATFORM}(?: name| account| profile)?(?: is)?|add me on ${PLATFORM}(?: its)?|on ${PLATFORM} as) ?[,:-]? ?$`,
  'u',
);
/** The platform right after the name, or after her town: "Aoife Brennan in Galway on Facebook", "Amanda Pryce is on facebook". */
const ON_PLATFORM = new RegExp(
  `^(?:,? (?:in|from|near) \\p{Lu}\\p{Ll}+)?,? (?:is |s |is also |s also )?(?:on|via) ${PLATFORM}(?![\\p{L}])`,
  'iu',
);
/** A place right after the name: "Sophie Barraclough in Hebden Bridge", "from Todmorden". */
const AT_A_PLACE = /^,? (?:in|from|at|near|over in|up in|down in|round) \p{Lu}\p{Ll}+/u;
/** She says the name is hers: "I'm Kerry Trewin", "it's me, Kerry Trewin", "my name's". */
const SELF_CUE = /(?:^|[^\p{L}])(?:im|i am|its me,?|it is me,?|my names?(?: is)?|this is|me,) ?$/u;
/** Someone named as who they are: "it's Amanda Pritchard", "her name is", "that's". */
const NAMED_AS =
  /(?:^|[^\p{L}])(?:its|it is|thats|that is|shes|she is|hes|he is|her names?(?: is)?|his names?(?: is)?) ?$/u;
/** Later in the post, where to find that person: "look her up on facebook", "find him on insta". */
const FIND_THEM = new RegExp(
  `(?:look|search|find|add|follow|message|msg) (?:her|him|them|me) (?:up )?(?:on|via) ${PLATFORM}(?![\\p{L}])|(?:shes|hes|theyre|she is|he is|they are) on ${PLATFORM}(?![\\p{L}])`,
  'u',
);
/** Someone close named as who they are: "my partner is Craig Elliott", "her husband's name is". */
const WHO_CUE =
  /(?:my|her|his|our) (?:oldest|eldest|youngest|partner|husband|hubby|boyfriend|bf|fiance|fiancé|wife|girlfriend|gf|ex|ex partner|ex husband|brother|sister|dad|mum|mam|son|daughter|best friend|friend|neighbour|(?:mother|father|sister|brother) in law|mil|sil|bil|fil|granddaughter|grandson|grandchild|niece|nephew|stepson|stepdaughter|step son|step daughter|goddaughter|godson|little one|little|baby|babys|twins|girl|boy|little girl|little boy|lo)(?:s)?(?: full| real)?(?: name)?(?: is|s|,)? ?[,:-]? ?$|(?:the|my|our|her) (?:twins|kids|babys|boys|girls|childrens|childs) (?:dad|father|mum|mother)(?: is|s|,)? ?$/u;
/** Right after the name, where they work and in which town: "works at the garage in Blyth". */
const WORKS_IN_TOWN =
  /^,? (?:(?:and |who |but )?(?:he |she |they )?(?:works?|working|is working|manages?|runs?|owns?)(?: as \w+(?: \w+)?| nights| days| weekends| shifts| part time| full time)? (?:at|in|for|on) (?:the |a |an )?[\p{L}' &-]{2,40}? (?:in|at|near|on|up in|down in|over in|out in) \p{Lu}\p{Ll}+)/u;

/** What a school or nursery is called by: "Oak Tree Primary", "Rainbow Tots", "Little Shells nursery". */
const SCHOOL_WORD =
  '(?:[Pp]rimary|[Ss]chool|[Aa]cademy|[Nn]ursery|[Ii]nfants|[Jj]uniors|[Cc]ollege|[Pp]re-?school|[Tt]ots|[Dd]ay [Nn]ursery|[Kk]indergarten|[Pp]laygroup)';
/** Right after a child's name, the school: "Tyler Moss year 2 at Elm Road Primary", "Oscar Lane, 6, Oak class at Harbour View Academy". */
const AT_SCHOOL = new RegExp(
  String.raw`^,? (?:\d{1,2},? )?(?:(?:she|he|they)(?:s|['’]s| is|re|['’]re| are) )?(?:is |in |goes to |starts |started |the )*(?:(?:[Yy]ear \d+|[Rr]eception|[Nn]ursery|[Pp]\d|\p{Lu}\p{Ll}+ (?:class|room|group))(?: at)? )?(?:at )?(?:(?:\p{Lu}[\p{L}'’]*|of) ){1,5}${SCHOOL_WORD}(?![\p{L}])|^,? (?:she|he|they)?(?:s|['’]s| is| are)? ?(?:in )?(?:[Yy]ear \d+|[Rr]eception|\p{Lu}\p{Ll}+ class) at (?:St\.? )?\p{Lu}[\p{L}'’]+`,
  'u',
);
/** Right after a baby's name, the bed she lies in: "Oscar Reid-Banks, neonatal unit bay 3 cot 2". */
const AT_BEDSIDE =
  /^,? (?:(?:she|he)(?:s|['’]s| is) )?(?:in |on )?(?:the )?(?:neonatal unit|nicu|NICU|SCBU|scbu|special care|[\p{L}]+ ward|ward \d+|[Bb]ay \d+|[Cc]ot \d+|[Rr]oom \d+|[Bb]ed \d+)/u;
/** Later in a post about a named child, where she will be: "…and she starts at Rainbow Tots in Redruth on Monday". */
const STARTS_AT_LATER = new RegExp(
  String.raw`(?:starts|started|starting|goes to|is in the \p{Lu}\p{Ll}+ (?:room|class) at) (?:at )?\p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+){0,3}(?: ${SCHOOL_WORD})? (?:in|at) \p{Lu}\p{Ll}+`,
  'u',
);

/**
 * A full real name with a way to find her ("find me on facebook, it's Gemma Louise Smith").
 * Capitals are the cheap signal, so a name written in lower case is missed.
 */
function findFullNames(n: Normalised, hasSocial: boolean): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  for (const found of matchesOf(NAME, n.original)) {
    // A capitalised cue is not part of the name: "Search Bogdana Kowalczyk on Facebook".
    let words = found[0].split(' ');
    const cue = words.findIndex((w) => !NOT_NAMES.test(w));
    if (cue > 0) words = words.slice(cue);
    if (words.length < 2 || words.some((w) => NOT_NAMES.test(w))) continue;
    const name = words.join(' ');
    const index = found.index + found[0].length - name.length;
    const before = n.original
      .slice(Math.max(0, index - 40), index)
      .toLowerCase()
      .replace(/['’]/g, '');
    // A name directly beside a platform needs no cue: "Gemma Louise Smith on fb". Nor does a
    // name with her town and where to look her up: someone local, findable off the service.
    const after = n.original.slice(index + name.length);
    const onPlatform =
      ON_PLATFORM.test(after) || (AT_A_PLACE.test(after) && FIND_THEM.test(n.text.slice(index, index + 300)));
    // A partner's or friend's full name with their workplace and town: findable in person.
    const atWork =
      (WHO_CUE.test(before) && (WORKS_IN_TOWN.test(after) || AT_SCHOOL.test(after) || AT_BEDSIDE.test(after))) ||
      ((WHO_CUE.test(before) || NAMED_AS.test(before)) && STARTS_AT_LATER.test(after.slice(0, 160)));
    // Introducing herself by full name and town: "I'm Kerry Trewin from St Just, come say hi";
    // or naming someone else so: "I know who she is, it's Amanda Pritchard from Tregaron".
    const fromTown = (SELF_CUE.test(before) || NAMED_AS.test(before)) && AT_A_PLACE.test(after);
    // Introducing herself by full name to be found: "Long shot… I'm Grace Whitfield, I was in the side room".
    const introduced = SELF_CUE.test(before) && /^(?:[,.!]|$| and | here)/.test(after);
    if (!NAME_CUE.test(before) && !onPlatform && !atWork && !fromTown) continue;
    const explicit = /my (?:full |real |actual )?names?(?: is)? ?[,:-]? ?$/.test(before) || PLATFORM_CUE.test(before);
    if (!explicit && !onPlatform && !atWork && !fromTown && !introduced && !hasSocial) continue;
    matches.push({
      category: 'pii',
      kind: 'full_name',
      start: index,
      end: index + name.length,
      text: name,
      rule: 'pii.full-name',
    });
  }
  return matches;
}

/** She works at a named place: "I work on the postnatal ward at Treliske", "I'm a reception teacher at Trythall primary". */
const I_WORK_AT =
  /(?<![\p{L}])I(?:['’]m| am)? (?:work(?:ing)?|teach|volunteer|an? [\p{Ll} ]{2,30}?)(?: [^.!?\n]{0,40}?)? (?:at|in|on) (?:the )?\p{Lu}[\p{L}'’]+/u;
/** …named so she can be picked out there: "Mrs Chenoweth", "the only midwife there called Ottilie", "Lisa Hardcastle". */
const HER_NAME_THERE =
  /(?<![\p{L}])(?:(?:Mrs|Miss|Ms|Mr|Dr)\.? \p{Lu}\p{Ll}+|(?:called|named) \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}{2,}(?=[,.!]|$| come| if))/u;
/** …and asks to be found there: "come say hi", "catch me at the gates". */
const COME_FIND_ME =
  /(?:come (?:and )?(?:say hi|say hello|find me|see me)|ask for me|catch me|find me|look out for me|give me a wave|say hi (?:to me|when))/iu;

/** A member naming herself at her workplace and asking to be found there: findable in person. */
function findSelfAtWork(n: Normalised): ScreenMatch[] {
  const work = I_WORK_AT.exec(n.original);
  if (!work || !COME_FIND_ME.test(n.original)) return [];
  const named = HER_NAME_THERE.exec(n.original);
  if (!named || named[0].split(' ').some((w) => NOT_NAMES.test(w) && !/^(?:Mrs|Miss|Ms|Mr|Dr)\.?$/.test(w))) return [];
  return [
    {
      category: 'pii',
      kind: 'full_name',
      start: named.index,
      end: named.index + named[0].length,
      text: named[0],
      rule: 'pii.findable-at-work',
    },
  ];
}

export function findPii(n: Normalised): ScreenMatch[] {
  const matches: ScreenMatch[] = [...findPiiNumbers(n)];
  for (const rule of rules) {
    for (const m of matchesOf(rule.re, n.text)) {
      if (rule.accept && !rule.accept(m, n)) continue;
      const span = originalSpan(n, m.index, m.index + m[0].length);
      // One detail, one highlight: a spelled email also matches as a plain one, a handle twice.
      if (matches.some((o) => o.kind === rule.kind && o.start <= span.start && o.end >= span.end)) continue;
      matches.push({
        category: 'pii',
        kind: rule.kind,
        ...span,
        text: n.original.slice(span.start, span.end),
        rule: rule.id,
      });
    }
  }
  // The looser shapes of pii-social.ts only add what the rules above did not already highlight.
  for (const s of findSocial(n)) if (!matches.some((o) => o.start < s.end && s.start < o.end)) matches.push(s);
  const names = findFullNames(n, matches.some((m) => m.kind === 'social') || PLATFORM_NAMED.test(n.text));
  const named = names.length > 0 ? names : findSelfAtWork(n);
  const people = findNamedPeopleWithPlace(n).filter((p) => !named.some((o) => o.start < p.end && p.start < o.end));
  return [...matches, ...named, ...people];
}
