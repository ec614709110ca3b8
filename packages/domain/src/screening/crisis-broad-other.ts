import type { CrisisRule, PostTest } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * The third layer for danger from another person: concepts, not phrases
 * (see crisis-broad-self.ts for why).
 *
 * Danger from another person: a violent or controlling act aimed at her (something thrown at
 * her, her phone or money taken, being let or not let do things, walking on eggshells) with an
 * adult doing it in the same sentence. "He" may be the baby or a toddler ("he kicks me all
 * night", "he threw his cup at me"), so a bare pronoun counts only without baby context.
 * Psychosis is in crisis-broad-psychosis.ts.
 */

const w = (source: string) => bounded(new RegExp(source.replaceAll(' ', '\\s'), 'u'));
const other = (id: string, anchor: string, extra: Partial<CrisisRule>): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'danger_from_other',
  re: phrase(anchor),
  ...extra,
});

/** An adult named as such. */
const ADULT_NAMED = w(
  '(?:partner|husband|hubby|boyfriend|bf|dh|oh|ex|fiance|fiancé|stepdad|step dad|mil|fil|in ?laws|(?:mother|father|brother|sister) in law|his (?:mum|mam|mom|dad|family|brother|sister)|my (?:dad|brother|mum|mam|mom|family))',
);
/** An adult as a pronoun, which may be the baby: "he kicks me". */
const ADULT_PRONOUN = w('(?:he|hes|she|shes|they|theyre|him)');
const BABY_SUBJECT = w(
  '(?:toddlers?|tantrums?|years? old|yr old|yo|months? old|weeks? old|nappy|nappies|teeth|teething|latch\\w*|nipples?|boobs?|ribs|bladder|cervix|inside me|in utero|womb|bump|kicks (?:all|every|constantly)|little one|lo|playing|cots?|newborns?|high ?chair|baby|babies|feeding|feeds?|all night|kicking|footballer|wriggl\\w*|\\d+ ?(?:weeks|wks)(?! ago)|pregnant|the baby|my baby|my son|my daughter|dog|puppy|cat|kitten)',
);
/** "his/her adult" named, or a pronoun when the sentence has no baby in it. */
const byAdult = (sentence: string) =>
  ADULT_NAMED.test(sentence) || (ADULT_PRONOUN.test(sentence) && !BABY_SUBJECT.test(sentence));

/**
 * A sentence with no subject carries on from the one before: "now my partner does it to me.
 * slapped me in front of our rainbow baby last night". Then an adult named in the post is who
 * did it, unless the sentence is about a baby's doings ("kicked me in the ribs all night").
 */
const SUBJECTLESS_ACT =
  /^\W*(?:(?:and|then|just|literally|actually) )?(?:hit|punched|kicked|slapped|pushed|shoved|strangled|choked|headbutted|dragged|pinned|grabbed|shook|elbowed|smacked|attacked|threw|chucked|spat)(?![\p{L}])/u;
const IN_FRONT_OF =
  /in front of (?:the|our|my|his|her) (?:\w+ )?(?:baby|babies|kids|children|son|daughter|little one|lo)/gu;
const byAdultBefore = (sentence: string, post: PostTest) =>
  byAdult(sentence) ||
  (SUBJECTLESS_ACT.test(sentence) && post(ADULT_NAMED) && !BABY_SUBJECT.test(sentence.replace(IN_FRONT_OF, ' ')));

/** A kind partner in the same words: "won't let me do the night feeds, he's amazing". */
const KIND = w(
  '(?:amazing|bless|lovely|sweet|kind|helpful|so good|the best|supportive|spoils|thoughtful|night feeds?|do (?:any|the) (?:night|feeds?|washing|housework|cooking|lifting|hoovering)|lift anything|carry anything|after my (?:c-?section|section|stitches)|rest|lie in|sleep in|pay for|treat|surprise|for my birthday|lol|haha)',
);

/** Play and jokes: "threw a blanket at me as a joke". */
const PLAY = w(
  '(?:jok\\w*|joking|play\\w*|pillow fight|lol|haha|blanket|pillow|cushion|ball|teddy|toy|toys|tickl\\w*|snowball|water fight|sock|socks|towel|keys to me|catch)',
);

