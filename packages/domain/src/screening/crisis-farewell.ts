import { type CrisisRule, DISCLAIMED_INNOCENCE, PILLS } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * Goodbyes and arrangements: the suicidal posts that never name the act, only what comes after
 * it. "Won't be needing any of it after this week", "if I don't post again, thank you", a will
 * that must be done "before the weekend", life insurance "if it's… never mind". Each rule is an
 * idea (her own absence, soon; the things she is giving up because of it; the question a plan
 * asks), written from the training sets train-e to train-i and blind-28 to blind-30, where
 * these were the misses that no other rule or model found. Ordinary absences (a holiday, a
 * hospital stay, a job) are left alone.
 */
const w = (source: string) => bounded(new RegExp(source.replaceAll(' ', '\\s'), 'u'));

/** A time soon: when she will no longer be here. */
const SOON =
  '(?:after (?:this|tonight|today|tomorrow|this week|next week|this weekend|the weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|where im going|anymore|any more|much longer|for (?:much|very) long)';
/** An ordinary reason to be away or to give things up. */
const ORDINARY_ABSENCE = w(
  '(?:holiday|hols|abroad|away for|trip|visiting|moving|move house|new house|emigrat\\w*|hospital|surgery|op|operation|section|induction|work|shift|night shifts?|course|exam|rota|decluttering|declutter\\w*|clear out|grown out|outgrown|no more babies|done having|finished having|last baby|the snip|vasectomy|sterilis\\w*|sold|selling|vinted|ebay|marketplace)',
);

