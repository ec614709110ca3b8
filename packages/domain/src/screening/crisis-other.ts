import { ADULT, ADULT_OR_PRONOUN, type CrisisRule, GAP, GAP_WORD } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * Danger from another person (domestic abuse) and postpartum psychosis.
 *
 * Domestic abuse: "he" may be the baby ("he kicked me all night", "he bit me feeding"), so the
 * verbs a baby or toddler also does need an adult subject or no baby context; strangling,
 * choking, beating and threats never come from a baby. Hyperbole is everywhere ("my husband
 * will kill me when he sees the bill"), so threats count only when made or feared.
 *
 * Psychosis is a psychiatric emergency: voices, things seen that aren't there, the baby
 * swapped, evil or not hers, messages from the radio. Inner-critic talk ("the voice in my head
 * says I'm a bad mum") and phantom crying are common and not psychosis.
 */

const other = (id: string, source: string, extra: Partial<CrisisRule> = {}): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'danger_from_other',
  re: phrase(source),
  ...extra,
});
const psychosis = (id: string, source: string, extra: Partial<CrisisRule> = {}): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'psychosis',
  re: phrase(source),
  ...extra,
});

/** Only adults do these. */
const ASSAULT =
  '(?:strangled|strangles|strangling|strangle|choked|chokes|choking|punched|punches|punching|beat|beats|beating|beaten|battered|batters|raped|rapes|headbutted|headbutts|stabbed|throttled|strangled|attacked|attacks|assaulted|spat (?:at|on)|dragged|drags|threw|throws|shoved|shoves|pinned|pins|smashed|smashes|burnt|burned|slapped|slaps)';
/** A baby or toddler does these too. */
const HIT =
  '(?:hit|hits|hitting|kicked|kicks|kicking|pushed|pushes|pushing|bit|bites|biting|hurt|hurts|hurting|grabbed|grabs|scratched|pulled my hair|pulls my hair)';
const BABY_CONTEXT = bounded(
  /(?:toddlers?|tantrums?|years? old|yr old|yo|months? old|nappy|nappies|teeth|teething|feeding|feeds?|latch\w*|nipples?|boobs?|ribs|bladder|cervix|inside me|in utero|womb|all night|kicks? (?:all|every)|bump|little one|lo|playing|play|plays|cots?|nursery|newborns?|his brother|her sister|\d+ ?(?:weeks|wks|weeks pregnant)|pregnant with)/u,
);