/** Her ex, or his people: "my ex's brother", "his mates", "his family". */
const HIS_PEOPLE = w(
  '(?:ex|exs|ex partners?|ex husbands?|ex boyfriends?|his (?:brother|brothers|mate|mates|friend|friends|family|mum|mam|dad|sister|cousin|new (?:girlfriend|partner)))',
);
/** Frightened for her safety, not of a spider. */
const AFRAID_FOR_SAFETY = w(
  '(?:frightened|scared|afraid|terrified|petrified|too scared|feart) (?:to (?:go out|leave|go outside|open the door|take (?:the baby|him|her|them) out|be (?:at home|alone|on my own)|go (?:to|back to) (?:baby group|group|the group))|of (?:him|them|going out|leaving the house)|for (?:my|our|the babys) (?:life|lives|safety))|(?:dont|do not|no longer|never) feel safe|(?:im|i am|were|we are) not safe|(?:im|i am) (?:so |really |absolutely )?(?:frightened|scared|terrified|petrified)(?= ?(?:[.!?,\\n]|$))|shaking|panic attacks?',
);

export const broadOtherRules: CrisisRule[] = [
  // Watched or followed by her ex or his people, and frightened: "same car outside my house every
  // week after baby group… pretty sure it's my ex's brother. I'm frightened to go out". The
  // watching sits in one sentence, who and the fear often in the next, so they are asked of the post.
  other(
    'watched-by-his-people',
    '(?:same|that|a|his|the|their) (?:car|van|man|guy|bloke|person|motorbike|bike) (?:\\w+ ){0,3}?(?:outside|parked (?:outside|across|opposite|up|near)|sat outside|sitting outside|waiting outside|across the road from|opposite) (?:my|our|the) (?:house|flat|home|door|work|nursery|school|baby group|group|mums|mams)|(?:following|followed|follows|watching|watched|watches|filming|photographing) (?:me|us|the house|my house|our house|the flat|my flat|the baby and me)|(?:knows|found out|know) where (?:i|we) (?:live|are|go)|(?:turns|turned|turning|keeps turning|keep turning) up (?:at|outside) (?:my|our|the) (?:house|flat|door|work|nursery|school|baby group|group|mums|mams)|(?:stalking|stalked|stalks) (?:me|us)',
    {
      when: (_sentence, post) => post(HIS_PEOPLE) && post(AFRAID_FOR_SAFETY),
      unless: w(
        '(?:on (?:insta|instagram|tiktok|twitter|facebook|fb|x|threads|here)|toddler\\w*|dog|cat|puppy|kitten|around (?:the house|everywhere)|everywhere i go|like a (?:shadow|duckling|puppy)|to the (?:loo|toilet|bathroom)|lol|haha|the (?:baby|lo) (?:is|keeps)|with (?:his|her) eyes)',
      ),
    },
  ),
  other(
    'act-against-me',
    '(?:threw|throws|throwing|thrown|chucked|chucks|hurled|hurls|flung|flings|smashed|smashes) (?:\\w+ ){0,3}(?:at|towards) (?:me|my (?:head|face|body)|us)|(?:hit|hits|hitting|punched|punches|kicked|kicks|slapped|slaps|pushed|pushes|shoved|shoves|strangled|strangles|choked|chokes|bit|bites|spat (?:at|on)|headbutted|dragged|drags|pinned|pins|grabbed|grabs|shook|shakes|elbowed|smacked|smacks|attacked|hurt|hurts|squeezed|twisted) (?:me|my (?:face|head|arm|arms|neck|throat|wrists?|hair|body|stomach|bump|jaw|chest))(?![\\p{L}])',
    { when: byAdultBefore, unless: PLAY },
  ),
  other(
    'control-of-my-things',
    '(?:(?:got|has|have|holding|keeping|kept) (?:my|the babys) (?:passport|birth certificate|bank ?cards?|documents|keys)|took|takes|taken|taking|hides|hid|hidden|hiding|keeps|kept|smashed|smashes|broke|broken|breaks|confiscated|confiscates|locks|locked|withholds|withheld|controls|cut up|cuts up|snatched|snatches) (?:away )?(?:all )?(?:of )?my (?:phone|money|bank ?cards?|cards?|keys|car keys|passport|wages|benefits|child benefit|purse|wallet|sim|laptop|medication|meds|pills)|(?:checks|check|checking|reads|read|goes through|went through|tracks|tracking|monitors|monitoring) (?:all )?my (?:phone|messages|texts|emails|location|bank|spending|receipts|whatsapp)',
    { when: byAdult, unless: KIND },
  ),
  other(
    'let-me',
    '(?:lets|let|allows|allowed|permits) me (?:stay|live|eat|go (?:out|anywhere|to)|have (?:money|my|a|any)|see|leave|out|keep|use|talk|speak|sleep|work|drive)|(?:wont|doesnt|never|will not|does not) (?:let|allow) me (?:go|see|leave|have|use|talk|speak|out|work|keep|contact|call|ring|text|eat|drive)|(?:lucky|grateful) (?:that )?(?:he|she|they) (?:lets|let|allows|puts up with|keeps) me',
    {
      when: byAdult,
      // Rules of a place, not a person: "the ward won't let me stay overnight".
      notAfter:
        /(?:ward|hospital|nicu|scbu|unit|nurses?|midwi\w*|staff|policy|rules|school|nursery|work|boss|manager|gp|doctor|consultant|council|landlord|housing)(?: \w+){0,2} ?$/u,
      unless: w(
        '(?:amazing|bless|lovely|sweet|kind|helpful|so good|the best|supportive|night feeds?|lift|carry|hoover\\w*|after my (?:c-?section|section|stitches)|rest|lie in|sleep in|toddler\\w*|tantrum\\w*|feed\\w*|latch\\w*|cot|nap\\w*|put (?:him|her) down|hold (?:him|her)|settle|lol|haha|(?:had|took|takes|has) (?:the|our) (?:baby|babies|kids|twins|boys|girls)(?: \\w+){0,2} (?:and|so) (?:he |she )?(?:let|lets) me sleep)',
      ),
    },
  ),
  // Hurt with care not to show it: "keeps pushing me, small things, never leaves a mark".
  other(
    'never-leaves-a-mark',
    '(?:never|doesnt|does not|careful (?:not )?to|makes sure (?:it|he|she|they) (?:doesnt|dont)|knows not to|knows how not to) (?:leaves?|leave|leaving) (?:a |any )?(?:mark|marks|bruise|bruises)',
    {
      unless: w(
        '(?:concealer|make ?up|sling|strap|straps|nappy|nappies|sock|socks|tape|plaster|pen|crayon|stain|wall|paint|pan|carpet|sofa)',
      ),
    },
  ),
  other(
    'fear-at-home',
    'walking on eggshells|(?:nobody|no one|noone) (?:would|will|is going to) believe (?:me|you|a word|a woman|a mum|a mother|someone|anyone|her)|(?:scared|afraid|terrified|frightened|petrified) (?:to (?:tell|leave|go home|say no|upset|wake|disagree|answer back|ask)|of (?:what (?:he|she|they)|how (?:he|she) (?:will|ll|would) react|him|when he))|(?:when|if) (?:he|she)s? (?:drinks|drinking|been drinking|drunk|angry|in a mood|kicks off)(?: \\w+){0,6}? (?:scared|afraid|terrified|hide|hiding|frightened|lock|leave|hurt|hit|shout|scream|smash)',
    {
      when: byAdult,
      unless: w(
        '(?:spider|spiders|wasps?|dentist|smear|labour|birth|c-?section|driving test|nursery|childminder|creche|back to work|lol|haha|wakes? (?:the|her|him)|wake (?:the )?baby|the baby (?:wakes|up))',
      ),
    },
  ),
  other(
    'threatens',
    '(?:threat\\w*|says|said|told me|tells me|keeps saying) (?:\\w+ ){0,4}(?:take|taking|get|getting) (?:the baby|the kids|my baby|my kids|the children|them|her|him) (?:off|away|from) me|(?:threat\\w*) (?:to |that )(?:\\w+ ){0,3}(?:leave|throw me out|kick me out|ruin|report|tell|kill|hurt|take)',
    { when: byAdult },
  ),

  // Violence in the home around her and the baby, drunk or raging.
  other(
    'violence-around-us',
    '(?:throwing|throws|threw|smashing|smashed|smashes|breaking|broke|punching|punched|kicking|kicked) (?:stuff|things|plates|glasses|furniture|the (?:walls?|doors?|tv|chairs?|table)) (?:round|around|across|at|into|through)|(?:wont|will not|refuses to|refused to) give (?:her|him|them|the baby|my baby|the kids) back|(?:steaming|blind|paralytic|off his face|off his head|wasted|smashed|raging) drunk|(?:drunk|high|off his face|off his head|raging|kicking off)(?: \\w+){0,8}? (?:got|has|took|taken|holding|grabbed) (?:the baby|my baby|the kids|her|him)',
    { when: byAdult, unless: KIND },
  ),
  // Taking the baby from her, or out of the country.
  other(
    'take-the-baby',
    '(?:plan\\w*|going|gonna|trying|tried|want|wants|threat\\w*|says (?:hell|he will|hes going to)|said (?:hed|he would|hes going to)) (?:\\w+ ){0,2}?(?:to )?(?:take|get|snatch|keep) (?:the baby|my baby|the kids|my kids|the children|her|him|them) (?:off|away from|from|away) me|(?:take|taking|took) (?:the baby|my baby|the kids|her|him|them) (?:back )?(?:to (?:poland|romania|pakistan|nigeria|india|another country|abroad|his country|his family)|out of the country)|(?:ill|i will|i would|id) never (?:find|see) (?:them|him|her|the baby|my baby) (?:again)?|(?:tell|say to|convince) (?:the court|social services|the police|everyone|the judge) (?:that )?(?:im|i am) (?:crazy|mad|unfit|mental|insane|a bad mother)',
    { when: byAdult },
  ),

  // An injury and the story told about it, or the sorry afterwards.
  other(
    'injury-covered',
    '(?:black eye|bruises?|bruised|split lip|broken (?:nose|rib|ribs|wrist|arm|finger)|fingermarks|marks on my (?:neck|arms?|face|throat)|cracked rib)',
    {
      also: w(
        '(?:told (?:\\w+ ){0,3}(?:it was|i (?:fell|walked into|tripped|bumped|slipped))|(?:say|said|saying|tell|told) (?:\\w+ ){0,2}i (?:fell|walked into|tripped|bumped|slipped)|(?:hes|he has|he is|she has|shes) been (?:\\w+ )?(?:nice|sweet|lovely|sorry|apologetic|kind) since|bought me flowers|promised (?:it|he|she) (?:would|will|wont|d|ll) never|said (?:he|she) (?:was|is|s) sorry|(?:wont|will never) happen again|cover (?:it|them) (?:up|with)|hide (?:it|them|the (?:bruise|bruises|marks))|(?:he|she|partner|husband|boyfriend|ex) (?:did|gave me|caused))',
      ),
      unless: w(
        '(?:toddler|baby|son|daughter|football|netball|gym|fell (?:down|over|off) (?:the )?(?:stairs|kerb)|lol|haha|birth|labour|c-?section|injection|blood test|cannula)',
      ),
    },
  ),
  // What he says he will (or could) do: "he'll report me for kidnapping", "burn the house down with
  // me in it", "he said he could kill me".
  other(
    'says-he-will',
    '(?:hell|he will|hes going to|hes gonna|he would|hed|he could|shell|she will|she would|she could|shed|theyll|they will|they would|they could|theyd|to) (?:\\w+ ){0,2}?(?:report me|get (?:full )?custody|have (?:the baby|the kids|them|her|him) taken|tell (?:social services|the police|everyone|my work)|ruin (?:me|my life)|make sure i never|kill (?:me|us|himself|the kids|the baby)|hurt (?:me|us|the kids|the baby)|burn (?:the|my|our) (?:house|flat|car)|stab|shoot|come for (?:me|us)|find (?:me|us)|destroy (?:me|us))',
    {
      when: byAdult,
      also: w('(?:says|said|saying|threat\\w*|tells me|told me|keeps saying|messages?|texts?|if i|warned)'),
      unless: w('(?:lol|haha|joke|jok\\w*|kill me (?:when|if) (?:he|she) (?:sees|finds out)|bill|mess|spent|dinner)'),
    },
  ),
  other(
    'orders-ignored',
    '(?:not (?:supposed|allowed|meant) to (?:contact|come near|see|message|text|call) (?:me|us)|breach\\w* (?:his|her|the|my) (?:order|bail|injunction|conditions)|non ?-?molestation|restraining order|injunction|from different numbers)',
    {
      also: w(
        '(?:keeps|still|again|doing it|different numbers|turned up|messages?|texts?|calls?|threat\\w*|scared|afraid)',
      ),
    },
  ),
  other(
    'watches-me',
    '(?:reads|checks|goes through|sees|monitors|tracks|watches|reading|checking|monitoring|tracking) (?:everything|all my \\w+|what i (?:post|write|send|say|type|do)|where i (?:go|am))|(?:if i|when i) (?:stop|go quiet|disappear from|stop posting)(?: \\w+){0,4}? (?:please )?(?:dont worry|worry|call|check on)',
    { when: byAdult, unless: KIND },
  ),
  other(
    'sexual-violence',
    '(?:forced|forces|forcing) (?:himself|herself) on me|(?:raped|rape|rapes|raping)(?! (?:alarm|scene|crisis|case|storyline|seed))|(?:made|makes|make|forced|forces|pressur\\w*) me (?:have sex|sleep with|do (?:stuff|things) i)|(?:sex|it) (?:when|after|even though|although) i (?:said|say) no|i said no(?: \\w+){0,6}? (?:he|anyway|still|but)|(?:wouldnt|didnt|doesnt|wont) stop when i (?:said|say|told)',
    { unless: w('(?:helplines?|charit\\w*|documentar\\w*|news|book|film|show|series|podcast|awareness|rape crisis)') },
  ),
];
