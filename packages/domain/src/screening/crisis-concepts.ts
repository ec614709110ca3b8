import { BABY, type CrisisRule, FIRST_PERSON } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * The second layer: concepts that meet in one sentence, for what people write in words no
 * phrase list foresaw. Phrase rules (crisis-self/baby/other.ts) catch the common wordings
 * precisely; on fresh text they found only a fifth of crisis posts, because a disclosure can be
 * worded a thousand ways. Here an anchor word (highlighted for the moderator) counts when the
 * sentence also holds the other concepts of a disclosure: "thinking a lot about dying lately"
 * is dying + thinking + me; "a flash of her falling" is an image + the baby + harm.
 */

const w = (source: string) => bounded(new RegExp(source.replaceAll(' ', '\\s'), 'u'));
const concept = (id: string, kind: CrisisRule['kind'], anchor: string, extra: Partial<CrisisRule>): CrisisRule => ({
  id: `crisis.${id}`,
  kind,
  re: phrase(anchor),
  ...extra,
});

/**
 * Someone else's death, a birth remembered, a loss, a reckless toddler ("he has a death wish"):
 * dying in these sentences is not hers.
 */
const NOT_HER_DEATH = w(
  '(?:nan|nana|gran|grandad|grandma|grandpa|mum|mam|dad|father|mother|brother|sister|friend|uncle|aunt|auntie|cousin|dog|cat|pet|husband|partner|son|daughter|baby)s? (?:\\w+ )?(?:died|dying|passed|death)|passed away|(?:end|ending) (?:it|things) with|relationship|funeral|labour|birth|delivery|c-?section|section|miscarr\\w*|stillb\\w*|lost (?:the|our|my) baby|baby loss|grief|grieving|cot death|sids|phone|battery|plants?|tv|series|film|show|book|game|has (?:an? )?(?:\\w+ )?death wish',
);
const IDEATION = w(
  '(?:thinking|think|thought|thoughts|keep thinking|cant stop thinking|want|wanting|wish|wishing|should|ready|peaceful|relief|easier|better|point|looking at|googl\\w*|plan\\w*|tempted|urge\\w*|about)',
);
const MEANS =
  '(?:tablets|pills|meds|medication|paracetamol|co-?codamol|sertraline|vodka|rope|belt|blades?|razors?|bridge|cliff|tracks|railway|motorway|the edge|the roof|balcony)';

