import {
  ADULT_OR_PRONOUN,
  BABY,
  BABY_IN_POST,
  BABY_NOUN,
  BRIEF_CHORE,
  type CrisisRule,
  FEAR,
  HAND_MARKS,
  HARM,
  HARMING,
  PILLS,
  THOUGHT,
} from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * The baby. Two very different things are written in similar words:
 *
 * - intrusive thoughts: unwanted, frightening images of harm (common in perinatal OCD). They come
 *   framed by fear, thought or horror ("what if I…", "I keep picturing…", "it terrifies me"), and
 *   need a calm, informed reply, not alarm;
 * - intent or harm done: "I'm going to hurt him", "I shook her". Urgent.
 *
 * So the danger patterns refuse to match inside fear or thought framing (`notAfter`), and the
 * intrusive patterns require it.
 */

const intrusive = (id: string, source: string, extra: Partial<CrisisRule> = {}): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'intrusive_thoughts',
  re: phrase(source),
  ...extra,
});
/** Framed by fear or negation it is an intrusive thought, or nothing: "scared I'm going to hurt
 * him", "I would never hurt her". */
const FEAR_FRAMED = `(?:${FEAR}|what if|thoughts?|images?|never|not|dont want to|wouldnt|couldnt|imagine|imagining|picture|picturing|keep thinking|keep seeing|think|thinking|ocd|brain|mind)(?: that)?(?: \\w+){0,3} ?$`;

/** A danger rule; `alsoNotAfter` adds framings of its own to the fear framing every one refuses. */
const danger = (
  id: string,
  source: string,
  { alsoNotAfter, ...extra }: Partial<CrisisRule> & { alsoNotAfter?: string } = {},
): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'danger_to_baby',
  re: phrase(source),
  notAfter: new RegExp(alsoNotAfter ? `${FEAR_FRAMED}|${alsoNotAfter}` : FEAR_FRAMED, 'u'),
  pastMayResolve: false,
  ...extra,
});

/** Medicines sold for babies that also sedate them. */
const BABY_MEDICINE = '(?:phenergan|piriton|medised)';

/** Who may be with a baby left in a room. */
const CARER = '(?:grandparents?|nan|nana|granny|grandma|grandad|dad|daddy|partner|husband|sitter|babysitter|mum|mam)';

/** The baby as left somewhere, also by age: "our 3 week old". */
const LEFT_BABY = `(?:${BABY}|(?:our|my|the|their|his|her|a) (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:day|week|wk|month|mo)s? old)`;

/** What may happen to the baby in an image she did not choose. */
const PICTURED_HARM =
  '(?:going under|under the water|drowning|falling|fall(?:ing)? down the stairs|down the stairs|dying|dead|being hurt|getting hurt|in a coffin|hit by a car|over the (?:balcony|banister|bridge|edge)|out of the window)';
const PICTURE =
  '(?:picture|pictures|picturing|pictured|imagine|imagines|imagining|imagined|visualis\\w*|visualiz\\w*|see|seeing|keep seeing|keep thinking (?:about|of)|thinking (?:about|of)|think (?:about|of)|thought (?:about|of)|get flashes of|get images of)';

