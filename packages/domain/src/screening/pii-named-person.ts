import { type Normalised, sentenceAround } from './normalise.ts';
import { GIVEN_NAMES } from './pii-given-names.ts';
import type { ScreenMatch } from './types.ts';

/**
 * A person named in full beside where to find them in person: "Kayleigh Dunn, she works in the
 * Costa in Aldershot", "Karen Pritchard at Little Acorns in Ludlow", "Emily Hughes in year 1 at
 * Ysgol Cwm Tawel", "at kington playgroup on tuesdays, Hannah Bevan, come and find me". The cue
 * rules of pii.ts need a cue before the name ("my partner is"); these posts name someone with no
 * cue at all (train-r, train-s), so here a known given name stands in for the cue, and the place
 * must be in the same sentence, or in the next one when it goes on about them ("Anyone know Shannon
 * Pearce? She's on Clarence Street in Hull").
 */

/** A rank or title before the name is part of it: "Cpl Dean Marsh". */
const NAMED =
  /(?<![\p{L}])(?:(?:Mrs|Miss|Ms|Mr|Dr|Cpl|Sgt|Lt|Capt|Pte|Nurse|Sister)\.? )?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) ((?:Mc|Mac|O['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
/** Second words that make a place or a thing of a given name: "Grace Church", "Poppy Appeal". */
const NOT_A_SURNAME =
  /^(?:Street|Road|Lane|Avenue|Close|Way|Church|Chapel|Hall|House|Centre|Center|Park|Ward|Unit|Garden|Gardens|Appeal|Day|Festival|Cottage|Farm|Hospital|Trust|Surgery|Clinic|Nursery|School|Primary|Academy|Group|Cafe|Café|Shop|Tea|Rooms|Room|Bridge|Court|Place|Square|Hill|Green|Bank|Foundation|Fund|Project|Club|Library|Birthing|Suite|Bear|Pig|Peppa)$/u;

/** Where the named person can be found, in the same sentence. */
const FINDABLE_AT = new RegExp(
  [
    // works or runs somewhere: "she works in the Costa in Aldershot", "runs the egg stall"
    String.raw`(?:works?|working|worked|runs?|running|manages?|owns?|teaches|volunteers?)(?: as \w+)? (?:at|in|for|on) (?:the )?\S`,
    // a class, a year, a room: "in year 1", "in the Butterfly room"
    String.raw`(?:in|at) (?:year \d+|reception|(?:the )?[\p{L}]+ (?:class|room))`,
    // a kind of place, lower case: "at kington playgroup"
    String.raw`(?:at|in) (?:the )?(?:[\p{L}]+ ){0,3}(?:playgroup|nursery|school|primary|academy|surgery|clinic|hospital|gym|church|mosque|gurdwara|temple|cafe|costa|greggs|tesco|asda|aldi|lidl|sainsburys|morrisons|coop|co-op|boots|pub|garage|salon|baby group|toddler group|soft play)`,
    // an invitation to seek them out: "come and find me", "tell her I sent you"
    'come (?:and )?(?:find|say hi|say hello|see)|tell (?:her|him|them) (?:i|that i) sent you|ask for (?:her|him|me)|look (?:her|him|me) up',
  ].join('|'),
  'iu',
);

/** A named place, by its capital: "at Little Acorns", "Signals at Catterick", "from Tregaron". */
const AT_NAMED_PLACE =
  /(?<![\p{L}])(?:at|from|in|near) (?:the )?(?:St\.? )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Ramadan|Eid|Diwali)(?![\p{L}]))\p{Lu}\p{Ll}+/u;

/**
 * The next sentence when it goes on about the person just named: "Anyone know Shannon Pearce?
 * She's on Clarence Street in Hull." Else nothing.
 */
function nextAboutThem(text: string, end: number): string {
  const next = sentenceAround(text, Math.min(text.length, end + 1));
  const sentence = text.slice(end + 1, next.to);
  return /^\s*(?:she|he|they)(?:['’]s|['’]re| is| are| works| was| lives| does|['’]ll)?\s/iu.test(sentence)
    ? ` ${sentence}`
    : '';
}

export function findNamedPeopleWithPlace(n: Normalised): ScreenMatch[] {
  const out: ScreenMatch[] = [];
  for (const m of n.original.matchAll(NAMED)) {
    const [whole, given = '', surname = ''] = m;
    if (!GIVEN_NAMES.has(given.split('-')[0] as string) || NOT_A_SURNAME.test(surname)) continue;
    const start = m.index;
    const end = start + whole.length;
    // "at the William Harvey", "the Rosie Duncan ward": named after someone, a place now.
    if (/(?<![\p{L}])the\s+$/iu.test(n.original.slice(Math.max(0, start - 5), start))) continue;
    // The rest of the sentence: the name's own capitals must not count as the place.
    const around = sentenceAround(n.original, start, end);
    const sentence = `${n.original.slice(around.from, start)} ${n.original.slice(end, around.to)}${nextAboutThem(n.original, around.to)}`;
    if (!FINDABLE_AT.test(sentence) && !AT_NAMED_PLACE.test(sentence)) continue;
    out.push({
      category: 'pii',
      kind: 'full_name',
      start,
      end,
      text: whole,
      rule: 'pii.named-with-place',
    });
  }
  return out;
}
