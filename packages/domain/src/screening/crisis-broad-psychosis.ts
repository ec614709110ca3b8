import type { CrisisRule } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * The third layer for psychosis: concepts, not phrases (see crisis-broad-self.ts for why).
 * Beliefs and perceptions no one else shares: thoughts broadcast or inserted, the baby not
 * really a baby or swapped, hidden cameras and poison, chosen by God for a mission, messages
 * and signals in the TV, a song or the baby's eyes, the dead seen in the room, days without
 * sleep and no need of it. Each names the everyday talk in the same words it must leave alone:
 * "mixed signals", "the baby monitor camera", "he's not a baby anymore", "feel blessed".
 */

const w = (source: string) => bounded(new RegExp(source.replaceAll(' ', '\\s'), 'u'));
const psychosis = (id: string, anchor: string, extra: Partial<CrisisRule> = {}): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'psychosis',
  re: phrase(anchor),
  ...extra,
});

export const broadPsychosisRules: CrisisRule[] = [
  psychosis(
    'thoughts-not-mine',
    '(?:my )?(?:thoughts?|mind|brain) (?:are |is )?(?:being )?(?:broadcast\\w*|read|stolen|controlled|inserted|put there|beamed|transmitted|leaking out|heard by)|(?:everyone|people|they|strangers|the neighbours|everybody|others) (?:can )?(?:hear|read|see|know) (?:what im thinking|my thoughts|my mind|inside my head|what i think)|(?:someone|something|they|he|she|it) (?:is |are |keeps )?(?:putting|inserting|planting|placing) (?:thoughts|ideas|things|words) (?:in|into) my (?:head|mind|brain)',
  ),
  psychosis(
    'not-really-a-baby',
    '(?:the baby|my baby|this baby|the thing|he|she|it) (?:isnt|is not|s not|aint|wasnt) (?:really |actually |even |a real )?(?:a )?(?:real |human )?(?:baby|human|person|child|alive)|(?:something|someone|it|he|she) (?:is |s )?(?:pretending|disguised|posing|masquerading) (?:to be|as) (?:a |my |the )?(?:baby|him|her|my)|its? (?:is |s )?(?:something|someone) pretending|not (?:a )?(?:real|human) baby',
    {
      unless: w(
        '(?:toddler\\w*|years? old|big (?:boy|girl)|grown|any ?more|now|proper|so big|newborn any|dolls?|reborn|toy|teddy|pretend play|playing|game|lol|haha|cat|dog|not a baby (?:any|now))',
      ),
    },
  ),
  psychosis(
    'chosen-mission',
    '(?:god|the universe|jesus|the lord|angels?|a higher power|the spirits?) (?:has |have |had )?(?:chosen|chose|picked|selected|appointed|called) (?:me|us)|chosen (?:me|us)(?: and (?:the|my) baby)? for (?:something|a (?:mission|purpose|task|reason))|(?:i|we) (?:have|need|must|got) to prepare (?:for (?:the|what)|the (?:baby|house|world|way))|special (?:mission|purpose|powers?|task|destiny)|the end (?:of the world )?is (?:coming|near)|(?:my|the) baby is (?:the|a) (?:messiah|chosen one|saviour|savior|prophet)',
    {
      unless: w(
        '(?:to be (?:her|his|their) (?:mum|mam|mother)|blessed|grateful|lucky|thankful|gift|film|films|game|tv|series|book|marvel|superhero|joke|lol|haha|birth plan|hospital bag|nursery|christening|party|prepare (?:the )?(?:bottles|feeds|the nursery|for (?:the )?(?:birth|labour|baby)))',
      ),
    },
  ),
  psychosis(
    'surveillance',
    '(?:cameras?|microphones?|mics?|bugs|listening devices?|recording devices?|trackers?|chips?|wires)(?: \\w+){0,4}? (?:in|inside|behind|hidden in) (?:the |my |our |his |her )?(?:smoke alarms?|walls?|lights?|light fittings?|ceiling|vents?|mirrors?|sockets?|plugs?|tv|telly|radiators?|phone|house|flat|teddy|toys?|cot|teeth|head|body|milk|food)|(?:cameras?|microphones?|the government|social services|mi5|the police|the neighbours|strangers|people) (?:are |is )?(?:\\w+ )?(?:watching|filming|recording|listening to|spying on|following|tracking|monitoring|poisoning) (?:me|us|my (?:every|food|milk|thoughts))|(?:poison\\w*) (?:me|my (?:food|drink|milk|tea|water)|the (?:baby|milk|food|water|formula|bottles?)|us)|(?:being|been|is being|are being|im being) (?:poisoned|watched|followed|filmed|recorded|monitored|tracked)',
    {
      unless: w(
        '(?:baby monitor|monitor|ring doorbell|cctv|nanny cam|doorbell|food poisoning|dashcam|for (?:tiktok|instagram|the family|youtube)|photos?|selfie|christmas|lol|haha|hospital|midwife|health visitor|by the (?:midwife|doctor|nurse|hv)|mole|heart rate|blood pressure|contractions|weight|jaundice)',
      ),
    },
  ),
  psychosis(
    'planted-cameras',
    '(?:cameras?|microphones?|mics?|bugs|listening devices?|trackers?)(?: \\w+){0,4}? (?:that|which) (?:i|we|my (?:husband|partner)|he|she|nobody|no one) (?:didnt|did not|never) (?:put|install\\w*|buy|bought|set up)|(?:hidden|secret|planted) (?:cameras?|microphones?|mics?|bugs|listening devices?|trackers?)',
    {
      unless: w('(?:nanny cam|for (?:the|our) (?:nursery|dog|cat)|reviews?|recommend\\w*|amazon|which (?:one|brand))'),
    },
  ),
  psychosis(
    'signs-in-things',
    '(?:tv|telly|television|radio|the news|newsreaders?|presenters?|adverts?|songs?|lyrics|number plates?|billboards?|the clock|numbers|birds|street lights)(?: \\w+){0,4}? (?:messages?|signs?|signals?|code|coded|talking (?:to|about) me|speaking (?:to|about) me|about me|meant for me|telling me|warning me|sending me|speaks to me|talks to me)',
    {
      unless: w(
        '(?:lol|haha|joke|advert for|sponsored|cbeebies|ad breaks?|annoying|catchy|stuck in my head|favourite|cried|crying|emotional|made me cry)',
      ),
    },
  ),
  psychosis(
    'messages-from-things',
    '(?:messages?|signs?|signals?|codes?|instructions?|orders) (?:\\w+ ){0,3}?(?:from|in|on|through|via) (?:the )?(?:tv|telly|television|radio|the news|adverts?|songs?|number plates?|billboards?|the clock|street lights|birds|the stars)|(?:play|plays|playing|played|send|sends|sending|sent|use|uses|using) (?:\\w+ ){0,3}?(?:songs?|adverts?|programmes?|shows?|numbers) (?:\\w+ ){0,2}?(?:to )?(?:tell|telling|show|showing|warn|warning|signal\\w*) me',
    {
      unless: w(
        '(?:lol|haha|joke|advert for|sponsored|whatsapp|text|texts|facebook|my (?:mum|sister|friend|husband|partner)|group chat|midwife|health visitor|gp|app)',
      ),
    },
  ),
  psychosis(
    'signals-to-me',
    '(?:sending|sends|sent|giving|gives|gave) me (?:secret |hidden )?(?:signals|signs|messages|codes?|warnings?)(?: \\w+){0,3}? (?:with|through|using|via|in) (?:his|her|their|the) (?:eyes|blinks?|face|cries|crying|hands|fingers|smile|looks)|(?:blinks?|blinking) (?:\\w+ ){0,2}means|(?:warning|warns|warned) me (?:about|of|that) (?:\\w+ ){0,3}(?:my (?:mum|mam|husband|partner|family)|them|danger|people)',
    {
      also: w('(?:baby|bby|hes|shes|his eyes|her eyes|blink\\w*|signals|danger|not slept)'),
      unless: w(
        '(?:mixed signals|hungry|tired signs|sleep cues?|cues|feeding cues|lol|haha|midwife|health visitor|gp|doctor|weather|app)',
      ),
    },
  ),
  psychosis(
    'people-know',
    '(?:strangers|people|everyone|everybody|they|the neighbours|people in the street|people i dont know|people on the bus)(?: \\w+){0,4}? (?:know|knows|knew) (?:\\w+ ){0,4}?what i(?:ve| have)? (?:done|did|think|am thinking|m thinking)|(?:strangers|people in the street|people on the bus|people i dont know|people at the shops) (?:\\w+ ){0,3}(?:know|knows|knew|say|said|whisper\\w*|call\\w*) my name',
  ),
  psychosis(
    'seen-in-the-room',
    '(?:keep|kept|keeps|been|started|i|can|could) (?:seeing|hearing|see|hear|saw|heard) (?:my |a |the |an )?(?:\\w+ ){0,2}?(?:in the corner|at the end of (?:the|my) bed|in the (?:room|nursery|doorway|hall|mirror|window|cot)|standing (?:over|by|in|there|at))',
    {
      also: w(
        '(?:telling me|talking to me|talks to me|says|said|died|dead|no one else|nobody else|isnt there|wasnt there|arent there|not there|not real|needs? (?:baptis\\w*|cleans\\w*|sav\\w*|protect\\w*))',
      ),
      unless: w(
        '(?:spiders?|mould|damp|cat|dog|mouse|mice|shadow of the|reflection|a dream|dreamt|toys?|washing|lol|haha)',
      ),
    },
  ),
  psychosis(
    'others-see-a-change',
    '(?:says|said|say|tells me|told me|keep saying|keeps saying|reckons?|think|thinks|noticed) (?:that )?(?:im|i am|i was|i m|i keep|i) (?:talking|speaking) (?:too |so |really )?(?:fast|quick\\w*) (?:and|or|,)|(?:im|i am|i was|i keep|i) (?:not making (?:any )?sense|making no sense|talking (?:complete )?nonsense|talking gibberish)',
    { unless: w('(?:sleep deprived lol|baby brain|mum brain|lol|haha|tired|words wrong)') },
  ),
  psychosis(
    'no-sleep-no-need',
    '(?:not|havent|hasnt|barely|hardly|didnt|no) (?:slept|sleep|needed sleep|need sleep|been to sleep|been asleep)(?: \\w+){0,3}? (?:for |in |since )?(?:(?:\\d+|two|three|four|five|several|a few) (?:days|nights)|days|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|last week)',
    {
      also: w(
        '(?:feel (?:\\w+ )?(?:brilliant|amazing|incredible|fantastic|invincible|high|electric|euphoric|unstoppable|like a god)|started (?:\\d+|two|three|several|a few|loads of) (?:businesses|projects|books)|writing a book|so many ideas|chosen one|chosen|genius|buzzing|wired|messages|signs|signals|warning me|cant risk|special mission|dont need (?:to )?sleep|not (?:even )?tired)',
      ),
      unless: w('(?:worr\\w*|anxious|anxiety|cluster feed\\w*|teething|colic\\w*|reflux|poorly|sick|ill)'),
    },
  ),
  psychosis(
    'no-sleep-no-need-2',
    '(?:not|havent|hasnt|barely|hardly|didnt|no) (?:slept|sleep|needed sleep|need sleep|been to sleep|been asleep)(?: \\w+){0,3}? (?:for |in )?(?:\\d+|two|three|four|five|several|a few) (?:days|nights)',
    {
      with: [
        w(
          '(?:dont (?:need|feel) (?:to )?(?:sleep|tired)|not (?:even )?tired|never felt better|buzzing|wired|invincible|euphoric|unstoppable|on top of the world|genius|figured (?:it|everything) out|so many ideas|brilliant ideas|racing (?:ideas|thoughts)|signs|messages|god|mission|special|energy)',
        ),
      ],
      unless: w('(?:worr\\w*|anxious|anxiety|cluster feed\\w*|newborn|teething|colic\\w*|reflux|poorly|sick|ill)'),
    },
  ),
  psychosis(
    'evil-possessed',
    '(?:the baby|my baby|baby|babys|he|she|hes|shes|him|her|it|its) (?:\\w+ ){0,3}?(?:is |s |seems |looks |might be |has |got )?(?:evil|possessed|the devil|a demon|demonic|satan|satanic|cursed|the antichrist|not human|inhuman|a changeling)',
    {
      unless: w(
        '(?:little devil|cheeky|lol|haha|jok\\w*|teething|at bedtime|witching hour|evil genius|evil laugh|evil grin|evil eye|wrong with|monkey|gremlin|from hell|nap|naps|sleep|on a sugar|no sleep|lmao)',
      ),
    },
  ),
  psychosis(
    'not-real',
    '(?:none of (?:this|it|them)|the world|everyone|everybody|people|my husband|my partner|the baby|this baby|my family|the nurses|they) (?:is|are|isnt|arent|s|re) (?:not )?(?:real|actors|fake|robots|imposters|impostors)(?![\\p{L}])',
    {
      unless: w(
        '(?:cant believe|can t believe|so happy|love|amazing|surreal|dream come|so lucky|feels? (?:so )?(?:un)?real|real (?:good|bad|nice|help|life|world)|realistic|fake (?:tan|news|nails|eyelashes|tears)|in real life|irl)',
      ),
    },
  ),
  psychosis(
    'not-mine-swapped',
    '(?:that|this|it|this one|that one|she|he|the baby|this baby|that baby)(?: is not| isnt| s not| aint| wasnt)(?: really| actually| even)? (?:my|our) (?:real )?(?:baby|son|daughter|child)(?!s)|(?:swapped|switched|replaced|stole|stolen|took|taken) (?:her|him|them|my baby|the baby|our baby|my son|my daughter)(?: \\w+){0,3}? (?:at|in|from|with|for) (?:the |a )?(?:hospital|birth|ward|delivery|night|another|different|fake|imposter|impostor|changeling|double|copy)',
    {
      unless: w(
        '(?:problem|fault|issue|bottle|formula|nappy|nappies|milk|brands?|cots?|rooms?|sides?|shifts?|bed|car seat|clothes|vest|sleepsuit|dummy|toy|teddy|blanket|was\\w* (?:my|our) baby(?:s)? (?:idea|choice)|adopt\\w*|foster\\w*|step\\w*|niece|nephew|friends|sisters|brothers)',
      ),
    },
  ),
  psychosis(
    'talking-to-me-through',
    '(?:keeps?|kept|is|was|are|were|started|starts)? ?(?:talking|speaking|talks|speaks|singing|sings|looking|looks|pointing) (?:directly|straight|right|only|just) (?:to|at) me(?: through| from| on| about| in)?',
    {
      also: w(
        '(?:tv|telly|television|radio|presenters?|newsreaders?|the news|on this morning|lady on|man on|woman on|the screen|songs?|adverts?|podcast|youtube|through the|celebrit\\w*|the clock)',
      ),
      unless: w(
        '(?:health visitor|midwife|doctor|gp|nurse|consultant|husband|partner|my mum|baby (?:was|is)|eyes|smil\\w*|lol|haha|made me cry)',
      ),
    },
  ),
  psychosis(
    'sinister-destiny',
    '(?:what|who) (?:hes|shes|he is|she is|it is|its|the baby is) (?:really )?(?:here for|going to become|gonna become|will become|really is|really are)|protect (?:everyone|the world|people|us|the family) from (?:him|her|it|the baby|my (?:son|daughter|baby))|(?:he|she|the baby|my (?:son|daughter|baby)) (?:was|is|has been) sent (?:here )?(?:to|by) (?:destroy|punish|test|watch|spy|the devil|satan|god|them)',
    {
      unless: w('(?:lol|haha|football|tall|clever|genius|doctor|so proud|grow up|future)'),
    },
  ),
  psychosis(
    'watched-through',
    '(?:someone|somebody|something|they|people|someones|somebodys|theyre|he|she)(?: is| are| s| has been| have been| keeps?| keep)? (?:watching|listening to|filming|recording|spying on|looking at|monitoring) (?:us|me|the baby|my baby)(?: \\w+){0,2}? (?:through|via|from inside|in|behind) (?:the |a |our |my )?(?:smoke alarms?|walls?|lights?|vents?|mirrors?|sockets?|plugs?|tv|telly|radiators?|phone|laptop|computer|screen|ceiling|cracks?|pictures?|clock|speakers?|alexa)',
    {
      unless: w('(?:baby monitor|nanny cam|ring doorbell|cctv|lol|haha|app)'),
    },
  ),
  psychosis(
    'voice-orders',
    '(?:a|the|this) voice (?:\\w+ ){0,3}?(?:telling|tells|told|says|said|saying|ordering|orders|commands?|commanding) me (?:to|that)',
    {
      unless: w(
        '(?:inner voice|voice in my head (?:says|said|telling me) (?:im|i am|that im)|critic\\w*|voice note|voice message|voicemail|sat ?nav|alexa|siri|google|the app)',
      ),
    },
  ),
];
