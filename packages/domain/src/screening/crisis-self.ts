import { type CrisisRule, MYSELF, PILLS } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * Thoughts of suicide and self-harm, as people write them: plainly, in euphemism ("better off
 * without me", "not wake up", "unalive", "kms"), or through a plan (pills saved, the sea). Each
 * pattern names what it must not catch beside it: hyperbole ("I'd rather die than go to soft
 * play"), accidents ("burnt myself on the oven"), other people ("my uncle died by suicide").
 */

const NOT_NEGATED = '(?<!(?:dont|do not|didnt|never|not|wouldnt|no longer) (?:really |even |actually )?)';
const DESIRE =
  '(?:want|wanna|wanting|wanted|wish|wishing|ready|going|gonna|tempted|thinking about|thinking of|thought about|thought of|think about|urge|urges|plan|planning|planned|decided|about)';
/** Wanting to die, not expecting to ("I thought I was going to die in labour"). */
const DESIRE_DIE = '(?:want|wanna|wanting|wanted|wish|wishing|ready|tempted|urge|urges|longing|long)';

/** Who she stays for, named (a bare "her" may be the midwife who saved her). */
const STAYS_FOR =
  '(?:my (?:baby|babies|son|daughter|kids|children|boys|girls|lo|little one|little boy|little girl)|the (?:baby|kids|children|boys|girls))';
const IF_NOT_FOR =
  '(?:if (?:i )?(?:didnt have|hadnt had|hadnt got|did not have|had not had)|if (?:it )?(?:wasnt|werent|was not|were not) for|if not for)';

const rule = (id: string, source: string, extra: Partial<CrisisRule> = {}): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'suicide_self_harm',
  re: phrase(source),
  ...extra,
});