export const farewellRules: CrisisRule[] = [
  {
    // "won't be needing them where I'm going", "I won't need a return ticket", "won't need it
    // because I'm not going to be here for it".
    id: 'crisis.wont-be-needing',
    kind: 'suicide_self_harm',
    re: phrase(
      `(?:i )?(?:wont|will not|shant|wouldnt|wont be|will not be) (?:be )?(?:needing|need|using|wanting) (?:it|them|any of (?:it|them|this)|this|these|those|my \\w+|the \\w+|a return(?: ticket| train)?)(?: \\w+){0,3}? ${SOON}|(?:wont|will not) need a return(?: ticket| train| journey)?|(?:cancelled|cancelling|cancel)(?:,? \\w+){1,8}?,? (?:i )?(?:wont|will not|dont) need (?:it|them|her|him)|(?:im )?not (?:going|gonna) to be (?:here|around) (?:for|to see|when|by)|(?:dont|cant|cannot|stopped being able to|no longer) (?:see|picture|imagine) myself (?:old|getting old|in (?:the )?(?:photos|future)|next year|at (?:her|his|their) (?:wedding|graduation|first day))`,
    ),
    unless: ORDINARY_ABSENCE,
  },
  {
    // "I won't be around to show her", "you won't have to put up with me after tonight",
    // "won't be doing it much longer. love you girls x".
    id: 'crisis.not-around-much-longer',
    kind: 'suicide_self_harm',
    re: phrase(
      `(?:i )?(?:wont|will not) be (?:around|here) (?:to (?:see|show|watch|tell|sing|read|teach|raise|bring (?:her|him|them) up|look after)|for (?:her|him|them|the kids|the baby)|much longer|for (?:much|very) long)|(?:you )?(?:wont|will not|dont) have to (?:put up with|listen to|deal with|hear from) me (?:${SOON}|for (?:much|very) longer)|wont be (?:doing (?:it|this)|moaning|posting|here) (?:much longer|for (?:much|very) longer|after (?:tonight|today|this week))|(?:i )?(?:wont|will not) be (?:anyones|anybodys|everyones|your|a|the) (?:problem|burden|worry|responsibility) (?:much longer|for (?:much|very) longer|for long|anymore|any more|after (?:tonight|today|this week))`,
    ),
    unless: ORDINARY_ABSENCE,
  },
  {
    // "if I don't post again, thank you", "if i dont post tomorrow can someone tell the mods".
    id: 'crisis.if-i-dont-post-again',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:if|when) (?:i )?(?:dont|do not|never) (?:post|reply|come back|log on|check in|message) (?:again|tomorrow|after (?:tonight|today))|(?:posting |writing this )?in case (?:im|i am) not (?:around|here) (?:to (?:post|reply|say|write)|tomorrow|after tonight)|if (?:im|i am) not (?:on )?(?:here|on here) (?:next week|tomorrow|after (?:tonight|today|the weekend))(?:,? \\w+){0,6}?,? (?:at peace|somewhere (?:peaceful|better)|with (?:god|nan|my nan|mum|my mum))',
    ),
    unless: w('(?:holiday|busy|signal|wifi|internet|phone|battery|hospital|labour|induction|section)'),
  },
  {
    // Thanks that close a chapter: "whatever happens after tonight, you made this year
    // bearable", "look after each other for me", "bye lovelies".
    id: 'crisis.thanks-and-goodbye',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:whatever happens (?:after|tonight|now|next)|(?:look after|take care of|look out for) (?:each other|one another|my (?:girl|boy|babies|baby|kids|little ones?)|the new (?:girls|mums|ones))(?: for me)?|(?:been|were) (?:so much )?(?:kinder|better|nicer) to me than|(?:kiss|squeeze|hug|cuddle) (?:your|the) (?:babies|little ones|kids) for me|give (?:your|the) (?:babies|little ones|kids) (?:a )?(?:kiss|squeeze|hug|cuddle)s? from me|(?:bye|goodbye) (?:lovelies|all|everyone|ladies|girls|my loves)|made my peace(?! with)|(?:ive|i have) said my goodbyes|(?:no need to|dont|do not|dont bother to|wont need to) (?:save|keep|hold) me a (?:seat|place|space|spot|chair))',
    ),
    also: w(
      '(?:thank you|thanks|thank u|sorry|love you|love to you|you (?:all )?kept me going|after tonight|last (?:few|couple of) months|sorted|labelled|letters?|so nobody has to|so no one has to|for me x|from me)',
    ),
    unless: w(
      '(?:holiday|leaving the group|moving|new job|back to work|maternity leave ends|taking a break|break from)',
    ),
  },
  {
    // Love said as a last word: "Told my mum I love her tonight, just in case." (blind-7).
    id: 'crisis.love-you-just-in-case',
    kind: 'suicide_self_harm',
    re: phrase('i love (?:him|her|them|you|everyone|you all)(?: \\w+){0,3}?,? just in case(?= ?(?:[.!?\\n]|$))'),
  },
  {
    // "the little one won't remember me, which is probably for the best", "kids that young don't
    // even remember… so they'd be fine". (Letters left for the children are crisis-self.ts's.)
    id: 'crisis.wont-remember-me',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:wont|will not|wouldnt|dont|do not) (?:even )?remember (?:me|her mum|his mum|their mum|mummy)?(?:,? \\w+){0,4}?,? (?:for the best|better (?:off|that way)|(?:theyd|theyll|she?d|hed|shell|hell) be fine)|(?:kids|babies|children) (?:that|so|this) (?:young|little|small) (?:dont|wont|do not) (?:even )?remember',
    ),
    also: w('(?:for the best|be fine|relief|better off)'),
  },
  {
    // "take myself out of the picture", "no point fixing something that's about to end".
    id: 'crisis.out-of-the-picture',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:take|taking|remove|removing|get|getting) myself out of (?:the picture|their lives|his life|her life|the way for good)|no point (?:fixing|treating|saving|going)(?: \\w+){0,3} (?:thats|that is|about to|going to) end|it wont matter to me|wont matter (?:to me )?(?:after|by) (?:then|that|the weekend|friday|next week)',
    ),
  },
  {
    // Affairs put in order, with a sign it is for soon: "did my will… now I can rest", "funeral
    // hymns picked at 29… I don't think it'll be long", "paid off the Klarna so nothing gets left
    // for my mom to deal with", "gave my mum my bank card PIN 'just in case'. she laughed. i didnt".
    id: 'crisis.affairs-in-order',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:did|done|made|wrote|written|sorted|signed|updated) (?:my|a) (?:will|handwritten will)|(?:cards?|letters?) for every birthday (?:til|till|until|up to)|passwords (?:are )?(?:in a document|written down|in an envelope|all written)|funeral (?:hymns|songs|music|plans?|wishes)|so (?:nothing|nobody|no one) (?:gets left|is left|has to (?:guess|sort|deal|worry))|(?:gave|given|giving|handed|told|wrote down|written down|left) (?:\\w+ ){0,6}?(?:my )?(?:bank card pin|pin number|pin|passwords?|engagement ring|wedding ring)',
    ),
    also: w(
      '(?:now i can (?:finally )?(?:rest|go)|ready now|(?:wont|will not) be long|(?:itll|it will) not be long|dont think (?:itll|it will) be long|at peace|made my peace|feels right having it ready|just in case|it isnt|wont need|not going to be|wont be (?:here|around)|for my mum to deal with|for my mom to deal with|for (?:him|them|her) to deal with|dont ask|dont see myself|(?:freezers|freezer is) full)',
    ),
    unless: ORDINARY_ABSENCE,
  },
  {
    // A high place with its pull: "whats the tallest car park in town lol asking for reasons… i
    // keep driving past… and slowing down".
    id: 'crisis.high-place-pull',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:tallest|highest|top (?:floor|level|deck) of the|top of the) (?:multi ?storey|car park|building|bridge|block|flats|cliff)',
    ),
    also: w(
      '(?:asking for reasons|slowing down|(?:think|thinking|thought) about (?:the )?(?:top|roof|edge)|keep (?:driving|going|walking) past|stood at the edge|standing at the edge|looked down|looking down|no one would|wouldnt survive|how high|high enough|go over|didnt jump|not sure about tomorrow)',
    ),
    unless: w('(?:views?|lift|photos?|fireworks|sunset|parking charges|tourist|sightseeing)'),
  },
  {
    // Means kept ready: "theres a rope in the loft now".
    id: 'crisis.means-kept',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:theres|there is|ive got|got|bought|keeping|kept|hid|hidden|put) (?:a |some |the )?(?:rope|ligature|hosepipe)(?: \\w+){0,3}? (?:in|up in|under|behind|at the back of) (?:the |my |our )?(?:loft|attic|shed|garage|wardrobe|car|boot|drawer|bag|bedside)',
    ),
    unless: w(
      '(?:washing|climbing|swing|tow|camping|dog|boat|skipping|garden|gardening|christmas|decorations|hose the|water the)',
    ),
  },
  {
    // "can u overdose on promethazine", "how many paracetamol is too many. not for the baby".
    id: 'crisis.overdose-question',
    kind: 'suicide_self_harm',
    re: phrase(
      `(?:can|could|would|will) (?:you|u|i|someone|a person) (?:actually |even )?(?:overdose|od) on (?:\\w+ )?${PILLS}|(?:\\d+|twenty|thirty|forty|fifty|how many) (?:or (?:\\d+|twenty|thirty|forty|fifty) )?(?:of (?:the |my )?)?(?:\\w+ ){0,2}?${PILLS}(?: \\w+){0,2}? (?:that )?(?:would|will|wud|could) (?:actually |really )?(?:do it|do the job|be enough)|(?:months?|weeks?) (?:of|worth of) (?:my )?(?:\\w+ )?${PILLS} (?:at once|in one go)(?: \\w+){0,3}? without (?:the gp|anyone|them|her|him) (?:asking|noticing|knowing)|how many (?:\\w+ )?${PILLS} (?:is|are|would be) too many(?! (?:in a day|a day|per day|in 24|in one day|together|with))`,
    ),
    unless: w(
      '(?:toddler|son|daughter|baby|kids?|child|dog|cat|puppy) (?:\\w+ ){0,2}(?:ate|swallowed|got into|found|took)|accident\\w*|by mistake|breastfeeding|bf|while feeding',
    ),
  },
  {
    // "does life insurance still pay out if… actually never mind", "…you know. self inflicted".
    id: 'crisis.life-insurance-if',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:life|farm|the|my|our|mortgage|death in service) (?:insurance|cover|policy)(?: \\w+){0,4}? (?:pay|pays|paid|payout|pay out|cover|covers)',
    ),
    also: w(
      `${DISCLAIMED_INNOCENCE}|` +
        '(?:never ?mind|nevermind|self ?inflicted|suicide|take (?:my|your) own life|took (?:my|her|their) own life|looks? like an accident|asking for reasons|reasons i (?:dont|cant|wont) (?:want to )?(?:type|say|go into))',
    ),
  },
  {
    // Stockpiling counted in boxes, with a sign it is meant ("ive a good few boxes saved up in
    // the wardrobe… dont want anyone checking"); tablets saved by name are crisis-self.ts's.
    id: 'crisis.stockpiled',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:saved|saving|stockpil\\w*|hoard\\w*|stash\\w*|squirrel\\w* away|kept|keeping|hidden|hiding|put away|putting away) (?:up )?(?:all )?(?:of )?(?:the |my |a few |a good few |some |a load of |loads of )?(?:old |spare |extra )?(?:boxes|packets|strips|prescriptions)|(?:boxes|packets|strips) (?:saved|stashed|hidden|put away|stockpiled) (?:up )?(?:in|under|at)',
    ),
    also: w(
      '(?:in case|there if|if (?:today|it|things) gets?|(?:not|havent|not been|stopped) (?:been )?taking|not taken|notic\\w*|checking|dont want anyone|nobody knows|no one knows|hasnt noticed|havent told|without (?:the gp|anyone)|too much)',
    ),
    unless: w(
      '(?:recycl\\w*|return(?:ed|ing)? (?:them )?to|take (?:them )?back|disposed|dispose|expired|out of date|baby calpol)',
    ),
  },
  {
    // Looking up how, and hiding it: "been googling methods again. cleared my history".
    id: 'crisis.searched-methods',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:googl\\w*|read\\w*|search\\w*|looking up|looked up|researching|researched) (?:\\w+ ){0,3}?(?:methods|ways to (?:die|go|do it)|how (?:long it takes|to do it)|what would (?:work|do it))',
    ),
    also: w(
      `${DISCLAIMED_INNOCENCE}|(?:cleared|deleted|wiped) (?:my |the )?(?:search )?history|calm|scared of (?:myself|how)|shouldnt`,
    ),
    unless: w('(?:sleep training|weaning|feeding|contraception|birth control|teaching|recipe|cleaning)'),
  },
  {
    // A prayer to be taken: "please pray… just that He takes me soon".
    id: 'crisis.pray-to-be-taken',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:god|he|jesus|the lord|allah) (?:would |will |just )?(?:takes?|took|calls?) me (?:soon|home|tonight|in my sleep|now|away)',
    ),
    also: w('(?:pray\\w*|prayer|please|tired|ready)'),
  },
  {
    // Her own goodbye written, or a letter left "just in case": "writing my goodbye in the notes
    // app 🙃", "wrote tom a letter. just in case" (train-n, train-o).
    id: 'crisis.goodbye-written',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:writing|written|wrote|drafted|drafting|typed|typing|type|write) (?:out )?my (?:goodbyes?|farewells?|last (?:post|message|letter|words))(?! (?:card|present|gift|speech|party|do|drinks|email|to (?:work|the team|my colleagues|the ward|nursery|school)))|(?:wrote|written|writing|left) (?:\\w+ ){1,2}?(?:a |an )?(?:letter|note)s?(?: \\w+){0,3}?[.,]? (?:just )?in case(?= ?(?:[.!?,\\n]|$))',
    ),
  },
  {
    // Calm once it is decided: "made my decision and I feel so much lighter now it's made… thank
    // you all for everything", "feel calmer now it's done" after paperwork and a letter.
    id: 'crisis.calm-after-deciding',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:made|reached|come to|came to) (?:my|the|a) decision(?: \\w+){0,6}? (?:lighter|calmer|calm|at peace|relieved|peaceful)|(?:feel|feeling|i feel|felt) (?:so |much |a lot |weirdly |strangely |oddly |really )*(?:calm|calmer|lighter|at peace|peaceful) now (?:its|it is|ive|i have|that ive|that its|everythings|everything is)(?: \\w+){0,2}? (?:done|sorted|made|decided|in order|written|planned)(?= ?(?:[.!?,\\n]|$))',
    ),
    also: w(
      '(?:just in case|letters?|goodbyes?|thank you (?:all )?for everything|thanks for everything|insurance|(?:my|the) will|paperwork|passwords|in order)',
    ),
    unless: ORDINARY_ABSENCE,
  },
  {
    // Cards or presents for years to come, so the children "have something" (train-o).
    id: 'crisis.cards-for-years-ahead',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:written|wrote|writing|bought|buying|got|made|making) (?:\\w+ ){0,4}?(?:cards?|presents?|letters?|gifts?) (?:\\w+ ){0,5}?for (?:the next|the coming|all (?:their|her|his)|every) (?:few |\\d+ |ten |five |several |couple of )?(?:years|birthdays|christmases)',
    ),
    unless: w('(?:deployment|deployed|tour|posted|abroad|away|18th|advent)'),
  },
  {
    // Love said in the past tense, to be passed on: "tell my girls i loved them x" (train-s).
    id: 'crisis.tell-them-i-loved-them',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:tell|make sure|let) (?:my|the|our) (?:girls|boys|kids|children|baby|babies|son|daughter|little ones?|husband|partner|family|mum|mam|twins)(?: know)?(?: that)? i loved (?:them|her|him|you|them all)(?! (?:when|as|at|in|back|growing)(?![\\p{L}]))',
    ),
  },
  {
    // Calm beside things put in order for after her: "put nain's ring in an envelope for my
    // daughter with a little note. feels good to have everything tidy now", "wrote out all her
    // routines for my sister… in the envelope with my will. feel weirdly calm today" (train-r, train-s).
    id: 'crisis.calm-beside-arrangements',
    kind: 'suicide_self_harm',
    re: phrase(
      '(?:feel|feeling|felt|feels) (?:so |weirdly |strangely |oddly |really |very |quite )*(?:calm|calmer|lighter|at peace|peaceful)(?: \\w+){0,2}? (?:today|now|tonight|about it|about everything)|(?:everything|it all|all my things|all my stuff|my things) (?:is |are )?(?:tidy|in order|sorted|organised|ready|done) now',
    ),
    also: w(
      '(?:envelope|my will|(?:a |little )?(?:note|letter) for (?:her|him|them|my|the)|(?:her|his|their) routines|passwords|who gets|(?:nans|nains|grans|mums|my) (?:ring|necklace|jewellery)|jewellery)',
    ),
    unless: w(
      '(?:christmas|birthday|tooth fairy|declutter\\w*|hospital bag|maternity leave|back to work|deploy\\w*|wedding|exams?|moving|move house)',
    ),
  },
  {
    // A deadline she set herself, passed: "i gave it til 12 weeks. its not better. so thats that".
    id: 'crisis.deadline-passed',
    kind: 'suicide_self_harm',
    re: phrase('(?:i )?gave (?:it|myself|this|things|life) (?:un)?(?:til|till|to|until) (?:\\w+ ){0,2}?\\w+'),
    also: w(
      '(?:so thats (?:that|it)|thats (?:that|it) then|times up|time is up|my time is up|(?:its|it is|im|i am|nothing is|nothing s) (?:not|no) better|still not better|deadline)',
    ),
    unless: w(
      '(?:work|job|nursery|childminder|breastfe\\w*|formula|sleep training|weaning|dummy|potty|diet|gym|course|decide|decision)',
    ),
  },
  {
    // Who is told, and in what order, if she dies, asked as practical business: "if something
    // happened to me who do the army ring first, him or my mum? need to know the order" (train-r).
    id: 'crisis.if-something-happened-to-me',
    kind: 'suicide_self_harm',
    re: phrase('if (?:something|anything) (?:happened|happens|were to happen|was to happen|should happen) to me'),
    also: w(
      `${DISCLAIMED_INNOCENCE}|need to know (?:the order|who|what)|(?:the|in what) order|not that anything will|dont ask why|no reason`,
    ),
    unless: w(
      '(?:(?:my|our|a|the|making|made|write|writing|written) wills?|guardian\\w*|godparents?|solicitor|hypothetical\\w*)',
    ),
  },
];
