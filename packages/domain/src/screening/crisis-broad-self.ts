import { type CrisisRule, DISCLAIMED_INNOCENCE, FIRST_PERSON } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * The third layer for suicide and self-harm: concepts, not phrases. The phrase rules
 * (crisis-self.ts) found a third of disclosures written after them, because each new post
 * words the same idea differently: "dreaming about not waking up", "how easy it would be" on a
 * viaduct, "who gets what". Here a disclosure is a small set of ideas that meet in one
 * sentence, each idea a broad list of words:
 *
 * - an end (not waking up, being gone, disappearing) + a wish for it (dream, long, sounds
 *   restful) + the author;
 * - a means or a place (viaduct, tracks, pills) + the pull of it (how easy, tempted, just step);
 * - putting affairs in order (who gets what, when I'm gone, where the kids should go);
 * - a deliberate act on her own body (on purpose, until it bleeds, to feel something).
 *
 * Each names the everyday uses of the same words it must leave alone: someone else's death,
 * the baby's sleep, a long lie-in, a bridge on the school run, a divorce.
 */

const w = (source: string) => bounded(new RegExp(source.replaceAll(' ', '\\s'), 'u'));
const rule = (id: string, anchor: string, extra: Partial<CrisisRule>): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'suicide_self_harm',
  re: phrase(anchor),
  ...extra,
});

/** Ways of saying she would no longer be alive, without the word suicide. */
const AN_END =
  '(?:(?:not|never|no longer|stop|stopped) (?:waking|wake|waken|to wake) up|sleep(?:ing)? (?:forever|for ever|and never|and not)|(?:go|going|drift\\w*|fall\\w*) (?:to sleep|asleep|off) (?:forever|for ever|and (?:not|never))|(?:not|never|no longer) (?:being|be|to be) (?:here|around|alive)|(?:stop|stopped|stopping|cease|ceased|ceasing) (?:existing|to exist|breathing|being alive)|not (?:existing|exist|to exist)|(?:disappear\\w*|vanish\\w*|fade\\w* away)(?: (?:forever|for good|completely|for ever|off the face of the earth))?(?! (?:into|to|for|under|in|on|off|with|from|at|behind|upstairs|downstairs)(?![\\p{L}]))|(?:disappear\\w*|vanish\\w*) (?:quietly )?from (?:everyones|everybodys|everyone|peoples|their|all their|all of their|my (?:kids|familys|family|childrens|girls|boys)) li(?:ves|fe)|(?:being|be) gone (?:forever|for good|for ever)|(?:never|not) (?:come|coming) back|(?:just )?(?:die|be dead|being dead)(?! (?:of|from|for|laughing|inside|down|off|out|with|on)(?![\\p{L}]))|(?:everything|it all) (?:to )?(?:stop|go black|be over|end)|(?:end|ending) (?:it|things|everything|it all|my life)(?! (?:with|between|for|off|on|at|early|by|up)(?![\\p{L}])))';