export const babyRules: CrisisRule[] = [
  // Guarding against herself, the fear of OCD: "moved all the knives to the top cupboard and I
  // still check the drawer at night. In case it's me." (blind-7).
  intrusive('in-case-its-me', 'in case (?:its|it is|it was|it turns out to be) me(?= ?(?:[.!?,\\n]|$))', {
    also: bounded(
      /(?:knives|knife|blades?|scissors|razors?|locked|lock|hid|hide|hidden|check|checking|checked|cupboard|drawer)/u,
    ),
  }),
  intrusive(
    'harm-thoughts',
    `${THOUGHT} (?:\\w+ ){0,3}(?:of|about|that) (?:me |myself |i (?:might|could|would|will|am going to|m going to) )?${HARMING} ${BABY}`,
  ),
  intrusive('picture-harming', `${PICTURE} (?:myself |me )?${HARMING} ${BABY}`),
  // The clinical words for it, kept at arm's length: "ego-dystonic imagery involving one's infant"
  // (train-k). What they are in general ("intrusive thoughts about the baby are common") is not matched.
  intrusive(
    'named-intrusive-imagery',
    '(?:ego-?dystonic|intrusive|unwanted) (?:imagery|images|pictures|visions|thoughts)(?: \\w+){0,2}? (?:involving|about|of) (?:ones|my|the|our) (?:infant|baby|newborn|son|daughter)(?! (?:are|is|can be|were)(?![\\p{L}]))',
  ),
  intrusive('picture-baby-hurt', `${PICTURE} ${BABY} (?:\\w+ ){0,2}${PICTURED_HARM}`),
  intrusive(
    'scared-i-might',
    `${FEAR} (?:that )?(?:i|im|ill|id|of) (?:\\w+ ){0,3}?(?:${HARM}|${HARMING}|snap and (?:hurt|harm|shake)|lose (?:it|control) and (?:hurt|harm|shake)) ${BABY}`,
  ),
  intrusive(
    'grim-thought-any-harm',
    `(?:horrible|awful|scary|terrible|disturbing|intrusive|evil|sick|dark|weird|unwanted|frightening|nasty|vivid|graphic) ${THOUGHT} (?:\\w+ ){0,2}(?:of|about) (?:me |myself )?\\w+ing ${BABY}`,
  ),
  intrusive('harm-baby-with-distress', `(?:${HARM}|${HARMING}) ${BABY_NOUN}`, {
    // Intent says the same words without the distress; the danger rules catch it and outrank this.
    also: bounded(
      /(?:ocd|intrusive|thoughts?|images?|scared|scary|terrif\w*|horrif\w*|sick|disgust\w*|monster|would never|never would|shaking|what if|brain|mind)/u,
    ),
  }),
  intrusive('what-if-i', `what if i (?:\\w+ ){0,3}?(?:${HARM}|${HARMING}) ${BABY}`),
  intrusive('alone-with-baby', `(?:${FEAR}|dont want|cant be) (?:to be|of being|being) (?:left )?alone with ${BABY}`),
  intrusive(
    'dont-trust-myself',
    `(?:dont|do not|cant|cannot|no longer) trust myself (?:with|around|near|alone with|to be alone with) ${BABY}`,
  ),
  intrusive(
    'pillow-over-face',
    '(?:pillow|blanket|cushion|hand) over (?:his|her|their|the babys|babys|my babys) (?:face|mouth|nose)',
    {
      // Said as intent or done, this is danger (see below); framed by fear it is intrusive.
      notAfter: /(?:i (?:put|held|pressed)|i (?:just |nearly |almost )?(?:put|held|pressed)) (?:a |my )?$/u,
    },
  ),
  intrusive(
    // Her own intrusive thoughts, not the topic: "my therapist said intrusive thoughts are common" is information.
    'intrusive-thoughts',
    '(?:my|these|the|having|have|get|getting|got|keep getting|been having|anyone else (?:get|have)) (?:\\w+ )?(?:intrusive|unwanted|invasive) (?:thoughts?|images?|pictures?)|(?:my|i have|ive got|diagnosed with) (?:perinatal |postnatal |postpartum |maternal )?ocd',
    {
      unless: bounded(
        /(?:leaflet|article|book|podcast|awareness|information|info|workshop|training|talk about|course)/u,
      ),
    },
  ),
  // Letting go of the pram where it would roll into danger, seen in her head: "a keep seein maself
  // lettin go o it" by the river. The pram or buggy stands for the baby in it.
  intrusive(
    'letting-go-of-pram',
    `${PICTURE} (?:myself |me )?(?:letting go|let go|lettin go|push|pushing|shoving|shove|tipping|tip) (?:of )?(?:the |his |her |my |our )?(?:pram|buggy|pushchair|it|him|her)(?![\\p{L}])`,
    {
      with: [
        bounded(/(?:prams?|buggy|pushchair)/u),
        bounded(
          /(?:river|canal|water|lake|sea|harbour|road|traffic|hill|slope|stairs|steps|edge|platform|train|tracks|kerb|cliff|drop|roll\w*|scared|terrif\w*|frighten\w*|horrible|awful|intrusive|dont want to)/u,
        ),
      ],
    },
  ),
  intrusive(
    'bad-thoughts-about-baby',
    `(?:horrible|awful|bad|scary|terrible|evil|sick|disturbing|unwanted|dark|weird|frightening|nasty) ${THOUGHT} (?:\\w+ ){0,3}(?:about|of|involving|with) ${BABY}`,
  ),
  intrusive(
    'hidden-knives',
    '(?:hid|hide|hidden|hiding|locked away|lock away|put away) (?:all )?(?:the |our |my )?(?:knives|kitchen knives|scissors)',
    {
      unless: bounded(/(?:toddlers?|crawling|reach\w*|safety|baby ?proof\w*|childproof\w*)/u),
    },
  ),

  danger(
    'going-to-hurt',
    `(?:i|im|ill|i will|i am|i want|i wanna|i feel like i (?:could|might|will|want to)|i could|i might|im going|i am going|im gonna|i swear ill|i swear i will|before i) (?:to )?(?:actually |really |just |seriously |end up )?(?:hurt|hurting|harm|smother|suffocate|shake|drown|stab) ${BABY}`,
    {
      unless: bounded(/(?:ocd|intrusive)/u),
      // Someone else's warning passed on: "my mother in law says it's poison and I'll harm the baby".
      alsoNotAfter:
        '(?<![\\p{L}])(?<!(?:^|\\s)i )(?:says|said|thinks|reckons|tells me|told me|warned me)(?: \\w+){0,5} ?$',
    },
  ),
  // With the baby named (not him/her, who may be her partner), stronger words are not hyperbole.
  danger(
    'close-to',
    `(?:so |really |very |this )?close to (?:shaking|hurting|hitting|smacking|throwing|smothering|slapping|snapping and (?:hurting|shaking|hitting)) ${BABY}|(?:nearly|almost) (?:shook|shaken|hit|smacked|slapped|smothered|threw|thrown) ${BABY}`,
  ),
  danger(
    'throw-baby',
    `(?:throw|chuck|fling|hurl) ${BABY} (?:across|against|at the wall|into the wall|out of the window|down the stairs|on the floor)`,
  ),
  danger(
    'going-to-hurt-baby',
    `(?:i|im|ill|i will|i want|i wanna|i could|im going|im gonna|i swear ill) (?:to )?(?:actually |really |just )?(?:kill|hit|slap|smack|throw|strangle|throttle|batter|punch|stab|drown) ${BABY_NOUN}`,
    {
      unless: bounded(/(?:ocd|intrusive)/u),
    },
  ),
  danger(
    'shook-baby',
    `(?<!gently )i (?:just |actually |nearly |almost |have |ve )?(?:shook|shaken) ${BABY}(?! (?:awake|gently|to wake|off|out|up|hands?|head|rattle)(?![\\p{L}\\p{N}]))`,
  ),
  danger(
    'threw-baby',
    `i (?:just |actually |nearly |almost )?(?:threw|thrown|chucked|slammed|flung|dropped (?:\\w+ )?on purpose) ${BABY} (?:\\w+ ){0,3}?(?:into|onto|on to|down|across|against|hard)`,
  ),
  danger(
    'hit-baby',
    `i (?:just |actually |have |ve )?(?:hit|slapped|smacked|punched|pinched|bit|squeezed) ${BABY_NOUN}`,
  ),
  danger(
    'covered-mouth',
    '(?:put|held|pressed) (?:my hand|my hands|a pillow|the pillow|a blanket|the blanket|a cushion|the cushion) over (?:his|her|the babys|babys) (?:mouth|face|nose)|covered (?:his|her|the babys|babys) (?:mouth|face|nose)',
    {
      unless: bounded(
        /(?:sun(?:cream|screen|hat|shine|ny)?|cream|wipes?|sneez\w*|cough\w*|snot\w*|muslins?|cover (?:his|her) (?:face|mouth) (?:from|in)|peekaboo|peek a boo)/u,
      ),
    },
  ),
  // Drink or someone's drugs given to a baby, usually "to settle him". The baby named: "gave
  // him a beer" is often her partner.
  danger(
    'drugs-to-baby',
    `(?:give|gives|giving|givin|gave|given) ${BABY_NOUN} (?:a |some |a wee |a little |a drop of |a bit of |a wee bit of |a wee bit o |bits of )?(?:of )?(?:his |her |my |their |your )?(?:methadone|heroin|vodka|whisky|whiskey|gin|rum|wine|beer|cider|alcohol|booze|sleeping (?:pills?|tablets)|diazepam|valium|weed|cannabis|codeine|tramadol|drugs|gear)(?![\\p{L}])`,
  ),
  danger(
    'wish-baby-dead',
    `wish (?:${BABY_NOUN}) (?:was|were|would be|had) (?:dead|die|died|gone forever|never born|never been born)`,
  ),
  danger(
    'take-the-baby-before',
    `(?:someone|somebody|please) (?:take|come and get|come get) ${BABY} (?:away )?(?:before|or) i`,
  ),
  // Left alone where nobody is: in the house, the flat, the car, overnight, or while the adult
  // went out. "left her in the cot while I showered" is a room of a home she is in, and stays allowed.
  danger(
    'left-alone-at-home',
    `(?:left|leave|leaving|leaves) ${LEFT_BABY} (?:(?:all )?(?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves))(?: \\w+){0,3}? (?:in (?:the|our|my|his|her|their|a) (?:house|flat|home|car|van|caravan|hotel room)|overnight|all night|for (?:hours|the night|the whole night|an hour|over an hour|\\d+ hours|two hours|three hours|ages|the day|the whole day)|while (?:he|she|they|we|i) (?:\\w+ )?(?:went|go|goes|was|were|gone) (?:out|to the pub|drinking|to work|to the shop|shopping|clubbing|partying|to a party|to his mates|to her mates))|(?:at )?home alone|in (?:the|our|my|his|her|their|a) (?:house|flat|home|car|van|caravan|hotel room) (?:all )?(?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves)))`,
    {
      also: BABY_IN_POST,
      unless: bounded(new RegExp(`${BRIEF_CHORE}|monitor|nightmare|dream(?:t|ed)?`, 'u')),
    },
  ),
  // Neglect told as coping: "been watering his milk right down till the UC goes in", "I shut the
  // baby in the nursery all day", "left him in the flat and went to the shop… gone about 3 hours".
  danger(
    'watered-down-feeds',
    '(?:water|waters|watering|watered) (?:\\w+ ){0,3}?(?:milk|formula|bottles?|feeds?)(?: \\w+){0,3}? down|(?:water|waters|watering|watered) down (?:the |his |her |their |my )?(?:milk|formula|bottles?|feeds?)',
    { unless: bounded(/(?:juice|squash|cordial|smoothie|coffee|tea|gravy|soup|paint)/u) },
  ),
  // A baby sedated to sleep, and what follows: "a drop of Nytol… he sleeps so deep now I have to
  // shake him hard to wake him", "she was sort of grey and floppy when I went in" (train-j, train-k).
  danger(
    'sedated-to-sleep',
    `(?:give|giving|gave|given|put|putting|been putting|add|adding) (?:\\w+ ){0,4}?(?:${BABY_MEDICINE}|nytol|sleeping tablets?|sleeping pills?|whisky|whiskey|brandy|rum|gin|vodka|a drop of something|something to knock (?:him|her|them) out)(?: \\w+){0,8}? (?:to|in|so) (?:\\w+ ){0,3}?(?:sleep|sleeps|settle|quiet|bottle|milk|feeds?)|(?:have to|had to) shake ${BABY} (?:really |so )?hard to (?:wake|rouse)|(?:grey|gray|blue) and floppy|floppy and (?:grey|gray|blue)`,
    {
      unless: bounded(
        /(?:gp said|doctor said|prescribed|for (?:his|her|the) (?:rash|hives|allerg\w*|eczema|chickenpox|bites?))/u,
      ),
    },
  ),
  danger(
    'shut-away-for-hours',
    `(?:shut|shuts|shutting|lock|locks|locking|locked|leave|leaves|leaving|left) ${LEFT_BABY} in (?:the|her|his|their|my|our) (?:nursery|room|bedroom|cot|flat|house|home)(?: \\w+){0,6}? (?:all day|all night|for hours|for the day|overnight|(?:about |over |nearly )?(?:\\d+|two|three|four|five|six) hours)|(?:left|leave|leaving) ${LEFT_BABY} in (?:the|our|my) (?:flat|house|home) and (?:went|walked|drove|nipped|popped|got)`,
    {
      also: bounded(/(?:hours?|all day|all night|overnight|the night|ages|days)/u),
      unless: bounded(
        new RegExp(
          // Someone else was there: "with her dad", "his nan was in" (not "my partner had gone out and left her").
          `${BRIEF_CHORE}|monitor|nap|naps|napping|asleep with (?:him|her|them)|${CARER}(?: \\w+){0,2}? (?:was|were|is|are|stayed|looked after|watching|in|home|there|upstairs|downstairs)|(?:with|and) (?:\\w+ )?${CARER}`,
          'u',
        ),
      ),
    },
  ),
  // Comfort withheld from a newborn on purpose: "I've stopped picking her up when she cries, seems
  // pointless. She's only six weeks but she'll learn." Sleep training an older baby is not this.
  danger(
    'stopped-comforting',
    `(?:stopped|stop|not|no longer) (?:picking ${BABY} up|going to ${BABY}|going in to ${BABY}|comforting ${BABY}|feeding ${BABY}) when (?:she|he|they|it) (?:cries|cry|screams|wakes)`,
    {
      also: bounded(
        /(?:pointless|no point|(?:shell|hell|theyll|she will|he will) learn|cant be bothered|whats the point|let (?:her|him) scream)/u,
      ),
      unless: bounded(
        /(?:controlled crying|sleep training|cry it out|ferber|gentle|shush|pick up put down|\d+ months|health visitor said|hv said)/u,
      ),
    },
  ),
  // An adult too drunk or high to look after the baby, with the baby on or beside them: "partner is
  // drunk again and passed out on the sofa with the baby on his chest". "milk drunk" is the baby.
  danger(
    'drunk-with-baby',
    `(?:${ADULT_OR_PRONOUN}|hes|shes|theyre) (?:is |was |were |s |got |gets |getting |been |has been |came home |come home |comes home |turned up |rolled in )?(?:\\w+ ){0,2}?(?<!milk )(?:drunk|wasted|paralytic|hammered|plastered|steaming|legless|stoned|off (?:his|her|their) (?:face|head|tits|nut)|out of (?:his|her|their) (?:face|head|mind|tree)|passed out drunk|high as a kite|on (?:the )?(?:coke|gear|drugs|crack|ket))(?![\\p{L}])`,
    {
      with: [
        bounded(
          new RegExp(
            `(?:holding|cuddling|feeding|bathing|in charge of|looking after|minding|alone with|left with|sole charge of|carrying|rocking) ${BABY_NOUN}|${BABY_NOUN} (?:\\w+ ){0,2}?(?:on|in|next to|beside) (?:his|her|their) (?:chest|arms|lap|bed)|(?:co ?-?sleep\\w*|bed ?shar\\w*|passed out|fell asleep|asleep|sleeping|dropped|nearly dropped) (?:\\w+ ){0,3}?(?:with|next to|beside|holding|on top of) ${BABY}`,
            'u',
          ),
        ),
      ],
      unless: bounded(
        /(?:milk drunk|drunk on milk|drunk (?:all|her|his|the|a|\d+) ?(?:oz|ml|bottle|feed)|drunk (?:a|two|three|some|the|my|his|her|all the) (?:\w+ )?(?:tea|coffee|water|cups?|bottles?|mugs?|pints of water))/u,
      ),
    },
  ),
  // Medicine past its dose to make a baby sleep: "started putting calpol in every bottle so she
  // sleeps, way more than the box says". A dose for teething or a fever is not this.
  danger(
    'overdosed-to-sleep',
    `(?:${BABY_MEDICINE}|calpol|nurofen|medicine|${PILLS}|tablet)(?: \\w+){0,12}? (?:(?:way |much |a lot |loads )?more than (?:the |it |what the )?(?:box|bottle|label|packet|leaflet|instructions|dose|pharmacist|doctor|gp|syringe)(?: says| said)?|double (?:the|her|his|their) dose|(?:in|into) every (?:bottle|feed))`,
    {
      also: bounded(/(?:sleep|sleeps|settle|settles|quiet|knock (?:her|him|them) out|zonked|out cold)/u),
      unless: bounded(
        /(?:by mistake|accident\w*|rang 111|called 111|poison\w* (?:line|centre)|a and e|hospital said)/u,
      ),
    },
  ),
  // Someone switching off what keeps a baby alive: "caught her with his feeding pump switched off".
  danger(
    'care-device-off',
    '(?:switched|switch|switching|turned|turn|turning|unplugged|unplug|unplugging|pulled out|took out|taken out) (?:off |out )?(?:his|her|their|the babys|babys|the) (?:feeding pump|feed pump|pump|oxygen|o2|apnoea (?:alarm|monitor)|sats monitor|monitor|ng tube|peg|feeding tube|ventilator|cpap|alarm)(?: off)?|(?:feeding pump|feed pump|oxygen|o2|apnoea (?:alarm|monitor)|sats monitor|ng tube|feeding tube|ventilator|cpap) (?:\\w+ ){0,2}?(?:switched|turned) off',
    {
      also: bounded(
        /(?:caught|found|came in|walked in|let nature|take its course|on purpose|deliberately|beeping|annoying|said (?:it|she|he))/u,
      ),
      unless: bounded(
        /(?:nurse|nurses|consultant|doctor|team|weaned|no longer needs|doesnt need|came off|home oxygen service)/u,
      ),
    },
  ),
  // Marks on a baby who cannot have made them, after someone else had her: "fingermarks on her
  // upper arm and he said she rolled. She can't roll. She's seven weeks."
  danger(
    'unexplained-marks',
    `(?:${HAND_MARKS}|burns?) (?:on|across|round|around|down) (?:her|his|the babys|babys|their) (?:\\w+ )?(?:arms?|legs?|thighs?|ribs|chest|back|face|cheeks?|ears?|tummy|neck|torso|wrists?|ankles?|bum|head)`,
    {
      also: bounded(
        /(?:(?:cant|cannot|doesnt|does not|isnt|not) (?:even )?(?:roll|crawl|move|sit up|walk|rolling|crawling|mobile)|(?:said|says|claimed|claims|reckons|told me) (?:she|he|it) (?:\w+ )?(?:rolled|fell|bumped|did it|did that)|(?:when i got (?:back|home)|was (?:minding|watching|looking after|babysitting)|had (?:her|him|them) for))/u,
      ),
      unless: bounded(
        /(?:vaccin\w*|jabs?|injections?|birth ?marks?|heel prick|blood tests?|cannula|forceps|ventouse|stork|mongolian)/u,
      ),
    },
  ),
  // Driving with the baby and coming back to herself somewhere: "drove to Plymouth and back at 4am
  // and don't remember half of it. Came to parked in a lay-by with her still strapped in, screaming."
  danger(
    'lost-time-driving',
    '(?:dont|do not|cant|cannot|didnt) remember (?:half of it|most of it|any of it|driving|the drive|getting there|how i got (?:there|here|home))|(?:came to|came round|snapped out of it|woke up) (?:\\w+ ){0,2}?(?:parked|in a lay ?-?by|in the car|on the motorway|at the side of the road|on the hard shoulder|driving)',
    {
      also: bounded(/(?:drove|driving|drive|car|motorway|lay ?-?by|car seat|strapped in)/u),
      with: [BABY_IN_POST],
      unless: bounded(/(?:dream\w*|nightmare|sleepwalk\w*|film|book|before (?:she|he) was born|years ago)/u),
    },
  ),
  danger(
    'left-baby-alone',
    `(?:left|leave|leaving) ${BABY} (?:alone|on (?:his|her|their) own|by (?:himself|herself|themselves)) (?:\\w+ ){0,4}and (?:went|gone|drove|driven|walked|left)(?: off| out| away)?`,
  ),
];