export const conceptRules: CrisisRule[] = [
  concept(
    'dying-thoughts',
    'suicide_self_harm',
    '(?:dying|death|being dead|not existing|not being here|not being alive|ending it|ending things)',
    {
      with: [IDEATION, FIRST_PERSON],
      unless: NOT_HER_DEATH,
    },
  ),
  concept('means-and-despair', 'suicide_self_harm', MEANS, {
    with: [FIRST_PERSON],
    also: w(
      '(?:so done|im done|i am done|had enough|cant do this|no point|the point anymore|give up|giving up|nothing left|no way out|alone|empty|goodbye|how high|how deep|how many|how far|broken|burden|ready)',
    ),
    unless: w(
      '(?:for (?:the|my) (?:baby|kids|headache|back|period)|prescri\\w*|dose|doses|side effects?|breastfeed\\w*|pharmac\\w*|gp|doctor|midwife|with food|a day|twice|how many (?:can|should|do)|safe to)',
    ),
  }),
  concept(
    'take-everything',
    'suicide_self_harm',
    '(?:take|taking|swallow|swallowing|down|neck) (?:everything|all of it|the lot|all of them|every (?:pill|tablet)) (?:in|from) (?:the |my )?(?:medicine )?(?:cabinet|cupboard|drawer|box|bathroom|kitchen)',
    {},
  ),
  concept(
    'how-high',
    'suicide_self_harm',
    '(?:how (?:high|tall|far down|deep|fast)) (?:\\w+ ){0,4}(?:bridge|building|cliff|car park|drop|water|river|balcony|roof|fall|train)',
    {},
  ),
  concept(
    'see-the-point',
    'suicide_self_harm',
    '(?:dont|do not|cant|cannot|no longer) see (?:the|any) point(?: (?:anymore|any more|in (?:anything|life|living|going on|carrying on|me)))',
    {},
  ),
  concept(
    'should-just-go',
    'suicide_self_harm',
    '(?:i|maybe i|perhaps i|i think i) should (?:just )?(?:go|leave for good|disappear|not be here|not be around|end it)(?![\\p{L}])',
    {
      also: w(
        '(?:deserves? (?:a )?(?:better|mum who|mother who)|better off|broken|burden|useless|failure|cant do this|no point|without me)',
      ),
    },
  ),
  concept(
    'wrists',
    'suicide_self_harm',
    `(?:cut|cuts|cutting|scratch\\w*|slice\\w*|slash\\w*|burn\\w*|carv\\w*|hurt\\w*|dig\\w*|stab\\w*) (?:into )?(?:my |both )?(?:wrists?|forearms?|arms?|legs?|thighs?|skin|stomach|hips?)`,
    {
      unless: w(
        '(?:accident\\w*|by mistake|shaving|chopping|cooking|baking|oven|kettle|iron|paper|cats?|dogs?|kitten|puppy|bramble\\w*|rose|gardening|eczema|itch\\w*|bites?|rash|tray|pan)',
      ),
    },
  ),
  concept(
    'to-feel-something',
    'suicide_self_harm',
    '(?:to feel something|to feel anything|to feel real|to punish myself|as punishment)',
    {
      also: w('(?:cut|scratch\\w*|burn\\w*|hurt|hit|punch\\w*|blade|razor|compass|wrists?|arms?|skin|bleed\\w*)'),
    },
  ),

  concept(
    'imagined-harm',
    'intrusive_thoughts',
    '(?:(?:brain|mind|head) (?:keeps |is |s )?(?:showing|shows|playing|giving|throwing) me|flash(?:es)?|images?|pictures? in my (?:head|mind)|mental (?:image|picture)|imagin\\w*|visualis\\w*|visualiz\\w*|thoughts?|keep seeing|pops? into my head|popping into my head|popping up|scenarios?|daydream\\w*)',
    {
      with: [
        w(`(?:${BABY}|baby|son|daughter|newborn|lo|little one|pram|buggy|pushchair|car seat|cot|moses basket)`),
        w(
          '(?:rolling (?:into|down|off)|into the road|under a (?:car|bus|lorry)|falling(?! asleep)|fall(?! asleep)|fell|dying|die|dies|dead|drown\\w*|under the water|holding (?:him|her) under|under|hurt\\w*|harm\\w*|something (?:bad|awful|terrible|horrible) happen\\w*|shak\\w*|smother\\w*|suffocat\\w*|stab\\w*|drop\\w*|throw\\w*|hit\\w*|kill\\w*|knife|knives|stairs|balcony|window|burn\\w*|choke\\w*|choking)',
        ),
      ],
      unless: w(
        // "eye-rolled so hard I thought her eyes would fall out": a figure of speech, not an image of harm.
        '(?:photos?|camera|took (?:a |some )?pictures|picture book|film|films|video|tv|dream (?:last night|about a)|scan|(?:eyes|head|arms?|legs?|ears?|boobs?|nipples?|back) (?:would|were going to|was going to|might|will) (?:fall|drop|pop) (?:out|off))',
      ),
    },
  ),

  concept(
    'too-hard',
    'danger_to_baby',
    '(?:too hard|really hard|so hard|harder than i (?:should|meant)|too rough\\w*|so rough\\w*|really rough\\w*|roughly)',
    {
      with: [
        w('(?:i|ive|i have|id)'),
        w(
          `(?:squeez\\w*|grab\\w*|threw|thrown|throw|pull\\w*|yank\\w*|shook|shake|shaking|pinch\\w*|slap\\w*|hit|smack\\w*|drop\\w*|push\\w*|held|holding|gripp?\\w*|put (?:him|her) down|rough with)`,
        ),
        w(`(?:${BABY}|his|her|baby)`),
      ],
      unless: w(
        '(?:hug\\w*|cuddl\\w*|kiss\\w*|laugh\\w*|cried|cry|myself|the door|the pram|the car seat|the buggy|the bottle|my phone)',
      ),
    },
  ),
  concept(
    'left-for-hours',
    'danger_to_baby',
    `(?:left|leave|leaving) ${BABY}(?: \\w+){0,12}? for (?:an hour|over an hour|hours|two hours|the night|the whole night|ages)`,
    {
      unless: w(
        '(?:with (?:my|his|her|their) (?:mum|mam|dad|nan|gran|partner|husband|sister|mother)|nursery|childminder|babysitter|grandparents|asleep in (?:the|her|his) cot)',
      ),
    },
  ),
  concept(
    'cant-be-trusted',
    'danger_to_baby',
    `(?:cant|cannot|shouldnt|should not|not to) be trusted (?:with|around|near|alone with) ${BABY}`,
    {},
  ),
  concept(
    'rough-handling',
    'danger_to_baby',
    '(?:shaking|shook|shake|kicking|kicked|kick|hitting|hit|punching|punched|slamming|slammed) (?:the|his|her) (?:cot|crib|moses basket|pram|bouncer|car seat)|(?:shouting|screaming|yelling|swearing) (?:right )?in (?:his|her|the babys) face',
    { with: [w('(?:i|im|ive|id|me)')] },
  ),
  concept(
    'not-fed',
    'danger_to_baby',
    `(?:havent|have not|hasnt|not|didnt|did not|cant|couldnt) (?:been )?(?:fed|feed|feeding|changed|change|changing) ${BABY} (?:since|for|all|in)(?: \\w+){0,2}? (?:this morning|last night|yesterday|hours|\\d+ ?hours|a day|all day|ages|the whole day|\\d+ ?(?:am|pm))`,
    {
      unless: w(
        '(?:asleep|sleeping|slept|solids|weaning|doctor|gp|midwife|nurse|advised|told (?:me|us) to|hospital|nil by mouth|tongue tie)',
      ),
    },
  ),
  concept(
    'do-something-to-baby',
    'intrusive_thoughts',
    `(?:snap|lose it|lose control|flip|crack)(?: and)? (?:\\w+ )?(?:do something|hurt|harm) (?:\\w+ )?(?:to )?${BABY}|do something (?:bad |awful |terrible |horrible )?to (?:my|the|their|our) (?:baby|babies|son|daughter|newborn|little one)`,
    {
      also: w(
        '(?:worry|worried|worries|scared|afraid|terrified|fear|what if|never would|would never|thoughts?|ocd|intrusive)',
      ),
    },
  ),
  concept(
    'part-of-me',
    'danger_to_baby',
    `(?:part of me|some part of me|a part of me) (?:wants?|wanted|wanna) to (?:hurt|harm|hit|shake|smother|kill|throw|drown) ${BABY}`,
    {
      unless: w('(?:ocd|intrusive)'),
    },
  ),

  concept(
    'coercion',
    'danger_from_other',
    '(?:checks|check|goes through|reads|tracks|tracking) (?:my|all my) (?:phone|messages|texts|location|emails|bank)|(?:wont|doesnt|does not|will not|never) let me (?:go out|leave the house|see (?:my )?(?:friends|family|mum|mam|sister)|have (?:any )?money|have my own|use my phone|work|drive)|(?:im|i am|not) allowed to (?:see|go out|leave|have|talk to|speak to|work|spend)|(?:get|have|make sure) (?:the baby|the kids|my baby|the children|them|her|him) (?:taken|removed) (?:off|away from|from) me|if i tell (?:anyone|someone|people|the health visitor|the hv|the police)',
    {
      with: [w('(?:he|she|my (?:partner|husband|boyfriend|ex|fiance|wife|girlfriend)|they)')],
      unless: w(
        '(?:sweet|bless|battery|charg\\w*|so it doesnt|fix\\w*|lol|haha|toddler\\w*|tantrum\\w*|c-?section|section|stitches|weeks?|midwife|doctor|gp|hospital|ward|consultant|drive for|clingy|screams when i|cries when i)',
      ),
    },
  ),
  concept(
    'escape',
    'danger_from_other',
    '(?:hid|hide|hiding|lock(?:ed)? (?:myself|us|me)|barricad\\w*|ran|run|escaped?|flee|fled|fleeing|sleep in the car|slept in the car)(?: \\w+){0,8}? (?:to get away|away) from (?:him|her|my (?:partner|husband|boyfriend|ex|fiance|wife|girlfriend))',
    {},
  ),
  concept(
    'stalking',
    'danger_from_other',
    '(?:knows where (?:i|we) (?:live|are)|(?:is|hes|he is|s) coming (?:for me|round|here|to get me)|turned up (?:at|outside) (?:my|our|the) (?:house|door|flat|work)|following me|watching the house)',
    {
      with: [w('(?:he|she|my (?:partner|husband|boyfriend|ex|fiance)|ex)')],
      // followed online is not followed home
      unless: w('(?:on|on the) (?:insta|instagram|tiktok|twitter|facebook|fb|threads|x|snapchat|socials|here)'),
    },
  ),

  concept(
    'only-one-who',
    'psychosis',
    '(?:only (?:one|person)|nobody else|no one else) (?:who )?(?:can|could) (?:understand|see|hear|decode|read) (?:it|them|the (?:code|signs|messages))|(?:cries|crying|noises|numbers|the clock|songs?) (?:is|are) (?:a |in )?(?:code|coded|signals?|messages?)',
    {},
  ),
  concept(
    'know-what-ive-done',
    'psychosis',
    '(?:strangers|people in the street|people on the (?:street|bus|tv|radio)|the neighbours|everyone) (?:\\w+ ){0,4}(?:talking|whispering|laughing|staring) (?:about|at) me|(?:they|strangers|everyone|people) (?:all )?know what i(?:ve| have)? (?:done|did)|i know things (?:nobody|no one|noone) else (?:knows|can see)|(?:mind|thoughts) (?:is |are )?racing',
    {
      also: w(
        '(?:strangers|street|know what|know things|havent slept|not slept|no sleep|for days|voices|signs|messages|chosen)',
      ),
    },
  ),
  concept(
    'mind-read',
    'psychosis',
    '(?:can|could|is|are|keeps?) (?:read|reading|hear|hearing|control|controlling|steal|stealing|put|putting) (?:my|into my) (?:thoughts|mind|brain)',
    {},
  ),
  concept(
    'voices-about-me',
    'psychosis',
    '(?:hear|hearing|heard|can hear) (?:them|people|voices|someone|somebody|whispers?|whispering)(?: \\w+){0,5}? (?:talking|whispering|laughing|plotting) (?:about|at) me|people (?:living|hiding) in (?:the|our|my) (?:loft|attic|walls|roof|cupboards?)',
    {},
  ),
  concept(
    'special-mission',
    'psychosis',
    '(?:save|saving) the world|(?:the|a|gods?) (?:plan|mission) (?:for me|from god)|part of (?:gods|the universes|a (?:secret|divine|bigger)) plan|(?:been|was|am|im) (?:sent|chosen) (?:here )?(?:to|by god|by the universe)',
    {
      unless: w('(?:film|films|game|games|tv|show|series|book|marvel|superhero|joke|lol|haha)'),
    },
  ),
  concept(
    'taken-his-place',
    'psychosis',
    '(?:something|someone|somebody) (?:has |else )?(?:taken|took) (?:his|her|their|the babys|my babys) place|(?:isnt|is not|s not|not) (?:my|the real) (?:partner|husband|boyfriend|wife|mum|mam|mother|family) (?:anymore|any more)',
    {},
  ),
  concept(
    'meant-for-me',
    'psychosis',
    '(?:messages?|signs?|codes?|signals?) (?:meant |just )?for me|(?:meant|sent) (?:just )?for me to (?:see|find|hear)',
    {
      with: [
        w(
          '(?:clock|numbers?|plates?|tv|telly|radio|songs?|adverts?|news|lights?|patterns?|colours?|birds?|cars?|everything)',
        ),
      ],
    },
  ),
  concept(
    'nothing-there',
    'psychosis',
    '(?:says|said|say|tells me|told me|keep saying|keeps saying) (?:theres|there is|there was|theyre|its) (?:nothing|no one|nobody|not)(?: there| anything)?|(?:insects|bugs|spiders|worms|maggots|ants) (?:crawling|everywhere|all over|on)',
    {
      with: [
        w(
          '(?:see|seeing|saw|hear|hearing|heard|crawling|insects|bugs|spiders|voices?|shadows?|figures?|people|smell\\w*)',
        ),
      ],
      unless: w('(?:nappy|nappies|bites?|bitten|head lice|nits|garden|park|outside|window|picnic|camping)'),
    },
  ),
];