export const selfHarmRules: CrisisRule[] = [
  rule('kill-myself', `(?:kill|killing|killed|kil|end|ending|off|offing|hang|hanging|unalive|unaliving) ${MYSELF}`, {
    // "nearly killed myself laughing", "killing myself at the gym"
    unless: bounded(
      /(?:nearly|almost|could have|couldve|practically) kill(?:ed)? myself|myself (?:laughing|at (?:work|the gym)|trying|over|with (?:work|housework|cleaning))/u,
    ),
  }),
  rule('drown-myself', `drown(?:ing)? ${MYSELF}(?! in (?!the (?:bath|sea|river|canal|lake|reservoir|water)))`),
  rule(
    'kms',
    'kms|k m s|unalive(?! (?:yourself|urself|your|them|him|her)(?![\\p{L}\\p{N}]))|unaliving(?! (?:yourself|urself)(?![\\p{L}\\p{N}]))|sewer ?slide|self ?delete|ctb',
  ),
  rule(
    'suicidal',
    `${NOT_NEGATED}(?:suicid\\w*|suicdal|sucidal|suisidal|suicidle|suicidial)(?! (?:prevention|awareness|helpline|hotline|line|charity|rates?|bereavement|risk)(?![\\p{L}\\p{N}]))`,
    {
      // someone else's death, a leaflet's warning, a statistic
      unless: bounded(
        /(?:died|dying|death|lost (?:\w+ ){0,3}to|(?:he|she|they|uncle|aunt|brother|sister|dad|father|mum|mother|friend|cousin) (?:\w+ )?(?:committed|attempted|took (?:his|her|their) own life)|side effects?|leaflet|(?:can|may|might|could) (?:cause|increase|make)|risk of|rates? of|warnings?)/u,
      ),
    },
  ),
  rule(
    'want-to-die',
    `${NOT_NEGATED}${DESIRE_DIE} (?:i could |i would |id |i )?(?:to )?(?:just )?(?:die|be dead|not be alive|not be here|stop existing|not exist|cease to exist)(?! (?:of|from|laughing|inside|a little|at|with embarrassment)(?![\\p{L}\\p{N}]))`,
  ),
  rule(
    'wanna-die',
    `${NOT_NEGATED}(?:wanna|want to|wish i could|i could just|ready to) (?:just )?die(?! (?:of|from|laughing|inside|a little)(?![\\p{L}\\p{N}]))`,
  ),
  rule(
    'wish-dead',
    'wish (?:i (?:was|were)|to be) dead|wish i (?:wasnt|werent) (?:alive|around|here(?! (?:at|in|for|with|today|tonight)(?![\\p{L}\\p{N}])))|wish i (?:had never been|hadnt been|was never|wasnt) born|wish i didnt exist',
  ),
  rule(
    'if-i-was-dead',
    '(?:better|easier|happier|cope|fine|ok|okay|relief|off) (?:\\w+ ){0,3}(?:if|when|once) i (?:was|were|am|m|died|die|just die|disappeared|wasnt|werent|didnt exist|was not|were not)(?: \\w+)? ?(?:dead|gone|here|around|alive|exist|died|disappeared)?(?![\\p{L}])',
    {
      // "better if I die", as a second language says it; "die my hair" is a dye.
      also: bounded(
        /(?:if|when|once) i (?:(?:was|were|am|m) (?:dead|gone)|died|(?:just )?die(?! (?:my|her|his|the|it|them)(?![\p{L}]))|disappeared|(?:wasnt|werent|was not|were not) (?:here|around|alive)|didnt exist)/u,
      ),
    },
  ),
  rule(
    'wouldnt-be-here',
    '(?:wouldnt|would not|wouldn t) (?:still )?be (?:here|alive|around)(?! (?:(?:with|without) (?:out )?(?:this|the|you|my)|on time|today|yet|early|till|until|by)(?![\\p{L}\\p{N}]))',
    {
      also: bounded(
        /(?:if (?:i didnt have|it wasnt for|it werent for|not for)|only reason|for (?:the|my) (?:kids|baby|babies|children|son|daughter)|still (?:here|alive))/u,
      ),
    },
  ),
  rule(
    'only-reason-alive',
    'only (?:reason|thing) (?:im|i am|keeping me|that keeps me|stopping me) (?:still )?(?:here|alive|going|from)',
  ),
  rule(
    'ways-to-do-it',
    '(?:googl\\w*|search\\w*|look\\w* up|research\\w*|read\\w* about|ask\\w* about) (?:\\w+ ){0,2}(?:ways|how|methods|the best way|the easiest way) to (?:do it|die|end it|end my life|kill myself|overdose|od|not wake up)|(?:painless|easiest|quickest|best|surest) (?:way|ways|method|methods) to (?:die|do it|end it|end my life|go|kill myself)|(?:googl\\w*|search\\w*|look\\w* up|research\\w*|read\\w* about) (?:\\w+ ){0,2}?painless (?:ways?|methods?)(?! (?:to|of|for)(?![\\p{L}]))',
  ),
  rule(
    'looks-like-accident',
    '(?:so it|make it|it would|it will|itll|to|if it|when it|as long as it) looks? like an accident|crash (?:the|my) car (?:on purpose|deliberately)|(?:want|wants|wanting|tempted|thinking about|thought about) (?:\\w+ ){0,2}(?:to )?crash(?:ing)? (?:the|my) car',
  ),
  rule(
    'plan-and-date',
    'a plan and a (?:date|time|method|way)|(?:have|got|made|making) (?:a )?plans? (?:to|for how to|of how to) (?:end|kill|do it|die|go through with it)|(?:set|picked|chosen|chose) (?:a|the) date(?! (?:for|of)(?![\\p{L}\\p{N}]) (?:the|my|our|a) (?:wedding|christening|party|birthday|induction|section|c-section|op|appointment))',
  ),
  rule(
    'letting-go',
    `(?:top of the (?:stairs|building|bridge|cliff|car park|multi ?-?storey)|edge of (?:the|a) (?:platform|bridge|cliff|roof|balcony)|on the (?:bridge|ledge|edge|roof|balcony)|over the (?:railing|edge|side)) (?:\\w+ ){0,6}?(?:letting go|let go|jump|jumping|fall|falling|step off|stepping off|lean|leaning)|(?<!(?:didnt|dont|never|not|did not|do not) )(?:want|wanting|wanted) to (?:just )?let go(?! of)`,
  ),
  rule('relapse', 'relaps\\w*|(?:used|using) (?:a |the )?(?:blade|razor|lighter)(?: again| on (?:my|myself))?', {
    also: bounded(
      /(?:blades?|razors?|cut|cuts|cutting|self[- ]?harm\w*|sh|burn\w*|scratch\w*|clean for|\d+ (?:days|weeks|months|years) clean|pills|overdose)/u,
    ),
  }),
  rule('rather-be-dead', '(?:rather|prefer to) be dead|(?:better|happier|easier) (?:off )?dead'),
  rule(
    'better-off-without-me',
    '(?:better|happier|fine|ok|okay|alright|easier) (?:off )?without me(?! (?:for|tonight|today|this|while|at|when|on|there|here)(?![\\p{L}\\p{N}]))',
  ),
  rule(
    'better-off-if-gone',
    'better off (?:if|when|once|after) i(?:m| am| was| were| just)? (?:\\w+ ){0,2}(?:gone|dead|not here|not around|wasnt here|werent here|wasnt around|died|didnt exist|never existed|disappeared|wasnt alive)',
  ),
  rule(
    'nobody-would-miss-me',
    '(?:(?:nobody|no one|noone|no-one|no body|none of them) (?:would|will|wd|d)|(?:they|he|she|anyone|anybody|the kids|my kids|my family|everyone)(?: would| will)? (?:wouldnt|wont|would not|will not)|would (?:anyone|anybody)) (?:even |actually |really )?(?:miss|notice|care|mind)(?: me| if i| when i|(?= ?(?:[.!?,\\n]|$)))',
    {
      unless: bounded(
        /(?:lol|haha|lmao|for a (?:week|day|month|while|bit|few days))|(?:miss|notice|care|mind) (?:if|when) i (?:go out|leave\w*|left|took|had|went|skip\w*|miss\w*|didnt (?:go|turn up|come|post|reply)|stopped (?:going|posting)|wore|forgot)/u,
      ),
    },
  ),
  rule(
    'not-want-to-live',
    `(?:(?:dont|do not|no longer|really dont|just dont|didnt) (?:want|wanna)|(?:im|i am|am|i was|i) not wanting) to (?:be alive|exist|live(?! (?:in|near|with|at|there|here|round|abroad|so|on|next)(?![\\p{L}\\p{N}]))|be here(?! (?:at|in|for|with|when|on|tomorrow|again|today)(?![\\p{L}\\p{N}]))|wake up(?! (?:at|early|before|to|for|in|on|\\d)(?![\\p{L}\\p{N}]))|go on|carry on|keep going|be around|do life)`,
  ),
  rule(
    'not-wake-up',
    // "does anyone else pray they just don't wake up?": "they" is her, asked of everyone; about a
    // napping baby the same words say when ("when you put them down") or name the baby (unless).
    '(?:sleep|go to sleep|fall asleep|close my eyes|go to bed|lie down) and (?:not|never) wake up|(?:hope|hoping|wish|wishing|pray|praying|want) (?:that )?i (?:just )?(?:dont|never|wont|didnt|would not|wouldnt|do not|could not|couldnt|would never) wake up|anyone else (?:\\w+ )?(?:pray|hope|wish)(?: that)? (?:they|you|we) (?:just )?(?:dont|never|wont|would not|wouldnt) wake up(?! (?:when|until|till|before|after|for|during|in|at|from|if|while|on|so|again till)(?![\\p{L}]))|(?:not|never) (?:to )?wake up (?:again|tomorrow|in the morning)',
    // SIDS worries are about the baby, not her: "terrified she won't wake up"
    {
      unless: bounded(
        /(?:she|he|baby|they|it)(?:ll| will| wont| might| may| doesnt| didnt) (?:not |never )?wake up|(?:she|he|baby|babies|they|lo|it|him|her) (?:\w+ ){0,4}(?:not|never) wake up|wake up (?:every|at|so|in the night|for)|naps?|napping|transfer\w*|cot|crib|moses basket|put (?:them|him|her) down|lol|haha/u,
      ),
    },
  ),
  rule(
    'cant-go-on',
    '(?:cant|can not|cannot|dont think i can|not sure i can|cant see how i can|i can no longer) (?:go on|carry on|keep going|live like this)(?! (?:\\w+ing|to|with|the|a|an|holiday|holidays|my|our|for|at|in|until|till|without|about|walks|this|that|it|her|him|them)(?![\\p{L}\\p{N}]))',
  ),
  rule('end-it', `(?:end|ending|finish|finishing) (?:it all|my life|my own life|everything|my existence)`),
  rule(
    'end-it-intent',
    `${DESIRE} (?:to )?(?:just )?(?:end|ending) (?:it|things)(?! (?:with|between|for|off|on|at|there|early|by|up|now with)(?![\\p{L}\\p{N}]))`,
    {
      unless: bounded(
        /(?:breastfeed\w*|feeding|pumping|relationships?|marriage|friendships?|contracts?|leases?|the call|the conversation)/u,
      ),
    },
  ),
  rule('end-it-tonight', '(?:end|ending) (?:it|things) (?:tonight|today|now|soon|this week|before)'),
  rule('take-my-life', '(?:take|taking|took|end|ending) my (?:own )?life'),
  rule(
    'point-of-living',
    '(?:no|whats the|what is the|dont see the|cant see the|not much|no real) (?:point|reason|purpose) (?:in |of |to )?(?:living|live|going on|carrying on|carry on|being alive|being here|me being here|life|existing)(?![\\p{L}])',
  ),
  rule(
    'nothing-to-live-for',
    'nothing (?:left )?to live for|not worth living|life isnt worth|(?:tired|sick) of (?:living|being alive|existing|life)|give up on life|given up on life',
  ),
  rule(
    'disappear',
    `(?:want|wanna|wish|wishing|wished) (?:i could |to |i would |id )?(?:just )?(?:disappear|vanish|evaporate|fade away)(?! (?:for a|for the|for an|under|into (?:bed|the sofa|a)|to (?:a|the|bed|my|spa)|on holiday|with|off)(?![\\p{L}\\p{N}]))`,
  ),
  rule(
    'not-be-here',
    `(?:wont|wnt|will not|not going to|not gonna|nt gonna|nt gna|not gna|not gunna|nt gunna|aint gonna|might not) be (?:here|around) (?:much longer|for much longer|for long|tomorrow|anymore|any more)`,
  ),
  rule('want-it-to-stop', 'want (?:it all|everything|all of it|life|it to all|the pain) (?:to )?(?:stop|end|be over)'),
  rule(
    'burden',
    '(?:im|i am|i feel like|feel like|feeling like|i am just|im just|being) (?:such |just |nothing but )?a (?:burden|waste of space|waste of oxygen)(?! (?:on|to)(?![\\p{L}\\p{N}]) (?:my|her|his) (?:mum|mam|mom|dad|parents|nan|sister|friend)s? (?:by|when|asking|for))',
  ),
  // "sat here in the dark thinking about how different it would be" is a dark room, not dark thoughts.
  rule('dark-thoughts', '(?:(?<!in the (?:pitch )?)(?:dark|black)|suicidal) (?:thoughts|thinking)'),
  // The baby as the only thing holding her: "if I didn't have her I'd have gone already",
  // "if it wasn't for the kids I wouldn't be here". "I'd have gone back to work" and "gone mad" are not this.
  rule(
    'only-reason-to-stay',
    `(?:${IF_NOT_FOR}|without) (?:${STAYS_FOR}|her|him|them)(?: \\w+){0,2}?,? (?:id|i would|i wouldve|i would have|i would of)(?: have| of)? (?:already )?(?:gone|done it|ended it|ended things|killed myself|given up on (?:life|everything)|not be here)(?! (?:back|to|out|home|on|off|for|abroad|travelling|mad|insane|crazy|round|up|down|into|through|with|part|full|under|over|nuts|bonkers|private)(?![\\p{L}]))|${IF_NOT_FOR} ${STAYS_FOR},? i (?:wouldnt|would not) (?:still )?be (?:here|alive|around)(?= ?(?:[.!?,\\n]|$| anymore| any more| now| today))|the only (?:reason|thing) (?:im|i am|i|keeping me|that keeps me|that is keeping me) (?:still )?(?:alive|breathing|hanging on|holding on|here(?= ?(?:[.!?,\\n]|$| is (?:her|him|them|my|the))))|(?:she|he|they|${STAYS_FOR})(?: \\w+)? (?:isnt|is not|arent|are not|is no longer|are no longer) (?:even )?(?:enough (?:of )?a reason|reason enough|a good enough reason|enough to (?:keep me (?:here|going|alive)|stay|live))(?= ?(?:[.!?,\\n]|$)| to (?:stay|live|keep going|be here|stick around|carry on|hold on|go on)(?![\\p{L}]))`,
  ),
  // Exhaust fumes in a closed garage, or a hose from the exhaust: a means, whatever else is said.
  rule(
    'engine-in-garage',
    '(?:engine|motor|car) (?:still |was |is |left )?(?:running|on|going|idling)|(?:hose|hosepipe|pipe|tube) (?:from|on|to|into|in|onto|through) (?:the )?(?:exhaust|window)',
    {
      with: [
        bounded(
          /(?:in|inside|into) (?:the|our|my|a) (?:closed |shut |locked )?garage|garage doors? (?:shut|closed|down|locked)|exhaust/u,
        ),
      ],
      unless: bounded(
        /(?:mechanic|mot|service|serviced|warning light|rattl\w*|noise|fault|knock\w*|rough|battery|jump ?start\w*|recovery|breakdown|aa|rac)/u,
      ),
    },
  ),
  // A thought of a means that has stopped being unwanted: "it's not a scary thought anymore, it's more
  // like a plan". An intrusive thought is feared; this one is being kept.
  rule(
    'thought-becoming-plan',
    '(?:(?:more|less) (?:like|of) a plan|(?:feels|felt|feeling|sounds|seems|starting to feel) (?:more )?like a plan|(?:not|no longer|isnt|stopped being|its not) (?:a )?(?:scary|frightening|intrusive|unwanted|horrible) (?:thought )?(?:anymore|any more|now)|(?:doesnt|dont|no longer|do not|does not) (?:scare|frighten|bother|upset) me (?:anymore|any more|now))',
    {
      also: bounded(
        /(?:driv\w* (?:into|off)|crash\w*|swerv\w*|jump\w*|overdose|pills|tablets|bridge|train|motorway|central reservation|oncoming|end (?:it|things|my life)|kill\w* myself|dying|not (?:be )?here|the (?:sea|river|edge|canal)|hang\w*|rope)/u,
      ),
    },
  ),
  rule(
    'do-something-stupid',
    '(?:ill|i will|i might|i may|im going to|im gonna|i could|id|i would) (?:end up )?do(?:ing)? something (?:stupid|silly|drastic|i regret|i cant take back)',
  ),
  rule(
    'scared-of-myself',
    `(?:scared|afraid|frightened|terrified) (?:of|for) (?:myself|what i (?:might|could|would|will|ll) do)|(?:dont|do not|cant) trust myself(?! (?:with|around|near|alone with|to)(?![\\p{L}\\p{N}]))`,
  ),
  // Plans and means.
  rule(
    'pills-saved',
    `(?:stockpil\\w*|hoard\\w*|saving|saved|save|collecting|collected|counting|counted|stashing|stashed|hiding|hidden) (?:up )?(?:all )?(?:my |the |some |these |a )?${PILLS}`,
    {
      unless: bounded(
        /(?:for (?:the|my|her|his) (?:baby|son|daughter|kids?|period)|in case|for (?:later|emergencies|the trip|holiday))/u,
      ),
    },
  ),
  rule(
    'pills-hidden',
    `${PILLS} (?:i|id|ive|i had|i have)(?: been)? (?:hiding|hidden|saving|saved|stockpiling|collecting|hoarding|stashing|stashed)`,
  ),
  rule('counting-pills', `${PILLS}(?: \\w+){0,8}? (?:counting|counted|count) them`),
  // Said with no object, as if the reader knows what: "im stockpiling. thats all im going to say".
  // Stockpiling nappies or formula names what.
  rule(
    'stockpiling-unsaid',
    '(?:im|i am|ive been|i have been|been) (?:quietly |secretly |slowly )?(?:stockpiling|hoarding|stashing)(?= ?(?:[.!?\\n]|$))',
  ),
  // Blades bought, and she says what they are not for: "bought razor blades today. not for my legs".
  rule(
    'means-not-for-everyday',
    '(?:bought|buying|got|ordered|picked up|new) (?:some |a pack of |a box of |more |new |a packet of )?(?:razor blades|blades|razors|paracetamol|rope)(?: \\w+){0,3}?[.,]? (?:and )?(?:(?:its|theyre|they are|it is|and) )?not for (?:my legs|shaving|my (?:armpits|pits|bikini line|face|head|headache)|a headache|the (?:garden|shed|dog)|crafts?)',
  ),
  rule(
    'pills-ready',
    '(?:pills|tablets|meds) (?:are |all )?(?:ready|lined up|counted out|saved up)|got the (?:pills|tablets) ready',
  ),
  // Asked as what "it takes", not what she may take: "how many paracetamol it actually takes",
  // "how many co-codamol to not wake up". A dose asked about ("can I take", "for a headache") is not this.
  rule(
    'how-many-pills',
    `(?:how many|how much) (?:of )?(?:my |the |these |those )?${PILLS} (?:\\w+ ){0,2}(?:would (?:it )?(?:\\w+ )?take|it (?:would |will |actually |really |even )?takes?|itd (?:\\w+ )?take|does it (?:\\w+ )?take|to (?:die|kill|end|overdose|od)|would kill|is fatal|is lethal|is enough to|(?:to|so i|so you|and) (?:dont|do not|not|never|wont) (?:wake up|wake|come round))(?! (?:to (?:work|kick in|start working|get|bring|help|shift|clear|take effect|settle)|for (?:a|the|my|your|her|his) (?:headache|pain|fever|temperature|back|tooth|period|cold|migraine))(?![\\p{L}]))`,
    {
      unless: bounded(
        /(?:headache|migraine|toothache|fever|temperature|period pain|breastfeed\w*|a day|per day|dose|doses|in 24 hours|while (?:pregnant|feeding))/u,
      ),
    },
  ),
  // "is 40 of my quetiapine enough": a count no dose needs, asked about as enough.
  rule(
    'enough-pills',
    `(?:is|are|would|will|wud) (?:[1-9]\\d+|a (?:whole )?(?:box|packet|bottle|pack|strip)|the whole (?:box|packet|bottle|pack|lot)) (?:of )?(?:my |the |these |those )?${PILLS} (?:be )?enough`,
  ),
  // Done, not wished: "took all ma sertraline". A named drug or a whole box; "took all my meds"
  // is an ordinary morning.
  rule(
    'took-them-all',
    '(?:took|taken|swallowed|necked) (?:(?:the|a) whole (?:box|packet|bottle|strip) of (?:my |the )?\\w+|(?:a|an entire) (?:load|handful|fistful|pile|heap|stack) of (?:my |the |me )?(?:tablets|pills|meds|medication|sertraline|citalopram|fluoxetine|codeine|co ?-?codamol|paracetamol|diazepam|tramadol|mirtazapine|quetiapine|propranolol|sleeping pills|painkillers)|all (?:of )?(?:my|ma|me|the) (?:sertraline|citalopram|fluoxetine|codeine|co ?-?codamol|paracetamol|diazepam|tramadol|mirtazapine|quetiapine|propranolol|insulin|sleeping pills|painkillers))',
  ),
  rule(
    'take-them-all',
    `${DESIRE} (?:to )?(?:take|taking|swallow|swallowing) (?:them all|all (?:of )?(?:my|the|them|these)|the lot|the whole (?:box|packet|bottle|lot))`,
  ),
  rule(
    'overdose',
    `${DESIRE} (?:to )?(?:take |taking )?(?:an |a )?(?:overdose|od)(?![\\p{L}])|(?:took|taken|take) an overdose`,
  ),
  rule(
    'into-the-sea',
    '(?:walk|walking|walked|swim|swimming|swam|wade|wading) (?:out )?(?:into|in to|out to) (?:the )?(?:sea|river|water|lake|ocean|waves|canal|reservoir|tide)',
  ),
  rule(
    'drive-into',
    '(?:drive|driving|drove|crash|crashing|crashed|steer|steering|swerve|swerving) (?:the car |my car |the van )?(?:into|in to|off) (?:a |the )?(?:tree|wall|river|reservoir|lorry|truck|bridge|motorway|cliff|sea|canal|oncoming|lamp ?post|central reservation|crash barrier|motorway barrier|bridge (?:support|pillar)|pillar|quarry|lake)',
  ),
  rule(
    'in-front-of',
    '(?:step|stepping|stepped|walk|walking|jump|jumping|throw myself|throwing myself|lie|lying) (?:out )?in front of (?:a |the )?(?:train|car|bus|lorry|truck|traffic|van|one(?! of))',
  ),
  rule(
    'jump-off',
    `(?:jump|jumping|jumped|throw myself|throwing myself) (?:off|from) (?:a |the |that |our |my )?(?:bridge|building|roof|balcony|cliff|car park|multi ?-?storey|window|tower|flyover)|(?:thinking|thought|think|thoughts) (?:about|of) jumping(?! (?:in|into|on|around|up|for|out|ship)(?![\\p{L}\\p{N}]))`,
  ),
  rule(
    'method',
    `(?:hang|hanging) ${MYSELF}|a noose|slit(?:ting)? my wrists|(?:suicide|goodbye) (?:note|letter)|this is goodbye|goodbye (?:forever|cruel)`,
  ),
  rule(
    'how-id-do-it',
    '(?:thought|thinking|think|planned|planning|worked out|decided|know|knowing) (?:about |of )?(?:how|when|where) (?:i|id|i would|i could|ill|i will|im going to) (?:do it|end it|kill myself)(?![\\p{L}])',
    { unless: bounded(/do it all/u) },
  ),
  // A farewell is only a crisis beside finality: "love you all, goodbye" after "I've made my decision".
  rule(
    'farewell',
    '(?:love you all|goodbye|bye everyone|bye all|look after (?:my|the) (?:kids|baby|babies|children))',
    {
      also: bounded(
        /(?:made (?:my|the|up my) (?:decision|mind)|(?:this is|its) (?:it|the end)|for the last time|(?:wont|will not) be (?:here|around)|(?:tonights|todays|tonight is|today is) the (?:night|day))/u,
      ),
    },
  ),
  // A goodbye said as thanks: "thank you all for the last few months… sorry for what I'm going to
  // do", "Please tell the group I'm sorry. Look after your babies". A member leaving happily thanks
  // the group too; what she does not do is apologise for something still to come.
  rule(
    'sorry-for-what-comes',
    `sorry (?:for|about) what (?:im|i am|i|ive|i have) (?:going to|gonna|about to|got to|have to|will|decided to) do(?![\\p{L}])|(?:tell|say to) (?:the group|everyone|every1|them|him|her|my \\w+|the (?:kids|baby|girls|boys))(?: that)? (?:im|i am) (?:so )?sorry(?= ?(?:[.!?\\n]|$| x(?![\\p{L}])| for everything))`,
    {
      also: bounded(
        /(?:thanks|thank you|thank u|thankyou|love (?:you all|you guys|you lot|yous|ya all|every ?one)|look after (?:your|yourselves|each other|my|the)|goodbye|bye (?:all|everyone)|(?:been|were|was) (?:kinder|so kind|more (?:of a )?family))/u,
      ),
      unless: bounded(/(?:thread|long post|rant|ranting|moan\w*|vent\w*|spam\w*|photos?|pics?|lol|haha\w*|spoilers?)/u),
    },
  ),
  // "Love you all in here. Thanks for trying with me. I'm done now.": done, or thanked for trying,
  // beside a farewell. Done with a feed, a chore or a phase of life is not done with living.
  rule(
    'done-now',
    `(?:im|i am) (?:done|finished)(?: now)?(?= ?(?:[.!?\\n]|$| x(?![\\p{L}])))|(?:thanks|thank you|thank u|ty) (?:all |everyone |so much |guys |lovelies )?for trying (?:with|to help) me(?= ?(?:[.!?\\n]|$| x(?![\\p{L}])))`,
    {
      also: bounded(
        /(?:love (?:you all|you guys|you lot|yous|ya all|every ?one)|look after (?:your|yourselves|each other|my|the)|goodbye|bye (?:all|everyone)|sorry|(?:been|were|was) (?:kinder|so kind|more (?:of a )?family)|for trying (?:with|to help) me|(?:im|i am) (?:done|finished)(?: now)?(?= ?(?:[.!?\n]|$| x(?![\p{L}]))))/u,
      ),
      unless: bounded(
        /(?:feed\w*|pump\w*|breastfe\w*|bottles?|nappies|weaning|cooking|cleaning|hoover\w*|tidying|ironing|washing|shopping|wrapping|exams?|shift|work|having (?:kids|babies|children)|one and done|ivf|marathon|labour|tea|dinner|packing|decorating|thread|rant|ranting|moaning|venting|lol|haha\w*)/u,
      ),
    },
  ),
  // "what is the point of me" (train-o).
  rule('point-of-me', '(?:whats|what is|what even is|whats even) the point (?:of|in) me(?![\\p{L}])'),
  // "finally had the guts", said of nothing: "if im not on here tomorrow its because i finally had the guts".
  rule(
    'finally-the-guts',
    '(?:finally|eventually|at last) (?:had|have|got|found|get|find) the (?:guts|courage|nerve|balls|bottle)(?= ?(?:[.!?,\\n]|$))',
  ),
  // A place measured for a fall: "looked up the height of the multistorey… I know which floor".
  rule(
    'height-of',
    '(?:looked|looking|look|checked|checking|googled|googling|worked out|working out) (?:up )?(?:how (?:high|tall) |the height of )(?:the |that )?(?:multi ?-?storey|car park|bridge|building|tower|flats|block|cliff|viaduct)|(?:which|what) floor (?:id|i would|i will|ill|to) (?:go to|jump|go from|use)',
  ),
  // Buying more tablets than a shop will sell at once: "can you buy loads of paracetamol if you go to different shops".
  rule(
    'pills-from-different-shops',
    `(?:buy|get|buying|getting|stock up on) (?:\\w+ ){0,3}?${PILLS}(?: \\w+){0,8}? (?:different|separate|other|several|multiple) (?:shops|pharmacies|chemists|supermarkets|stores)`,
  ),
  // A gun in her hands at home: "the gun cabinet key is on his keyring… I've been stood in the hall holding it".
  rule('holding-the-gun', '(?:gun cabinet(?: key)?|shotgun|rifle|his gun|the gun|dads gun)', {
    also: bounded(
      /(?:(?:holding|held|stood|standing|sat|sitting|staring at|looking at)(?: \w+){0,6}? (?:it|the key|the gun|for (?:\w+ )?(?:minutes|hours|ages))|thinking about (?:it|using it))/u,
    ),
    unless: bounded(
      /(?:crows|rabbits|pigeons|clay|shoot\w*|vermin|licen[cs]e|foxes|deer|pheasants?|lamping|nerf|water gun|toy)/u,
    ),
  }),
  // Wanting to join the baby who died: "she would have been one this week. i want to go and be
  // with her". Only where the post speaks of the loss; a baby in NICU is someone to be with.
  rule(
    'join-the-baby-who-died',
    '(?:want|wanna|long|longing|need|needing|going|go|ready) (?:to )?(?:go and |go |just |finally )?(?:be with|join) (?:him|her|them|my (?:baby|babies|little (?:boy|girl|one)|boy|girl|son|daughter|angels?|twins?)|our (?:baby|angel|little (?:boy|girl)))(?= ?(?:again|now|up there|in heaven|where (?:he|she|they) (?:is|are)|soon|[.!?,\\n]|$))',
    {
      also: bounded(
        /(?:would (?:have|of|ve) been|angels?|passed|died|stillb\w*|born sleeping|sleeping|grave|heaven|loss|lost (?:him|her|them|my|our)|funeral|miscarr\w*|tfmr|sids)/u,
      ),
      unless: bounded(/(?:nicu|scbu|neonatal|special care|ward|hospital)/u),
    },
  ),
  // "the world could do with one less of me" (train-k).
  rule(
    'one-less-of-me',
    '(?:world|everyone|everybody|they|family|planet)(?: \\w+){0,3}? (?:could do with|would be better with|would be fine with|needs?) one less (?:of )?me|one less (?:of )?me (?:to (?:worry|feed|deal)|in the world|around)',
  ),
  rule(
    'letters-for-kids',
    '(?:written|wrote|writing|write|left) (?:a |my |the )?(?:(?!thank|birthday|christmas|sick|sorry|get|love|shopping|doctors?|sick)\\w+ ){0,2}?(?:letters?|notes?) (?:for|to) (?:the kids|my kids|my (?:husband|partner|family|children|son|daughter|baby|babies|mum)|everyone|them)(?!s? (?:teacher|nursery|school|christmas|santa|birthday|future|18th))',
    // Letters for a far-off day are a keepsake: "to open on their 18th birthdays", a memory box.
    {
      unless: bounded(
        /(?:to open (?:on|at|when)|(?:16th|18th|21st) birthdays?|time capsule|memory box|every birthday)/u,
      ),
    },
  ),
  // The means taken from her and another found: "my partner took the razors off me but i found the
  // scissors", "they took my tablets away but I'd kept some back". The taking alone is keeping her safe.
  rule(
    'means-taken-another-found',
    `(?:took|taken|takes|hid|hidden|hides|removed|locked away|locked up|got rid of|confiscated|cleared out) (?:all )?(?:the |my |our )?(?:razors?|razor blades|blades|knives|pills|tablets|meds|medication|paracetamol|belts?|cords?|ropes?|scissors|sharps) (?:\\w+ ){0,4}?(?:but|and|so) (?:i |ive |id |i have |i had |i just )?(?:found|find|got hold of|bought|kept|saved|stashed|hid|still (?:have|had|got)|had|have) (?:\\w+ ){0,2}?(?:the |some |my |a |an |another |more |other |spare |new |his |extra )?(?:scissors|knife|knives|blade|blades|razors?|pills|tablets|paracetamol|meds|rope|belt|cord|glass|compass|sharpener|lighter|ones|some|more|back)(?![\\p{L}])`,
    {
      unless: bounded(
        /(?:toddler|baby|kids|wrapping|sellotape|craft|haircut|fringe|shaving|dog|cat|puppy|lol|haha\w*)/u,
      ),
    },
  ),
  rule(
    'hide-means',
    `(?:hid|hide|hidden|hiding|locked away|lock away|got rid of) (?:all )?(?:the |my )?(?:razors?|razor blades|blades|pills|tablets|meds|medication|belts?|rope|cords?) (?:from ${MYSELF}|so i (?:cant|dont|wont))`,
  ),
  // Self-harm.
  rule(
    'self-harm',
    `${NOT_NEGATED}(?:self[- ]?harm\\w*|self[- ]?injur\\w*|(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burnt|burned|punch|punching|hit|hitting|bite|biting|bruise|bruising|scratch|scratching|starve|starving) ${MYSELF})`,
    {
      // accidents and sayings, not harm: "burnt myself on the oven", "cut myself shaving"
      unless: bounded(
        /(?:accident\w*|by mistake|on (?:the|a|an) (?!purpose)\w+|ouch|shaving|chopping|cooking|baking|ironing|opening|lifting|carrying|fell|falling|tripp?ed|slipped|laughing|at work|at the gym|(?:tw|cw|trigger warning|content (?:note|warning))(?![\p{L}]))/u,
      ),
    },
  ),
  rule(
    'cutting-again',
    `(?:cutting|cut|burning|hurting|harming|scratching) (?:again|my (?:arms?|legs?|thighs?|wrists?|stomach|skin|hips?))|(?:started|been|begun|back to) (?:cutting|self[- ]?harming)|urges? to (?:cut|self[- ]?harm|hurt myself|harm myself|burn myself)`,
    {
      unless: bounded(
        /(?:hair|fringe|nails|grass|hedges?|carbs|sugar|cats?|dogs?|kitten|puppy|eczema|itch\w*|rash|bites?|back on|down on|out (?:dairy|gluten)|shaving|chopping|cooking)/u,
      ),
    },
  ),
  // A drop measured where she stood: "stood on the footbridge over the bypass for twenty minutes
  // working out whether it was high enough".
  rule(
    'high-enough',
    '(?:working out|worked out|wondering|wondered|checking|checked|thinking about|thought about) (?:whether|if|how) (?:it|the \\w+|that \\w+) (?:was|is|would be|were) high enough|(?:stood|standing|sat|sitting|was) on (?:the|a|that) (?:footbridge|bridge|flyover|overpass|viaduct|roof|balcony|ledge|cliff)(?: \\w+){0,14}? (?:high enough|how high|how far down|the drop)',
  ),
  // Not being, asked for politely: "if she comes home I'd like to not be here to mess her up",
  // "I want to not wake up". A time or a place after it is a wish to be elsewhere ("not be here when they arrive").
  rule(
    'like-not-to-be',
    '(?:(?:id|i would|i d) (?:like|prefer|love)|(?:i )?(?:want|wanna|wanting|wish)) (?:to )?(?:just )?not (?:to )?(?:be (?:here|alive|around)|exist|wake up)(?= ?(?:[.!?,\\n]|$|to |anymore|any more|at all|tomorrow|ever again|again))',
  ),
  // "4. stop existing. only half joking": the wish as an item on a list, with no "want" before it.
  rule(
    'stop-existing',
    '(?:^|\\d[.):]? |[.:\\n] ?|just |to |and )stop existing(?= ?(?:[.!?,\\n]|$|for good|altogether|completely|only|tbh|lol))',
  ),
  // Being found, asked about as logistics: "how long would it take someone to find you in the woods".
  rule(
    'how-long-to-find',
    'how long (?:would|does|will|did|do|might) it (?:take|be) (?:for )?(?:someone|anyone|people|them|anybody|they|somebody|before (?:someone|anyone|they))? ?(?:to )?(?:find|found|notice|miss) (?:you|me|a body|someone|somebody|the body)(?= ?(?:[.!?,\\n]|$|in |if |up |out |there|dead|gone|at the|under|behind|by |on the|down))',
  ),
  // Her mother's or sister's suicide, and now its pull: "My mum walked into the sea when I was 6…
  // I understand it now… I can feel the same pull".
  rule(
    'family-suicide-pull',
    '(?:feel|feeling|felt|theres|there is|ive got|i have|got) (?:the )?same pull|(?:understand|get|see) (?:it|why (?:she|he|they) did (?:it|that)) now|pull (?:of|towards) the (?:sea|water|river|edge|tracks|drop|bridge|cliffs?)',
    {
      also: bounded(
        /(?:walked into the (?:sea|river|water)|took (?:her|his|their) own life|killed (?:herself|himself|themselves)|suicide|hanged (?:herself|himself)|drowned (?:herself|himself)|jumped (?:off|from|in front))/u,
      ),
    },
  ),
  // Following a baby who may not survive: "if she doesn't make it I'm going with her. I've already decided."
  rule(
    'going-with-her',
    'if (?:she|he|they|my \\w+|the baby|baby) (?:doesnt|dont|does not|do not|didnt|wont|cant|dies|die|passes) ?(?:make it|survive|pull through|come home)?,? (?:then )?(?:im going with|i am going with|ill go with|i will go with|im going too|i go too|so do i|i die too|im gone too|im following|ill follow|i will follow|im not staying|i wont stay|i wont be far behind)',
  ),
  rule(
    'till-it-bleeds',
    `(?:scratch\\w*|pick\\w*|pull\\w*|bite|biting|bit) (?:at )?(?:my|${MYSELF})(?: \\w+){0,2} (?:till|until|til|untill) (?:it|they|i) (?:bleed|bled|bleeds)`,
  ),
];
