import {
  ADULT_IN,
  BABY_IN_POST,
  type CrisisRule,
  FEAR,
  FIRST_PERSON,
  HAND_MARKS,
  type PostTest,
} from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * The third layer for the baby: concepts, not phrases (see crisis-broad-self.ts for why).
 *
 * - Harm done or meant (danger_to_baby): she is the one acting ("I pinched him", "I could have
 *   really hurt her", "I lost it and grabbed her"), the act is physical, and it lands on the
 *   baby, or on "him"/"her" when nothing in the post says that is an adult or a pet. What it
 *   left behind (a bruise, "not acting right") counts beside an act of hers.
 * - Intrusive thoughts: a frame that makes it a thought, not a deed (a thought, an image, an
 *   urge, "my brain tells me", "what if I", "in case I", "scared I'll") + harm + the baby.
 *
 * Fear, negation and thought framing before an act make it intrusive, not intent, as in
 * crisis-baby.ts. Accidents and care ("dropped the bottle", "held her too tight when she was
 * born") have no harm verb aimed at the baby, or say it was an accident.
 */

const w = (source: string) => bounded(new RegExp(source.replaceAll(' ', '\\s'), 'u'));

/** The baby as an object, or a pronoun (checked by `babyMeant`). */
const BABY_OBJ =
  '(?:(?:the|my|our|poor|his|her) (?:baby|newborn|son|daughter|little one|lo|boy|girl|child|toddler|twins|kids?)|baby|him|her|them)';
const PRONOUN_OBJ = /(?<![\p{L}])(?:him|her|them)(?![\p{L}])/u;
const BABY_WORD =
  /(?<![\p{L}])(?:baby|bby|babys|newborn|son|daughter|little one|lo|boy|girl|child|toddler|twins|kids?)(?![\p{L}])/u;
/**
 * "him" or "her" is the baby when the post has a baby in it, or no adult or pet who could be
 * meant instead: on a perinatal forum an unnamed "her" is most often the baby.
 */
const babyMeant = (sentence: string, post: PostTest) =>
  BABY_WORD.test(sentence) ||
  !PRONOUN_OBJ.test(sentence) ||
  (!ADULT_IN.test(sentence) && (post(BABY_IN_POST) || !post(ADULT_IN)));

/** Physical acts that hurt a baby. Not "dropped" or "grabbed" alone: those are mostly accidents or rescues. */
const HARM_DONE =
  '(?:hit|hurt|pinched|slapped|smacked|shook|shaken|smothered|suffocated|threw|thrown|chucked|flung|hurled|squeezed|yanked|shoved|pushed|bit|punched|kicked|slammed|strangled|choked|throttled|scratched|burnt|burned|dropped (?:\\w+ )?on purpose|grabbed (?:\\w+ )?(?:too )?(?:hard|roughly)|held (?:\\w+ )?(?:down|under)|covered (?:\\w+ )?(?:mouth|face|nose))';
const HARM_BASE =
  '(?:hit|hurt|harm|pinch|slap|smack|shake|smother|suffocate|throw|chuck|fling|squeeze|yank|shove|push|bite|punch|kick|slam|drown|stab|choke|scratch|burn|drop|snap|injure|do something to)';
const HARMING =
  '(?:hitting|hurting|harming|pinching|slapping|smacking|shaking|smothering|suffocating|throwing|chucking|flinging|squeezing|yanking|shoving|pushing|biting|punching|kicking|slamming|drowning|stabbing|choking|scratching|burning|dropping|injuring)';
const INTENT =
  '(?:going to|gonna|want to|wanna|wanted to|feel like|felt like|could have|couldve|could of|nearly|almost|came close to|come close to|was close to|so close to|about to|on the verge of|ready to|tempted to|will|ll|would have|wouldve|might have|mightve)';
/** Framing before an act that makes it fear, a thought or a denial, not a deed. */
const NOT_A_DEED = new RegExp(
  `(?:${FEAR}|what if|thoughts?|images?|never|not|dont|didnt|wouldnt|couldnt|imagine\\w*|picture\\w*|brain|mind|head|in case|dream\\w*|nightmare\\w*|urges?|intrusive|ocd|(?:telling|tells|told|tell) me)(?: that)?(?: \\w+){0,3} ?$`,
  'u',
);
/** Accidents, feelings, play: the same verbs, no harm done. */
const NOT_HARM = w(
  '(?:lol|haha|lmao|jk|ocd|intrusive|accident\\w*|by mistake|feelings|tickl\\w*|play\\w*|game|burp\\w*|wind|pat\\w*|swaddl\\w*|bumped|door ?frame|head on|rolled off|slipped|tripped|fell|jabs?|vaccin\\w*|injections?|nails|nail file|clipp\\w*|teeth|teething|bit me|kicked me|hit me|scratched me|pinched me|the door|the pram|the car seat|the buggy|the bottle|my phone|the cot|in the cot|sleepsuit|ball|balloon|gently|softly|lightly|up in the air|in the air|airplane|aeroplane|hug\\w*|cuddl\\w*|kiss\\w*|laugh\\w*)',
);

/** An intrusive frame: it is a thought or a fear of what she might do, not an act. */
const FRAME =
  '(?:thoughts?|images?|pictures?|flash(?:es)?|visions?|urges?|impulses?|intrusive\\w*|(?:my )?(?:brain|mind|head) (?:tells|tell|told|says|say|said|keeps|keep|shows|show|showed|goes|screams|whispers)|what if i|what would happen if i|in case i|(?:scared|afraid|terrified|frightened|petrified|worried|paranoid|panicking) (?:that )?(?:i|ill|id|im going to|im gonna|of what i)|keep (?:imagining|picturing|seeing|thinking)|cant stop (?:imagining|picturing|seeing|thinking)|imagin\\w*|pictur\\w*|scenarios?)';
const INTRUSIVE_HARM = w(
  '(?:hurt\\w*|harm\\w*|drown\\w*|smother\\w*|suffocat\\w*|stab\\w*|strangl\\w*|shak(?:e|es|ing)|shook|throw\\w*|threw|squeez\\w*|kill\\w*|burn\\w*|cut|cutting|hit|hitting|slap\\w*|punch\\w*|chok\\w*|snap(?:ping)? (?:her|his) neck|bite|biting|touch\\w* (?:\\w+ ){0,3}(?:wrong|wrongly|inappropriately|in the wrong way|sexually|down there|private\\w*)|(?:sexual|sexually|abus\\w*|molest\\w*|pervert\\w*|paedo\\w*|pedo\\w*)|knife|knives|scissors|pillow|over the (?:balcony|banister|edge|railing)|down the stairs|out of the window|into the (?:road|traffic|water|fire|oven)|under the water|hold (?:him|her|them) under|smash\\w*|drop (?:him|her|them) (?:on purpose|down|over|off|from)|(?:put|putting|shut|shutting|lock\\w*|leav\\w*|throw\\w*) (?:him|her|them|the baby) (?:in|into|inside|under|on) (?:the |a )?(?:washing machine|tumble dryer|dryer|oven|microwave|freezer|fridge|bin|boiling|kettle|fire|road|traffic|river|canal|sea|pond|bath|hob|cupboard|boot|car))',
);
const BABY_REF = w(
  '(?:baby|bby|babys|newborn|son|daughter|little one|lo|boy|girl|child|children|kids?|toddler|twins|him|her|them|he|she|nappy|nappies)',
);
/** A worry that is not harm of hers: her feelings, a photo, a film, someone else's act. */
const NOT_INTRUSIVE = w(
  '(?:feelings|photos?|camera|took (?:a |some )?pictures|picture book|film|films|video|tv|scan|on the news|inspiration|party|school|holiday|teeth|teething|jabs?|vaccin\\w*|injections?|nails|nail file|other kids|at nursery|will hurt (?:him|her)|gets? hurt at)',
);

/** Sleep, medical advice or care by others: not neglect. */
const NOT_NEGLECT = w(
  '(?:asleep|sleeping|slept|solids|weaning|doctor|gp|midwife|nurse|advised|told (?:me|us) to|hospital|nil by mouth|tongue tie|cry it out|sleep training|controlled crying|nursery|childminder|with (?:my|his|her) (?:mum|dad|nan|partner|husband)|too long|is that (?:ok|normal|bad))',
);

const danger = (id: string, anchor: string, extra: Partial<CrisisRule>): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'danger_to_baby',
  re: phrase(anchor),
  notAfter: NOT_A_DEED,
  pastMayResolve: false,
  when: babyMeant,
  unless: NOT_HARM,
  ...extra,
});