export const otherRules: CrisisRule[] = [
  other('assault', `${ADULT_OR_PRONOUN} ${GAP}${ASSAULT} me(?![\\p{L}])`),
  // An adult named as such may be followed by a few words: "my boyfriend gets really angry and hurts me".
  other('hits-me-adult', `${ADULT} (?:${GAP_WORD}){0,5}(?:${HIT}|${ASSAULT}) me(?![\\p{L}])`),
  other('hits-me', `(?:he|she) ${GAP}${HIT} me(?![\\p{L}])`, { unless: BABY_CONTEXT }),
  other(
    'weapon',
    '(?:held|holding|pulled|pulls|put|puts|pointed|points|waved|waving) (?:a |his |the )?(?:knife|gun|blade|weapon|bat|hammer) (?:to|at|on|against) (?:me|my)',
  ),
  // A weapon shown as what happens if she leaves: "took the shotgun out the cabinet, left it on the
  // table and said that's for if I ever try leaving". A gun in the cabinet for shooting is not this.
  other(
    'weapon-if-i-leave',
    '(?:shotgun|gun|rifle|airgun|air rifle|pistol|crossbow|knife|knives|machete|axe|hammer|baseball bat|bat|blade)(?: \\w+){0,16}? (?:for|in case|if|when|the day|the minute|the second) (?:if )?(?:i|we|you) (?:ever |even |so much as )?(?:try |tries |think about |try and |try to )?(?:leav\\w*|left|go|goes|walk out|run off|run away|take the (?:baby|kids|children)|tell (?:anyone|someone|the police|my \\w+))(?![\\p{L}])',
    {
      also: bounded(/(?:he|hes|him|his|partner|husband|boyfriend|ex|fiance)/u),
      unless: bounded(
        /(?:shooting|clay|pigeons?|rabbits?|vermin|pheasants?|deer|licen[cs]e|dinner|cake|chop\w*|cooking|kitchen drawer|tools?|diy)/u,
      ),
    },
  ),
  other(
    'locked-in',
    `${ADULT_OR_PRONOUN}(?: has|s| had|d)? (?:\\w+ )?locked (?:me|us)(?: and (?:the baby|the kids|my \\w+))? (?:in|out)`,
  ),
  other(
    'what-he-will-do',
    `(?:scared|afraid|terrified|frightened|petrified|worried) (?:of )?what (?:${ADULT_OR_PRONOUN})(?:ll| will| would|d| might| is going to|s going to) do`,
  ),
  other(
    'throat',
    '(?:hands?|fingers|arm) (?:round|around|on|against) my (?:neck|throat)|by (?:the|my) (?:throat|neck|hair)|tried to strangle',
  ),
  other(
    'scared-of-partner',
    `(?:scared|afraid|terrified|frightened|petrified|fearful) (?:of|for my life with|to be (?:around|near|alone with)) (?:${ADULT}|him)(?! (?:finding out|knowing|seeing|thinking|judging|being|reaction|s(?![\\p{L}])|getting|leaving|going|losing|not|will|would|might|\\w+ing)(?![\\p{L}\\p{N}]))`,
  ),
  other(
    'scared-to-go-home',
    '(?:scared|afraid|terrified|frightened|petrified|dread|dreading) (?:to go|of going|going) (?:back )?home',
    {
      unless: bounded(/(?:hospital|ward|nicu|scbu|discharg\w*|birth centre|maternity)/u),
    },
  ),
  other(
    'not-safe',
    '(?:dont|do not|never|no longer) feel safe (?:at home|in (?:my|our|this) (?:own )?(?:home|house|flat)|with (?:him|her|my \\w+)|around (?:him|my \\w+))|(?:im|i am|were|we are) not safe (?:at home|with (?:him|her|my \\w+)|in (?:my|our|this) (?:own )?(?:home|house|flat))',
  ),
  other(
    'threatened',
    `(?:threatened|threatens|threatening) (?:me|us)(?![\\p{L}])|(?:threatened|threatens|threatening|threats) (?:to |that (?:he|she)(?:ll| will| would|d)? )?(?:kill|hurt|take|get rid of|harm|take away|have (?:the baby|the kids|them) taken|get custody|report me|throw me out|stab|smash)`,
  ),
  other(
    'if-i-leave',
    `(?:says|said|told me|keeps saying|tells me) (?:that )?if i (?:\\w+ ){1,3}(?:he|she)(?:ll| will| would|d|s going to|s gonna)? (?:kill|hurt|take|make sure|get custody|have (?:me|the kids|the baby)|ruin)`,
  ),
  other(
    'fear-he-will-kill',
    `(?:think|scared|afraid|terrified|frightened|worried) (?:that )?(?:${ADULT_OR_PRONOUN})(?:ll| will| is going to|s going to|s gonna|d| would| might) (?:actually |really )?(?:kill|hurt|seriously hurt) (?:me|us|the baby|the kids|my baby)`,
  ),
  other(
    'coercive-control',
    `${ADULT_OR_PRONOUN} (?:wont|doesnt|will not|does not|never) let me (?:have|see|go|leave|use|talk to|speak to|access|keep|out|contact|work)(?! (?:the room|him down|her down|put|sleep|rest)(?![\\p{L}\\p{N}]))(?: (?:\\w+ ){0,3}?(?:money|bank|card|phone|keys|friends|family|mum|mam|mom|sister|friends|house|out|anyone|work|job|car))?`,
    {
      unless: bounded(
        /(?:toddlers?|tantrums?|years? old|months? old|feed\w*|latch\w*|cots?|naps?|sleep\w*|put (?:him|her) down)/u,
      ),
    },
  ),
  other(
    'controls-money',
    `${ADULT_OR_PRONOUN} (?:\\w+ )?(?:controls|control|controlling|takes|took|keeps) (?:all )?(?:of )?(?:my|the|our) (?:money|bank card|wages|benefits|finances|child benefit)`,
    {
      unless: bounded(/(?:toddlers?|years? old|months? old)/u),
    },
  ),
  other(
    'abusive-partner',
    `(?:${ADULT_OR_PRONOUN})(?: is|s| has been| was| keeps| gets| getting| can be)? (?:really |so |very |more )?(?:violent|abusive)|(?:abusive|violent|controlling|coercive) (?:partner|relationship|husband|boyfriend|marriage|ex)|(?:domestic|physical) (?:abuse|violence)|coercive control`,
    {
      unless: bounded(
        /(?:helplines?|charit\w*|refuges?|womens aid|support line|awareness|campaigns?|courses?|training|freedom programme|documentar\w*|programmes?|books?|podcasts?)/u,
      ),
    },
  ),
  other(
    'smashing-things',
    `${ADULT_OR_PRONOUN}(?:s| is| has been| was| keeps| started)? (?:\\w+ ){0,3}(?:smashing|smashed|breaking|broke|punching|punched|kicking|kicked) (?:things|stuff|plates|the (?:walls?|doors?|house|tv|phone)|holes|my phone)`,
    {
      unless: bounded(/(?:toddlers?|years? old|months? old|tantrums?|crawling|walking|play\w*)/u),
    },
  ),
  other(
    'forced',
    `(?:forced|forces|makes|made|pressured|pressures) me (?:to )?(?:have sex|sleep with him|do things)|${ADULT_OR_PRONOUN} raped me`,
  ),
  other('marks', `${ADULT_OR_PRONOUN} (?:left|gave me) (?:bruises|marks|a black eye|a split lip)`),
  // An adult hurting her older children: "my husband hit my 14 year old last night… red mark right
  // across her face", "mum's boyfriend 'disciplining' my 13 year old… bruises up her arms".
  other(
    'hurts-her-child',
    `${ADULT} (?:\\w+ ){0,3}?(?:hit|hits|hitting|slapped|slaps|slapping|punched|punches|beat|beats|beaten|kicked|kicks|strangled|choked|grabbed|shoved|pushed|smacked|hurt|hurts|belted|leathered|battered|disciplining|disciplined|threw) (?:my|our|her|his|the) (?:\\d+ ?(?:year|yr) old|eldest|oldest|youngest|son|daughter|stepson|stepdaughter|step son|step daughter|kids?|children|boy|girl|teenager|teen|toddler|little (?:boy|girl|one))(?![\\p{L}])(?! (?:a|an|the|his|her|some|out|around|about|up|over|back)(?![\\p{L}]))`,
    {
      unless: bounded(/(?:by accident|accidentally|play ?fight\w*|tickl\w*|rugby|football|catch|pillow fight|tag)/u),
    },
  ),
  // A threat for going to the police, or a man watching where she is: "keeps saying he'll 'sort me
  // out' for reporting him… parked outside the nursery".
  other(
    'threat-for-telling',
    '(?:sort|deal with|get|teach|make) (?:me|you|her) (?:out |pay |a lesson |back )?for (?:reporting|telling|grassing|going to the police|calling the police|ringing the police|leaving|talking)',
  ),
  other(
    'waiting-outside',
    `(?:${ADULT_OR_PRONOUN}|his car|his van)(?: \\w+){0,3}? (?:was |is |keeps |been |kept |has been )?(?:parked|parking|sitting|sat|waiting|stood|standing|turning up|turned up|hanging around) (?:\\w+ ){0,2}?outside (?:my|the|our|her|mums|my mums) (?:house|flat|home|work|nursery|school|door|window|refuge|place)`,
    {
      also: bounded(
        /(?:ex|reporting|reported|police|injunction|court order|non ?molestation|restraining|not supposed to|not allowed|scared|frightened|terrified|threat\w*|sort me out|on my own|alone)/u,
      ),
      unless: bounded(
        /(?:pick(?:ing)? (?:me|us|her|him) up|lift|taxi|uber|delivery|to collect|waiting for (?:me|us) to)/u,
      ),
    },
  ),

  psychosis(
    'hearing-things',
    '(?:hear|hearing|heard|hears) (?:\\w+ ){0,3}(?:voices?|things|noises|whispers|whispering|my name|people talking|crying|screaming|music|singing|someone)(?: \\w+){0,8}? (?:that (?:arent|are not|isnt|is not|werent|wasnt) (?:there|real)|no one else|nobody else|noone else|no ones there|nobody is there|no one is there|when no one|when nobody|when nobodys|in the walls|inside the walls|through the walls|(?:says|said|tells me|told me) (?:theres|there is|there was|its) nothing)',
  ),
  psychosis(
    'voices-telling',
    '(?:the |these |hearing )?voices (?:\\w+ ){0,3}?(?:telling|tell|told|saying|say|says|tells|keep|are telling|want|talking to|talk to|order|ordering|command|commanding)(?: me)?|(?:hearing|hear|heard) voices(?! (?:downstairs|outside|next door|in the (?:hall|street|garden|kitchen|next))(?![\\p{L}\\p{N}]))',
  ),
  psychosis(
    'seeing-things',
    '(?:seeing|see|saw|seen) (?:\\w+ ){0,3}(?:things|people|shadows?|figures?|faces?|someone|something) (?:that (?:arent|are not|werent|isnt|wasnt) (?:there|real)|nobody else|no one else|noone else)|shadow (?:people|figures|man|men)',
  ),
  psychosis(
    'not-my-baby',
    '(?:(?:(?:(?:the|this|my|that) )?baby|he|she|this one)(?: is not| isnt| is not really| isnt really| might not be| may not be| cant be| isnt actually)|(?:hes|shes|babys) not(?: really)?) (?:really |actually )?(?:mine|my baby|my (?:real )?(?:son|daughter|child|baby)|the real one|the real baby|real)(?! (?:any ?more|yet|biologically)(?![\\p{L}\\p{N}]))',
    {
      unless: bounded(
        /(?:toddlers?|any ?more|grown|big girl|big boy|adopt\w*|donors?|surrogat\w*|step\w*|nieces?|nephews?|friends baby|sisters baby|foster\w*|babysit\w*|childmind\w*|real (?:name|age)|real (?:bad|good))/u,
      ),
    },
  ),
  psychosis(
    'swapped',
    '(?:they|someone|somebody|the (?:\\w+ )?(?:hospital|nurses?|midwives|midwife|staff|doctors?)) (?:have |has |must have |must of |had )?(?:swapped|switched|replaced|changed|stolen|taken) (?:my|the|our) (?:baby|son|daughter|child)|(?:baby|he|she|him|her) (?:has been|have been|was|got|been|is|were) (?:swapped|switched|replaced)(?! (?:to|onto|from|over|into)(?![\\p{L}\\p{N}]))',
    {
      unless: bounded(
        /(?:formula|bottles?|nappy|nappies|milk|brands?|cots?|rooms?|nursery|beds?|car seats?|sides?|wards?|shifts?|appointments?)/u,
      ),
    },
  ),
  psychosis(
    'evil-baby',
    '(?:(?:(?:(?:the|my|this) )?baby|he|she)(?: is| seems| looks| might be| could be| has become)|(?:hes|shes|babys)) (?:\\w+ )?(?:evil|possessed|the devil|a demon|demonic|an imposter|an impostor|a changeling)|(?:something|someone|a demon|the devil) (?:evil |demonic )?(?:in|inside|about|has got into|got into) (?:the baby|him|her|my baby|my son|my daughter)|(?:the devil|a demon|evil|something evil|the devils) (?:in|inside|behind) (?:the babys|babys|my babys|his|her) (?:face|eyes|smile|cry)(?! (?:eyes? (?:are|is) (?:beautiful|lovely))(?![\\p{L}\\p{N}]))',
    {
      unless: bounded(
        /(?:evil genius|little devil|cheeky|lol|haha|jok\w*|teething|at bedtime|at night|witching hour|wrong with|at \d)/u,
      ),
    },
  ),
  psychosis(
    'messages',
    '(?:god|the devil|satan|angels?|jesus|a voice) (?:told|tells|is telling|keeps telling|said|says) me (?:that )?(?:the baby|my baby|i (?:need|have|must|should)|to)|(?:tv|telly|radio|television|adverts?|songs?|number plates?|newsreaders?|the news) (?:\\w+ ){0,2}(?:is |are |keeps? )?(?:sending|talking to|speaking to|telling|giving|sends|talks to|speaks to|tells) me|(?:god|the universe|angels?|the devil|satan) (?:is |are |keeps? )?(?:sending|telling|giving|told|sent) me (?:messages|instructions|orders|to)',
  ),
  psychosis(
    'persecution',
    '(?:plotting|conspiring) (?:against|to) (?:me|us|take)|(?:to|who|they|theyre|are) (?:spy|spying) on me|(?:chip|tracker|microphone|implant|camera)s? (?:in|inside) (?:the baby|my baby|him|her|my (?:head|brain|body|teeth))|(?:poisoning|spying on|filming|recording|monitoring) me(?: through| in| via)?|reading my (?:mind|thoughts)|putting thoughts (?:in|into) my head|controlling my (?:mind|thoughts|body)',
    {
      unless: bounded(
        /(?:baby monitor (?:app|camera) (?:is|was) (?:great|useful)|camera roll|for (?:tiktok|instagram|the family))/u,
      ),
    },
  ),
  psychosis(
    'capgras',
    '(?:replaced|swapped) (?:by|with|for) (?:an? )?(?:imposter|impostor|double|fake|robot|copy|clone|lookalike|doll)|(?:baby|he|she|hes|shes|it) (?:is |s )?(?:just )?(?:a )?(?:doll|robot|fake|imposter|impostor|replica|clone)(?: (?:they|someone|somebody))?|(?:everyone|everybody|people|they|the (?:nurses|midwives|doctors)) (?:is|are|s) (?:all )?(?:acting|pretending|actors|in on it)|(?:this|it) (?:isnt|is not|s not) my real (?:life|baby|husband|family|house)',
    {
      unless: bounded(
        /(?:toddler\w*|thinks|pretend\w*|cute|like a (?:little )?doll|porcelain|toys?|baby born|reborn|christmas|presents?|gifts?|games?|play\w*|drama|school play|panto|films?|tv)/u,
      ),
    },
  ),
  psychosis(
    'grandiose',
    '(?:been|am|was|im|i was|i am) (?:\\w+ )?chosen (?:by god |by the universe )?(?:for (?:something|a mission|a purpose|this)|to save)|special (?:powers|mission)|(?:i am|im) (?:god|jesus|the messiah|a prophet|an angel)(?![\\p{L}])|i can read (?:peoples |their |everyones )?minds',
  ),
  psychosis(
    'no-sleep-elated',
    '(?:havent|have not|not|hardly|barely) slept (?:in|for) (?:\\d+|two|three|four|five|six|several|a few|days|nights)(?: \\w+){0,8}? (?:amazing|invincible|buzzing|incredible|euphoric|on top of the world|so much energy|wired|electric|unstoppable|like a god)',
  ),
  psychosis(
    'psychosis',
    '(?:(?:postpartum|postnatal|puerperal|post partum|post natal) )?psychosis|(?:im|i am|i feel|feeling|going|becoming) psychotic',
    {
      unless: bounded(
        /(?:action on|app(?![\p{L}])|charity|awareness|websites?|leaflets?|documentar\w*|programmes?|books?|podcasts?|modules?|courses?|degree|lectures?|training|risk of|signs of|the signs|misunderstood|content note|tw(?![\p{L}])|(?:a|my) friend who|who had it)/u,
      ),
    },
  ),
];
