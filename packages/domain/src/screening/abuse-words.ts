import { Filter } from 'bad-words';

/** Lists are written as 'a|b|c' to keep them readable at a glance. */
const words = (list: string): readonly string[] => list.split('|');

/**
 * The words behind the abuse rule: bad-words' list, less what perinatal peer support talks
 * about every day, plus this service's own list of insults. The rule (abuse.ts) counts these
 * only when aimed at someone: a mother swearing about her own night is not abuse.
 */

/** Anatomy, birth and feeding, mild exclamations, and names or foreign words that collide with English. */
const NOT_INSULTS = words(
  'anus|boob|boobs|booobs|boooobs|booooobs|booooooobs|breasts|vagina|vulva|labia|penis|rectum|enema|' +
    'feces|semen|sex|sexy|god|hell|hells|bloody|damn|poop|butt|bum|balls|lust|lusting|horny|willy|willies|' +
    'muff|pawn|screw|screwing|cox|testicle|testical|scrotum|orgasm|orgasms|orgasim|orgasims|orgasum|' +
    'masochist|sadist|porn|porno|pornography|pornos|pron|xxx|xrated|viagra|cyalis|clit|clitoris|clits|' +
    'teets|cum|kum|spunk|shag|shagging|shaggin|shagger|flange|snatch|wang|dink|dinks|pecker|schlong|pube|' +
    'queef|kondum|kondums|smegma|preteen|rautenberg|schaffer|ekrem|ekto|perse|yed|hui|kuk|pula|pule|muie|' +
    'mibun|dupa|faen|fux|lesbian|doggin|dogging|boner|ejaculate|ejaculated|ejaculates|ejaculating|' +
    'ejaculation|fellatio|fellate|cunilingus|cunnilingus|cunillingus|gangbang|hardcoresex|hotsex|phonesex|' +
    'gaysex|rimming|cumshot|blowjob|blow job|blowjobs|jism|jiz|jizm|jizz|tittie|titties|nutsack|ballsack|' +
    'ballbag|pussy|pussies|pussys|smut|feck|fecker|fart|poo',
);

/** Verb and adverb forms: "so fucking tired" is a mother swearing about her day, never an insult. */
const SWEAR_FORMS = /(?:ing|in|ed|es)$/;

/** This service's own list: what hurts in a peer group for new mothers. */
export const serviceInsults = words(
  'moron|idiot|imbecile|cretin|loser|cow|attention seeker|attention whore|drama queen|snowflake|troll|' +
    'liar|fraud|freak|psycho|weirdo|nutter|nutcase|lunatic|slapper|tart|scrounger|sponger|parasite|' +
    'waste of space|waste of oxygen|failure|disgrace|embarrassment|brat|spoilt brat|hypocrite|bad mother|' +
    'bad mum|crap mother|crap mum|shit mother|shit mum|terrible mother|terrible mum|awful mother|' +
    'awful mum|useless mother|useless mum|unfit mother|unfit mum|rubbish mother|rubbish mum|' +
    'poor excuse for a mother|sad case|saddo|pig|halfwit|dimwit|thicko|spastic|mong|dickhead|knobhead|' +
    'tosser|wanker|twat|bellend|arsehole|arse|scum|trash|crap|shit|clown|joke|mug|muppet|numpty|plank|melt|wet wipe|' +
    'drip|weapon|martyr|narcissist|tyrant|dictator|roaster|pillock|plonker|harpy|hag|slob|doormat|airhead|bimbo|' +
    // Irish, Scots, Nigerian, Caribbean and London English, and American: said to a member as
    // often as the words above (each counts only when aimed, like the rest of this list)
    'eejit|gobshite|old bag|olodo|mumu|werey|ashawo|wasteman|wastegyal|sket|skank|bint|minger|' +
    'heifer|hussy|trollop|harlot|lowlife|low life|vermin|pleb|peasant|bampot|walloper|dumbass|' +
    'jackass|dipshit|douchebag|douche|bozo|donkey|cabbage|scrote|mare|wet lettuce|wet blanket|' +
    'divvy|radgie|radge|besom|fanny|header|sap|dafty|braindead|brain dead|bigot',
);