export const broadBabyRules: CrisisRule[] = [
  // "I pinched him to make him stop crying", "I think I hurt the baby when I lost it".
  danger(
    'harm-done',
    `(?:i|ive|id|i have|i had)(?: (?!(?:never|not|didnt|wouldnt|dont)(?![\\p{L}]))\\w+){0,2}? ${HARM_DONE} ${BABY_OBJ}`,
    {},
  ),
  // "I could have really hurt her tonight", "I felt like shaking him", "I'm going to hit her".
  danger(
    'harm-meant',
    `(?:i|im|i am|ive|i have|i was|id|i had)(?: (?!(?:never|not|didnt|wouldnt|dont)(?![\\p{L}]))\\w+){0,2}? ${INTENT} (?:\\w+ ){0,2}?(?:${HARM_BASE}|${HARMING}) ${BABY_OBJ}`,
    {},
  ),
  // Losing control, then a physical act: "I lost it and grabbed her arm and shook her".
  danger(
    'lost-it-and',
    '(?:lost it|lost my temper|lost control|lost my shit|snapped|flipped|saw red|went mad|blew up|raged)',
    {
      with: [
        FIRST_PERSON,
        w(
          '(?:grabbed|shook|shaken|hit|slapped|smacked|squeezed|threw|thrown|pushed|shoved|slammed|yanked|pinched|rough\\w*|hurt|screamed in (?:his|her) face|put (?:him|her) down (?:too )?hard|dropped (?:him|her)|tossed|chucked|bit)',
        ),
        w(`(?:${BABY_OBJ.slice(3, -1)}|his|her)`),
      ],
      unless: w(
        '(?:with (?:my|the) (?:husband|partner|dog|cat|mum|mam|sister)|the door|the dog|the cat|a plate|my phone)',
      ),
      notAfter: undefined,
    },
  ),
  // What an act of hers left behind.
  danger(
    'harm-left-marks',
    `(?:${HAND_MARKS}|marks?|not acting right|not (?:herself|himself) since|floppy|limp|stopped breathing|wasnt breathing|bleeding|swollen)`,
    {
      also: w(
        // or with no subject, as a post starts: "smacked his leg today cos he kicked me… left a red handprint"
        '(?:i (?:\\w+ ){0,2}(?:pinched|hit|slapped|smacked|shook|shaken|squeezed|grabbed|threw|hurt|lost it|snapped|lost my temper|lost control|was too rough|handled (?:him|her) (?:too )?roughly)|(?:^|[.!?] )(?:pinched|hit|slapped|smacked|shook|squeezed|grabbed) (?:him|her|his|the babys))',
      ),
      unless: w(
        '(?:accident\\w*|fell|rolled off|bumped|jabs?|vaccin\\w*|injections?|birth ?marks?|stork|forceps|ventouse|nappy rash)',
      ),
      notAfter: undefined,
    },
  ),
  // Left to scream for hours because she cannot bear him: neglect, not sleep training.
  danger(
    'left-to-scream',
    `(?:leaving|left|leave|ignoring|ignored|ignore) ${BABY_OBJ} (?:to )?(?:scream|cry|screaming|crying)(?: \\w+){0,3}? (?:for )?(?:hours|ages|all (?:day|night|evening|afternoon|morning)|an hour|the whole)`,
    {
      unless: w(
        '(?:cry it out|sleep training|controlled crying|gradual retreat|mins|minutes|shower|toilet|loo|while i|in the car|car seat|colic\\w*|reflux|doctor|gp|health visitor)',
      ),
    },
  ),
  // Neglect: not fed or left crying, beside a span of time or not caring.
  danger(
    'neglect',
    `(?:havent|have not|hasnt|not|didnt|did not|cant be bothered to|cant face) (?:been )?(?:(?:fed|feed|feeding|changed|change|changing|picked up|pick up|touched|held) ${BABY_OBJ}|(?:picked|pick|picking) (?:him|her|them) up)|(?:dont|do not|didnt|cant|couldnt) care (?:if|whether) (?:she|he|the baby|they|it|my baby|him|her) (?:lives|lived|live|dies|died|die|is ok|survives|eats|starves)|(?:left|leaving|leave) ${BABY_OBJ} (?:\\w+ ){0,4}?(?:crying|screaming|alone|on (?:his|her|their) own)(?: \\w+){0,3}? (?:since|for|all) (?:\\w+ ){0,3}?(?:hours|ages|day|night|morning|afternoon|evening|\\d+)`,
    {
      also: w(
        '(?:lives or dies|since (?:\\d+|this morning|last night|yesterday|breakfast|lunch)|all day|hours|dont care|cant look at|cant be bothered|cant face|dont want (?:him|her|them|the baby)|hate (?:him|her|them|the baby)|dont love)',
      ),
      // Tested on the whole post: "haven't fed her since 6… she's asleep" is a question about sleep.
      when: (_sentence, post) => !post(NOT_NEGLECT),
      unless: NOT_NEGLECT,
    },
  ),
  // "if I go I'm taking her with me": a plan to die that includes the baby.
  danger(
    'taking-baby-with-me',
    `(?:take|taking|bring|bringing|took) ${BABY_OBJ} with me|(?:cant|couldnt|wont|cannot) leave ${BABY_OBJ} (?:in this world|behind|alone in this world|on (?:her|his|their) own in this world|without me)`,
    {
      also: w(
        '(?:if i go|when i go|im going|gone|die|dying|dead|end it|end (?:it|things|everything)|this world|not here|kill|suicid\\w*|better place|heaven|together forever|both of us|with me forever)',
      ),
      unless: w(
        '(?:holiday|shop\\w*|to (?:the|my|work|town|visit)|appointment|nursery|on the (?:train|bus|plane)|abroad|trip|move|moving)',
      ),
      notAfter: undefined,
    },
  ),
  // Abandoning the baby, done or pictured: "leaving him on someone's doorstep and driving off".
  danger(
    'abandon',
    `(?:leav\\w*|left|dump\\w*|abandon\\w*|drop\\w* (?:him|her|them) off) ${BABY_OBJ} (?:on|at|outside|in) (?:someones|somebodys|a|the|a strangers) (?:doorstep|door|hospital|fire station|church|police station|street|park|bus stop|shop|woods|car park)|(?:walk|walking|walked) out (?:on (?:him|her|them|the baby|the kids)|and leav\\w* (?:him|her|them|the baby|the kids))|abandon\\w* ${BABY_OBJ}`,
    {
      notAfter: undefined,
      unless: w(
        '(?:lol|haha|nursery|childminder|with (?:my|his|her) (?:mum|dad|nan|partner|husband)|school|drop ?off|parcel)',
      ),
    },
  ),
  // Harm done by another adult: "partner threw the baby onto the sofa".
  danger(
    'adult-harms-baby',
    `(?:he|she|partner|husband|boyfriend|hubby|dh|ex|my (?:partner|husband|boyfriend|ex|mum|dad|mil)|his (?:mum|dad))(?: (?!(?:never|not|didnt|wouldnt|dont)(?![\\p{L}]))\\w+){0,2}? ${HARM_DONE} (?:the baby|my baby|our baby|the (?:kids|children)|my (?:son|daughter|kids)|our (?:son|daughter)|him|her|them)(?: (?:onto|on to|into|across|against|down|at|on|hard|so hard|too hard))?(?! (?:a|an|some|his|her|their|the) (?:party|ball|look|glance|smile|kiss|surprise|bath|bottle|toy|present|treat|birthday)(?![\\p{L}]))`,
    {
      when: (_sentence, post) => post(BABY_IN_POST) && post(BABY_WORD),
      notAfter: undefined,
      unless: w(
        '(?:lol|haha|play\\w*|game|gently|softly|in the air|tickl\\w*|toddler|big (?:brother|sister)|years? old|dog|cat)',
      ),
    },
  ),
  {
    id: 'crisis.not-safe-alone-with',
    kind: 'intrusive_thoughts',
    re: phrase(
      `(?:cant|cannot|shouldnt|should not|mustnt|not safe to|dont trust myself to) be (?:left )?(?:alone|on my own) with ${BABY_OBJ}|(?:scared|afraid|terrified|frightened|petrified) (?:to be|of being) (?:left )?(?:alone|on my own) with ${BABY_OBJ}`,
    ),
    when: babyMeant,
  },
  {
    id: 'crisis.intrusive-frame',
    kind: 'intrusive_thoughts',
    re: phrase(FRAME),
    with: [INTRUSIVE_HARM],
    unless: NOT_INTRUSIVE,
    // The baby may be named in the next sentence: "what if I squeezed too hard… hand her to my mum".
    when: (_sentence, post) => post(BABY_REF),
  },
];