/** Wanting, longing or picturing it as a relief. */
const WISH = w(
  '(?:dream\\w*|fantasi[sz]\\w*|wish\\w*|want\\w*|wanna|hope|hoping|long|longing|crave|craving|tempt\\w*|appeal\\w*|sounds? (?:so |really |quite |very )?(?:nice|good|peaceful|restful|lovely|easier|better|tempting|appealing|like a relief)|would be (?:so |such a |a )?(?:nice|easier|better|relief|peaceful|restful|kinder|blessing|easy)|(?:easier|better|kinder) (?:for (?:everyone|them|him|her|the kids|the baby|my family))|(?:kindest|best|easiest|fairest|simplest) thing (?:would be|is|to do|for everyone)|peaceful|restful|relief|pray\\w*|think\\w* about|thought about|thinking of|ready to|cant wait|if only|how nice|so tired of|just want|if i (?:just |could |were to |simply )?)',
);
/** Other lives, other deaths, the baby's sleep, hyperbole: the same words, not her wish to die. */
const NOT_HER_END = w(
  '(?:nan|nana|gran|grandad|grandma|grandpa|dad|father|mother|brother|sister|friend|uncle|aunt|auntie|cousin|dog|cat|pet)s? (?:\\w+ )?(?:died|dying|passed|death)|passed away|(?:her|him|them|she|he|baby|lo|they) (?:\\w+ ){0,4}(?:not |never )?(?:wake|waking|wakes)|(?:wake|waking) up (?:every|at|so|early|before|for|in the)|funeral|grief|grieving|(?:she|he|baby|they|it)(?:ll| will| wont| might| may| doesnt| didnt| would| to)? (?:not |never )?(?:wake|waking) up|breathing|sids|cot death|monitor|snooze|alarm|lie ?-?in|lay ?-?in|(?:till|until|before|past) (?:noon|midday|lunch\\w*|\\d+|the afternoon|late|ten|eleven|nine)|(?:for|till|until) (?:a|the|one|two|\\d+) (?:week|weekend|day|days|hours|night|month)|(?:disappear|vanish)\\w* (?:for a|for the|for an|into (?:bed|the bath|the sofa|a book)|to (?:a|the|bed|my)|on holiday|with|off|under)|(?:end|ending) (?:it|things) with|breastfe\\w*|feeding|pumping|relationship|marriage|battery|phone|plants?|series|film|show|book|game|magic|trick|rash|spots|cough|symptoms?|pain|headache|tantrum\\w*|teething|weather|rain|heatwave|this week|this day|lockdown|pregnan\\w*|heartburn|nausea|sickness',
);

/** Someone other than her the sentence may be about: with none, an end wished for is hers. */
const SOMEONE_ELSE = w(
  '(?:she|he|shes|hes|they|theyre|theyd|you|youre|youd|u|ur|your|her|him|them|his|their|we|us|our|baby|babys|lo|everyone|everybody|someone|somebody|people|nan|gran|dad|mum|mam|friend|husband|partner)',
);

/** Despair said without "I", as posts typed at night often are: "cant do this anymore". */
const DESPAIR = w(
  '(?:cant do (?:this|it|any of this)|cant cope|cant go on|cant take (?:it|this|any more|anymore)|had enough|no point|so done|im done|give up|giving up|nothing left|tired of (?:everything|it all|living|life|this)|no way out|want (?:it|this) to (?:stop|end)|whats the point)',
);

/** Despair beside a high place: not wanting to be here, not knowing why she is there or writing. */
const HIGH_PLACE_DESPAIR = w(
  `${DISCLAIMED_INNOCENCE}|` +
    '(?:dont|do not) (?:really |even )?know why (?:im|i am) (?:typing|writing|posting|here|telling)|(?:cant|cannot) stop (?:crying|shaking|greeting)|(?:dont|do not|not) (?:want|wanting|wanna) to be here|(?:not|never) (?:going|coming|driving) (?:back|home)|cant do (?:this|it) (?:anymore|any more)|had enough|no point|so done|im done|goodbye|sorry for everything|nobody (?:would|will) (?:miss|notice)|better off without|how (?:high|far down)|just (?:jump|step|let go|go over)|been (?:here|sat here|sitting here) (?:for )?(?:an hour|hours|ages|all night|since)(?: \\w+){0,6}? (?:dont know|cant|crying|shaking|numb|empty)',
);

/** A means or a place where lives end. */
const MEANS =
  '(?:viaduct|bridge|flyover|overpass|train|trains|tracks|railway|platform|level crossing|motorway|dual carriageway|oncoming traffic|lorry|lorries|cliffs?|the sea|the river|the canal|the reservoir|the quarry|the lake|the water|tablets|pills|paracetamol|my meds|medication|blades?|razors?|rope|belt|ledge|the edge|roof|balcony|tower block|multi ?-?storey|car park|the kerb|the curb|(?:the|a|that|busy|main) road)';