/**
 * Slurs are abuse wherever they appear: there is no self-directed use to protect. Not here:
 * words with an everyday meaning ("a chink of light", "gasping for a fag"), counted only when aimed.
 */
export const slurs = words(
  'nigger|niggers|nigga|niggas|niggaz|niggah|gook|gooks|kike|kikes|spic|spics|wetback|' +
    'wetbacks|paki|pakis|packie|packi|coon|coons|faggot|faggots|dyke|dykes|retard|retards|' +
    'retarded|spastic|spaz|spac|mong|tranny|trannies|gyppo|pikey|raghead|towelhead',
);

/** Intensifiers that may sit between "you" and an insult: "you stupid fucking cow". */
export const intensifiers = words(
  'a|an|the|such|so|this|actual|literal|genuine|real|total|complete|absolute|utter|fucking|fuckin|fking|fkn|effing|bloody|stupid|little|' +
    'pathetic|sad|fat|ugly|lazy|useless|massive|proper|right|dumb|thick|smug|selfish|vile|disgusting|' +
    'nasty|horrible|entitled|spoilt|spoiled|miserable|bitter|jealous|sanctimonious|judgy|judgemental|' +
    'dirty|lying|fake|worthless|attention seeking|shitty|crappy|rude|arrogant|ignorant|stuck up|patronising|' +
    'condescending|old|daft|silly|wee|pure|fecking|feckin|bigoted|dozy',
);

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '+': 't',
  '|': 'i',
};

/** A list entry as the text will read once disguises are undone: "sh1t" and "Sh!t" both become "shit". */
export function plainWord(entry: string): string {
  return entry
    .toLowerCase()
    .replace(/[0-9@$!+|]/g, (c) => LEET[c] ?? c)
    .replace(/[*(]/g, '')
    .replace(/[_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** bad-words' list extended by the service's words, as plain words: the vocabulary the abuse rule aims. */
function buildInsults(): string[] {
  const filter = new Filter();
  filter.addWords(...serviceInsults);
  filter.removeWords(...NOT_INSULTS);
  const excluded = new Set(filter.exclude.map(plainWord));
  const service = new Set(serviceInsults);
  const words = new Set<string>();
  for (const entry of filter.list) {
    const word = plainWord(entry);
    if (word.length < 3 || excluded.has(word) || !/^[a-z][a-z -]*[a-z]$/.test(word)) continue;
    // Single letters spaced out ("f u c k") are undone before matching; keep the joined word.
    const joined = /^(?:[a-z] )+[a-z]$/.test(word) ? word.replaceAll(' ', '') : word;
    if (SWEAR_FORMS.test(joined) && !service.has(joined)) continue;
    words.add(joined);
  }
  for (const word of serviceInsults) words.add(word);
  return [...words];
}

export const insults: readonly string[] = buildInsults();

/** Every word that makes a run of spaced letters worth joining up ("f u c k", "b.i.t.c.h"). */
export const swearStems = [
  'fuck',
  'fucking',
  'fuckin',
  'fucker',
  'fuckoff',
  'fuckyou',
  'shit',
  'bitch',
  'cunt',
  'twat',
  'wanker',
  'kys',
  'stfu',
  'pissoff',
  'dick',
  'prick',
  'slut',
  'whore',
  'cow',
  'moron',
  'idiot',
  'loser',
  'dickhead',
  'knobhead',
  'bellend',
  'tosser',
  'arsehole',
  'asshole',
  'bastard',
  'slag',
  'retard',
];

/** A word that tolerates '*' for any letter after the first, and letters held down. */
export function tolerant(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const c = word[i] as string;
    let n = 1;
    while (word[i + n] === c) n++;
    const count = n === 1 ? '+' : `{${n},}`;
    if (c === ' ' || c === '-') out += '[- ]?'.repeat(n);
    else if (i === 0 || word[i - 1] === ' ') out += `${c}${count}`;
    else out += `(?:${c}|\\*)${count}`;
    i += n;
  }
  return out;
}
export const tolerantAny = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(tolerant)
    .join('|');

export { LEET };