/** The pull of it: ease, temptation, one small step. */
const PULL = w(
  '(?:(?:how easy|so easy|be easy|be so easy)(?! (?:it (?:would be |is |d be )?|(?:would|is|will) it be )?to (?!just (?:jump|step|let|fall|end|go over|swerve|drive off|keep)|jump|step|let go|fall|end|go over|swerve|drive (?:off|into)|do it|not))|how quick\\w*|how simple|how fast|how long it would take|tempt\\w*|the pull|pulls? me|pulling me|drawn to|urges?|one step|just (?:step|jump|let go|lean|keep walking|keep driving|keep going|swerve|drive off|fall|take them all|take the lot|go over)|(?:what|how) (?:it|itd) (?:would )?(?:be like|feel) to (?:jump|fall|step|swerve|let go|not)|(?:end|ending) (?:it|things|everything)|never come back|not come back|over the edge|nobody would (?:know|notice|stop)|make it (?:all )?stop|(?:jumping|stepping off|stepping out|swerving|going over|walking into|driving into|driving off)|(?:reason|why) (?:i|that i) (?:stepped|step|moved|pulled) back|stepped back (?:from the edge|just in time|at the last))',
);
/**
 * A sentence whose "I" was left off, as posts typed on a phone often are: "stood on the platform at
 * Clapham Junction today and thought about how easy it would be".
 */
const DROPPED_I =
  /^[^\p{L}]*(?:just |only |then |so |and |literally |honestly )?(?:stood|standing|sat|sitting|walked|walking|drove|driving|waited|waiting|went|got|stopped|parked|looked|looking|stared|staring|leaned|leant|leaning|kept|keep|thought|thinking|found myself|was|been)(?![\p{L}])/u;
const NOT_A_PULL = w(
  '(?:ache\\w*|aching|pain\\w*|sore|breastfe\\w*|is it safe|can i take|ok to take|for (?:the|my) (?:baby|kids|headache|back|period|pain)|prescri\\w*|dose|doses|side effects?|pharmac\\w*|gp|doctor|midwife|with food|a day|twice|safe to|how long (?:do|does|did|until|till|before)|school run|commute|traffic jam|roadworks|late for|walk(?!ing into)|picnic|holiday|swim\\w*|paddl\\w*|beach day|work|to get to|take effect|kick in|kicking in|work(?:ing)? (?:yet|better)|ml|mg)',
);

export const broadSelfRules: CrisisRule[] = [
  // Hers, or nobody else's: "not waking up tmrw would honestly be a relief" leaves out the "I".
  rule('wish-for-an-end', AN_END, {
    with: [WISH],
    unless: NOT_HER_END,
    when: (sentence) => FIRST_PERSON.test(sentence) || !SOMEONE_ELSE.test(sentence),
  }),
  rule('pull-of-a-means', MEANS, {
    with: [PULL],
    unless: NOT_A_PULL,
    when: (sentence, post) => FIRST_PERSON.test(sentence) || DROPPED_I.test(sentence) || post(DESPAIR),
  }),
  // Affairs put in order. Anyone may write a will; these say she is arranging a world without her.
  rule(
    'affairs-in-order',
    '(?:written|wrote|writing|made|making|worked out|working out|decided|deciding|sorted|sorting) (?:down |out )?who (?:gets|will get|should get|should have|has) (?:what|my \\w+|the kids|the baby)|(?:giving|gave|give|given) (?:away )?(?:all )?my (?:things|stuff|clothes|belongings|jewellery|possessions|books)(?: away)?|(?:said|saying|say) my goodbyes|(?:sort|sorted|sorting|put|putting|get|getting) (?:my|all my) (?:affairs|things|life|stuff) in order|(?:something|things) to remember me by|(?:when|once|after) im (?:gone|dead|not here anymore|not around anymore)(?! (?:to|for|back|out|on|at|shopping|away)(?![\\p{L}]))',
    {
      with: [FIRST_PERSON],
      unless: w(
        '(?:sleep when im dead|rest when im dead|divorce|separat\\w*|inheritance|christmas|presents?|charity shop|declutter\\w*|car boot|vinted|ebay|maternity leave|hospital bag|holiday|work trip|nans|grans|dads|mums|grandads|grandmas|for the wedding|back to work)',
      ),
    },
  ),
  // "I think the kids should go to my sister": where the children live after her, beside finality.
  rule(
    'where-the-kids-go',
    '(?:the kids|my kids|the baby|my baby|the children|my children|they|he|she) (?:should|will|would|can|could|need to) (?:go to|live with|be raised by|stay with|be brought up by) (?:my|their|his|her) (?:sister|mum|mam|mom|dad|nan|gran|brother|aunt|auntie|husband|partner|parents|in laws|ex)',
    {
      also: w(
        '(?:who gets what|my will|goodbye|without me|when im gone|after im gone|better off|letters?|cant do this|no point|not be here|im done|tired of (?:living|life|everything)|end it|for good)',
      ),
    },
  ),
  // A deliberate act on her own body, said with what makes it deliberate.
  rule(
    'deliberate-on-my-body',
    '(?:hit|hitting|punch\\w*|slap\\w*|scratch\\w*|pinch\\w*|burn\\w*|cut|cutting|bit|bite|biting|bang\\w*|claw\\w*|dig\\w*|carv\\w*|stab\\w*|hurt\\w*) (?:at |into )?(?:myself|my (?:own )?(?:arms?|legs?|thighs?|wrists?|skin|face|head|stomach|belly|hips?|chest|hands?|fists?|nails))',
    {
      with: [
        w(
          '(?:it helps|helps me|idk why|dont know why|when every(?:one|body)s? (?:is |are )?asleep|secretly|in secret|nobody knows|no one knows|off the wall|on purpose|deliberately|till (?:it|they|i) (?:bleed|bled|bruise\\w*|hurt|marks?)|until (?:it|they|i) (?:bleed|bled|bruise\\w*|hurt|marks?)|to (?:feel (?:something|anything|better|real|pain)|punish|calm (?:down|myself)|cope|make it stop|stop the (?:noise|thoughts|feeling))|i deserve|deserve it|(?:with|using) (?:a|the|my) (?:blade|razor|lighter|compass|scissors|knife|lighter|nails|hairbrush|pen|glass)|again|marks|scars?|bruises|bleed\\w*|hide (?:it|them|the marks))',
        ),
      ],
      unless: w(
        '(?:accident\\w*|by mistake|shaving|chopping|cooking|baking|oven|kettle|iron\\w*|paper|cats?|dogs?|kitten|puppy|bramble\\w*|rose|gardening|eczema|itch\\w*|bites?|rash|tray|pan|brick wall|laughing|head against (?:a|the) (?:brick )?wall (?:trying|with)|pinch myself|have to pinch|need to pinch)',
      ),
    },
  ),
  // "baby would be better off with someone who knows what they're doing": her place taken.
  rule(
    'better-off-with-someone-else',
    '(?:baby|babies|the kids|my kids|kids|children|they|he|she|everyone|my (?:family|husband|partner|son|daughter)) (?:would|will|d|are|is|would all) be (?:so |much |far |a lot )?(?:better|happier|safer) (?:off )?with (?:someone|somebody|anyone|a (?:different|better|new|proper|real) (?:mum|mam|mom|mother)|another (?:mum|mam|mom|mother))(?! (?:\\w+ ){0,3}(?:helping|to help|for a|at night|tonight|today|this|while))',
    { with: [FIRST_PERSON] },
  ),
  // The baby better off with family, beside her as the burden: "he'd be better off with his daddy
  // and his granny honestly. they'd cope. i'm just the thing that makes everything harder". A night
  // at his nan's while she sleeps is better off with family too; that post has no burden in it.
  rule(
    'better-off-with-family',
    '(?:baby|babies|the kids|my kids|kids|children|they|he|she|hed|shed|theyd|my (?:son|daughter|boy|girl|boys|girls|lo)) (?:would|will|d|are|is|would all)? ?(?:be |all be )?(?:so |much |far |a lot )?(?:better|happier|safer) (?:off )?with (?:just )?(?:his|her|their|my|the) (?:dad|daddy|father|gran|granny|grandma|nan|nana|nanna|nanny|grandparents|grandad|aunt|auntie|aunty|sister|family|dad and|daddy and)',
    {
      also: w(
        '(?:(?:theyd|they would|hed|he would|shed|she would|theyll|they will|everyone would|everyone d) (?:all )?(?:cope|manage|be fine|be ok|be okay|get over it|forget me)|(?:im|i am|i feel like) (?:just |only )?(?:the (?:thing|one|problem|reason)|what) (?:that |who )?(?:makes?|making|ruins?|ruining) (?:everything|everyones|it all|life|things) (?:harder|worse)|(?:i )?(?:only|just) make (?:everything|things|it all|life) (?:harder|worse)|a burden|without me|if i wasnt (?:here|around))',
      ),
      unless: w('(?:tonight|for the night|this weekend|for a (?:night|day|few|bit|week)|while i|sleepover|so i can)'),
    },
  ),
  // "sorted it all out" beside leaving: affairs settled.
  rule(
    'sorted-it-all',
    '(?:sorted|sorting|organised|arranged|planned) (?:it all|everything|all of it|it|things) (?:out|out now)',
    {
      also: w(
        '(?:not (?:gonna|going to|gna) be here|nt (?:gonna|gna) be here|wont be (?:here|around)|much longer|goodbye|without me|when im gone|after im gone|for the kids|letters?|who gets what|end it|last (?:night|day|time))',
      ),
    },
  ),
  // Sitting or waiting somewhere high, with despair in the post: "sat in the car at the top of
  // the multistorey. been here an hour. dont really know why im typing this". The place alone is
  // parking; it counts beside despair, or not knowing why she is there or writing.
  rule(
    'waiting-up-high',
    '(?:sat|sitting|sittin|parked|parking|stood|standing|waiting|been) (?:\\w+ ){0,5}?(?:at|on) (?:the )?(?:top (?:floor |level |deck )?of|roof of|edge of|top floor of|top level of) (?:the |a |that )?(?:multi ?-?storey|multistorey|car park|carpark|bridge|viaduct|flyover|cliffs?|tower block|flats|building|quarry)|(?:sat|sitting|parked|stood|standing|waiting) (?:\\w+ ){0,3}?on (?:the|a|that) (?:bridge|viaduct|flyover|cliff|cliff edge|ledge|roof)(?![\\p{L}])',
    {
      when: (_sentence, post) => post(HIGH_PLACE_DESPAIR),
      unless: w(
        '(?:view|views|sunset|sunrise|fireworks|picnic|meal deal|peace and quiet|bliss|lol|haha|ticket|pay and display|meter|space|spaces|appointment|scan|clinic|shopping)',
      ),
    },
  ),
  // Going to sleep hoping it is the last time: "every night i go to sleep hoping its the last time".
  rule(
    'last-sleep',
    '(?:go|going|went|goes) to (?:sleep|bed) (?:\\w+ ){0,2}?(?:hoping|praying|wishing|and (?:hope|pray|wish)) (?:that )?(?:its|it is|it will be|itll be|this is|tonight is|tonights) (?:the|my) last (?:time|night|one)(?= ?(?:[.!?,\\n]|$| i (?:close my eyes|go to sleep|sleep|wake up)))',
    { with: [FIRST_PERSON] },
  ),
  rule(
    'not-safe-with-myself',
    '(?:not|never|dont feel|no longer) safe (?:with|around|from) (?:myself|me)|(?:dont|do not|cant) trust myself (?:tonight|anymore|any more|right now|on my own|alone)',
    {},
  ),
];
