import { serviceInsults } from '../abuse-words.ts';
import { answeredNo, BRIEF_CHORE, MEANS_IT } from '../crisis-words.ts';

/**
 * Features of the crisis/abuse second opinion: lower-cased word unigrams and bigrams (with
 * sentence start/end markers) and character 4-grams inside words (so "suicdal" still shares
 * most of its features with "suicidal"). Shared by training and inference, so both read a post
 * the same way. Works on the normalised text (lower case, no apostrophes).
 */

/**
 * Word classes: a feature per class and per pair of classes met in one sentence, so that a
 * wording never seen in training still shares features with ones that were ("stockpiling my
 * tablets" and "saving my sertraline" are both plan + means + me).
 */
const LEXICON: Record<string, string> = {};
const CLASSES: Record<string, string> = {
  me: 'i im ive id ill me my myself mine',
  baby: 'baby babys babies newborn son daughter him her she he lo infant kid kids child children boys girls toddler',
  adult: 'he hes him his partner husband boyfriend ex dad father mil bf hubby fiance stepdad',
  death:
    'die dying died dead death suicide suicidal kill killing kms end ending gone goodbye exist existing alive living unalive disappear vanish sleep wake waking forever overdose od',
  means:
    'pills tablets meds medication paracetamol sertraline codamol stockpiling stockpile saving hoarding rope belt blade blades razor razors knife knives bridge cliff train trains tracks railway motorway road river canal water roof balcony drive car crash jump jumping',
  despair:
    'anymore cant hopeless pointless point burden useless worthless failure empty numb nothing nobody alone trapped done enough tired exhausted sorry forgive better off without hate broken',
  plan: 'plan planned planning ready date tonight decided decision letter note goodbye researched googled looking times going',
  selfharm:
    'cut cutting burnt burned burn burning scratch scratching bleed bleeding blood scars scar relapsed relapse harm harming hurt hurting punch punching bang banging',
  harm: 'quiet limp floppy breathing hurt harm drop dropping drown drowning smother smothering suffocate suffocating stab stabbing strangle shake shaking shook throw throwing threw squeeze kill push pushing pushed hit hitting smack smacked pinch pinched slap slapped bite snap snapped bruise bruises',
  neglect:
    'fed feed feeding changed nappy alone left leaving ignore ignored ignoring locked cot cry crying screaming hours since',
  intrusive:
    'thought thoughts image images picture pictures flash flashes intrusive ocd what if scared terrified horrified sick disgusting urge urges brain mind keep',
  violence:
    'knife smashed smash break broke door coming hit hits hitting punched punch kicked kick strangled choked chokes choking pushed shoved threatened threatens threatening threat raped rape forced grabbed slapped beat beats beaten bruises locked controls control follows followed following tracking tracks stalking found turned watching order injunction police court refuge scared afraid frightened safe unsafe',
  perception:
    'voices voice hear hearing whisper whispering messages message signs sign code chip cameras camera watching spying plotting poison poisoned swapped replaced real fake devil god demon evil chosen special mission powers tv radio numbers',
  negation: 'not never dont didnt wont wouldnt isnt',
  past: 'years ago used teenager was were when therapy recovered better',
  help: 'helpline samaritans call text number advice tips recommend anyone',
};
for (const [cls, ws] of Object.entries(CLASSES)) for (const w of ws.split(' ')) LEXICON[w] ??= cls;

const WORD = /[\p{L}\p{N}]+/gu;
const SENTENCE_END = /[.!?\n;]+/;

/**
 * Whether a window may be her own disclosure: not advice to someone else ("tell your health
 * visitor how you're feeling"), which the model, trained mostly on disclosures, otherwise reads
 * as crisis. (Asking also for a word of harm, death or danger, as before, cost more crisis posts
 * worded without one, "a pillow over his face", "walking into the sea", than clean posts it spared,
 * leave-one-file-out; the threshold does that work.) Nor reassurance, nor an escape that is
 * only a treat.
 */
const SECOND_PERSON = new Set(['you', 'your', 'youre', 'youll', 'youve', 'yourself']);
const FIRST = new Set(['i', 'im', 'ive', 'id', 'ill', 'me', 'my', 'myself', 'mine']);
/** Reassurance to someone else: "it does get easier, I promise, even if it doesn't feel like it tonight". */
const REASSURANCE =
  /(?<![\p{L}])(?:it (?:does |will )?gets? easier|it (?:does |will )?get better|i promise|hang in there|youre not alone|you are not alone|sending (?:you )?(?:hugs|love|a hug))(?![\p{L}])/u;
/** Escapes that are only a treat: "disappear into a good book", "lose myself in a box set". */
const TREAT =
  /(?:disappear|vanish|escape|lose myself|get lost) (?:into|in) (?:a|the|my) (?:good |long |hot |new )?(?:book|books|bath|film|films|movie|box ?set|series|novel|nap|garden|knitting|podcast)(?![\p{L}])/u;

/**
 * Laughing at a partner's habits: "Left his socks on the changing mat AGAIN. I could murder him 😂",
 * or at a chore: "if i have to sing wind the bobbin up again i will jump off a bridge lol". Only
 * with laughter, not at a baby or child, and not if she says she means it; "he said he could
 * kill me" is not hers and stays read.
 */
const LAUGHING_HYPERBOLE =
  /(?<![\p{L}])(?:i could|i will|ill|im going to|im gonna|i am going to|i might|i swear ill) (?:actually |literally |honestly |genuinely |happily |cheerfully |just )?(?:(?:murder|kill|strangle|throttle|swing for|wring (?:his|her|their) neck)(?: (?:him|her|them|my (?:husband|partner|hubby|boyfriend|bf|dh|oh|fiance|mil|mum|dad|sister|brother)))?|jump off a (?:bridge|cliff|roof)|walk into the sea)(?![\p{L}])/u;
const LAUGHTER =
  /(?:😂|🤣|😅|😆|🙄|🙈|(?<![\p{L}])(?:lol|lols|haha\w*|hehe\w*|lmao|lmfao|jk|joking|kidding)(?![\p{L}]))/u;
/** A baby left safe at home for a brief chore, the rules' own exception (left-alone-at-home). */
const LEFT_FOR_A_CHORE = new RegExp(
  `(?<![\\p{L}])(?:left|leave|leaving) (?:him|her|them|the baby|baby)(?: \\w+){0,6}? while i (?:\\w+ ){0,2}?${BRIEF_CHORE}(?![\\p{L}])`,
  'u',
);
const CHILD =
  /(?<![\p{L}])(?:baby|babys|babies|newborn|son|daughter|lo|little one|toddler|kids?|child|children|bairn|twins)(?![\p{L}])/u;

/** Thanks to the group, with nothing of death, harm or despair in it: "thanks everyone, needed tonight ❤️". */
const THANKS =
  /^[^\p{L}]*(?:just )?(?:(?:wanted|want) to say )?(?:thanks|thank you|thankyou|thank u|ty|thx|cheers)(?![\p{L}])/u;
/** Recovery said as a place left behind: "I'm not in the dark place I was", "out the other side". */
const RECOVERED =
  /(?<![\p{L}])(?:(?:not|no longer|nowhere near) (?:in )?(?:the|that) (?:dark|black) (?:place|hole)(?: i was(?: in)?)?|(?:came|come|coming|got|getting) out (?:of )?(?:the|that) (?:dark|black) (?:place|hole)|(?:came|come|coming|got) out the other side|in a (?:much |so much |far )?(?:better|good) place now)(?![\p{L}])/u;
/** Coming back to the group is not a return of anything: "I didn't think I'd come back on here". */
const BACK_HERE =
  /(?<![\p{L}])(?:come|came|coming|get|got|log|logged|pop|popped|be|being) back (?:on|to|in|into|onto) (?:here|this (?:group|forum|site|app|page|chat)|the (?:group|forum|site|app|page|chat))(?![\p{L}])/gu;

/**
 * A recovery story: a past with a time on it ("18 months ago", "that was 3 years ago") and a now
 * that is better ("I'm on the other side now", "it does get better", "I laugh again"). Read over
 * the whole post, since the sentence that tells the worst of it rarely carries either.
 */
const TIME_AGO =
  /(?<![\p{L}])(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a few|a couple of|couple of|few) (?:years?|yrs?|months?) ago|that was (?:\w+ ){0,3}?(?:years?|yrs?|months?) ago|last year)(?![\p{L}])/u;
const BETTER_NOW =
  /(?<![\p{L}])(?:it (?:does |really does |honestly does |will |can )?gets? (?:better|easier)|(?:im|i am|were|we are|made it) (?:out )?(?:on |to )?the other side|(?:came|come|got|getting) (?:out )?(?:on )?(?:to )?the other side|laugh(?:ed|ing)? (?:again|properly)|feel(?:ing)? like (?:me|myself|a person|human) again|(?:im|i am) back at work|in a (?:much |so much |far )?(?:better|good) place(?: now)?|doing (?:so much |much |a lot |loads )?better now|(?:i )?(?:recovered|got better))(?![\p{L}])/u;
/** The ways a recovery story speaks of now without speaking of a return: stripped before looking for one. */
const BETTER_NOW_ALL = new RegExp(BETTER_NOW.source, 'gu');
const STORY_NOW =
  /(?<![\p{L}])(?:(?:ne)?ver (?:feel|be|felt)(?: like)? (?:me|myself|normal|human|a person) again|feel(?:ing)? like (?:me|myself|normal|human|a person) again|laugh(?:ed|ing)? again|where (?:a lot of |lots of |many of |some of |most of )?you(?: all| lot)? are(?: right)?(?: now)?|that was (?:\w+ ){0,3}?ago)(?![\p{L}])/gu;
/** Told as the past: a past verb, and nothing of now ("I'm", "again", "tonight", "still"). */
const TOLD_PAST =
  /(?<![\p{L}])(?:was|were|had|didnt|thought|wanted|felt|ended up|tried|couldnt|used to|went)(?![\p{L}])/u;
const NOW =
  /(?<![\p{L}])(?:again|back|still|now|tonight|today|at the moment|atm|lately|recently|these days|this week|currently|anymore|any more|keep|keeps|im|i am|ive|i have|i feel|i dont|i cant|i want|i need|i just)(?![\p{L}])/u;
const toldAsPast = (text: string) => TOLD_PAST.test(text) && !NOW.test(text.replace(STORY_NOW, ' '));
/** Each sentence of a window is the past, or the better now, with nothing grave in the now. */
const storyWindow = (text: string) =>
  text
    .split(SENTENCE_END)
    .filter((s) => /[\p{L}]/u.test(s))
    .every(
      (s) => toldAsPast(s) || ((BETTER_NOW.test(s) || REASSURANCE.test(s)) && !grave(s.replace(BETTER_NOW_ALL, ' '))),
    );

/**
 * A step towards help or a group: "anyone done the Home-Start befriending? thinking about asking".
 * Short, with no subject, it reads to the model like "thinking about it".
 */
const HELP_STEP =
  /(?<![\p{L}])(?:thinking (?:about|of)|might|may|going to|gonna|planning (?:on|to)|want to|tempted to|considering) (?:ask(?:ing)?|enquir\w*|inquir\w*|join(?:ing)?|sign(?:ing)? up|apply(?:ing)?|book(?:ing)?|go(?:ing)? along|self ?-?refer\w*|refer(?:ring)? myself|giv(?:e|ing) it a (?:go|try|bash)|register\w*)(?![\p{L}])/u;

/** The proverb about new parents' sleep: "sleep when the baby sleeps? I'll sleep when I'm dead". */
const SLEEP_WHEN_DEAD = /(?<![\p{L}])sleep when (?:im|i am|youre|you are|were|we are) dead(?![\p{L}])/gu;
const DEATH_WISHED_NEAR = /(?<![\p{L}])(?:soon|hopefully|cant wait|cant come|not long|any day|roll on)(?![\p{L}])/u;

/**
 * Grief for a baby who died, remembered: "my little boy would have been 3 on the 14th, thinking
 * of all the angel mums tonight". The model reads loss as despair; wanting to join the baby is
 * the rules' to find (crisis-self.ts, join-the-baby-who-died), and words of death, self-harm or
 * harm of her own keep the window read.
 */
const REMEMBERED_LOSS =
  /(?<![\p{L}])(?:would (?:have|of|ve) been (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a year)|angel (?:mums?|mams?|mummies|babies|baby)|(?:her|his|their) (?:angel ?versary|anniversary|birthday in heaven))(?![\p{L}])/u;
const OWN_HARM = new Set(['death', 'selfharm', 'harm']);
const ownHarm = (text: string) => words(text).some((w) => OWN_HARM.has(LEXICON[w] ?? ''));

/** Dying of a need or a feeling: "I need a wee so badly I might actually die", "love him so much I could die". */
const DIE_OF_DEGREE =
  /(?<![\p{L}])(?:so (?:badly|much|bad|hard)|that much) (?:that )?i (?:might|could|will|am going to|m going to|ll) (?:actually |literally |honestly )?(?:die|combust|explode|pass out)(?![\p{L}])/gu;

/** Word classes that keep a window read whatever else it says. */
const GRAVE = new Set(['death', 'selfharm', 'harm', 'despair']);
const grave = (text: string) => words(text).some((w) => GRAVE.has(LEXICON[w] ?? ''));

export function mayDisclose(text: string, post: string = text): boolean {
  if (TREAT.test(text) || REASSURANCE.test(text)) return false;
  // A screening question reported and answered no (the rules' check, crisis-words.ts).
  if (answeredNo(text, (re) => re.test(text))) return false;
  if (LAUGHING_HYPERBOLE.test(text) && LAUGHTER.test(text) && !MEANS_IT.test(text) && !CHILD.test(text)) return false;
  if (
    (THANKS.test(text) || RECOVERED.test(text)) &&
    !grave(text) &&
    !/(?<![\p{L}])(?:again|back)(?![\p{L}])/u.test(text.replace(BACK_HERE, ' '))
  )
    return false;
  // The worst of a recovery story, told as past in a post that says it is over.
  if (TIME_AGO.test(post) && BETTER_NOW.test(post) && storyWindow(text)) return false;
  if (HELP_STEP.test(text) && !grave(text)) return false;
  if (REMEMBERED_LOSS.test(text) && !ownHarm(text)) return false;
  if (text.match(DIE_OF_DEGREE) && !ownHarm(text.replace(DIE_OF_DEGREE, ' '))) return false;
  // With it, "sleep" is only sleep; "never wake up" or "die" elsewhere keeps the window read, and
  // so does wishing it near ("which hopefully is soon").
  if (
    text.match(SLEEP_WHEN_DEAD) &&
    !DEATH_WISHED_NEAR.test(text) &&
    !grave(text.replace(SLEEP_WHEN_DEAD, ' ').replace(/(?<![\p{L}])sleep\w*/gu, ' '))
  )
    return false;
  // A baby left in a safe place at home for a chore ("in the bouncer while I hung the washing out"):
  // the rules' own exception to a baby left alone (crisis-baby.ts).
  if (LEFT_FOR_A_CHORE.test(text) && !grave(text)) return false;
  let you = false;
  for (const w of words(text)) {
    if (FIRST.has(w)) return true;
    if (SECOND_PERSON.has(w)) you = true;
  }
  return !you;
}

/**
 * Insults (the service's list and more), for the abuse gate. The second list came from
 * abuse the model never got to read in train-a/b/c (British and dialect insults, group
 * insults): widened, the gate lets the model find about 15% more abuse, leave-one-file-out.
 */
const INSULTS = new Set([
  ...serviceInsults.filter((w) => !w.includes(' ')),
  ...'mug muppet muppets pillock plonker numpty weapon worthless hag witch harpy harpies slag slags skank tramp dosser tyrant hypocrite hypocrites insufferable unhinged dim illiterate brat brats crank cranks doormat coward cowards loser losers snowflake snowflakes clown clowns narcissist martyr pitiful snivelling chavvy unwashed braindead dickhead prick pricks knob knobhead scum leech leeches parasite parasites embarrassing disgrace trash trashy gobby mouthy dense airhead bimbo slob'.split(
    ' ',
  ),
  ...'mare chav chavs spineless thick smug lazy pathetic useless stupid ugly fat vile disgusting entitled selfish patronising sanctimonious cretin cow cows bitch bitches fuck fucking fking fucked twat idiot idiots moron morons sheep rubbish nonsense whine whining whinge whinging shove shut scrounger scroungers lettuce lettuces dozy feral deluded delusional obsessed clueless brainless stupidity supposedly posh precious drip shite breed miserable lie'.split(
    ' ',
  ),
]);
const ADDRESSED = new Set([
  'you',
  'your',
  'youre',
  'yourself',
  'youve',
  'youd',
  'yours',
  'u',
  'ur',
  'yall',
  'lot',
  'all',
  'mums',
  'mum',
  'she',
  'her',
  'people',
  'woman',
  'women',
  'mother',
  'them',
  'thread',
  // groups: "the mods on here", "some of you", "typical … mums, they"
  ...'they their those ones some mods admins admin dads yous ya'.split(' '),
]);

/**
 * Idioms that hold an insult word without insulting: "hang on in there if you're in the thick of
 * it", "through thick and thin", "coming thick and fast". The word is not read inside them.
 */
const IDIOMS =
  /(?<![\p{L}])(?:(?:in|through|out of) the thick of (?:it|things|everything|the \w+)|thick and (?:thin|fast))(?![\p{L}])/gu;

/** Whether a window may be abuse: an insult, and someone it is aimed at. */
export function hasInsult(text: string): boolean {
  let insult = false;
  let aimed = false;
  for (const w of words(text.replace(IDIOMS, ' '))) {
    if (INSULTS.has(w)) insult = true;
    if (ADDRESSED.has(w)) aimed = true;
  }
  return insult && aimed;
}

/** Words of one piece of normalised text. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Every feature of a piece of normalised text, each once. */
export function features(text: string): string[] {
  const out = new Set<string>();
  for (const sentence of text.split(SENTENCE_END)) {
    const ws = words(sentence);
    if (ws.length === 0) continue;
    let prev = '<s>';
    for (const w of ws) {
      out.add(`w:${w}`);
      out.add(`b:${prev} ${w}`);
      prev = w;
      if (w.length >= 4) {
        const padded = ` ${w} `;
        for (let i = 0; i + 4 <= padded.length; i++) out.add(`c:${padded.slice(i, i + 4)}`);
      }
    }
    out.add(`b:${prev} </s>`);
    const present = new Set<string>();
    for (const w of ws) {
      const c = LEXICON[w];
      if (c) present.add(c);
    }
    const cs = [...present].sort();
    for (let i = 0; i < cs.length; i++) {
      out.add(`L:${cs[i]}`);
      for (let j = i + 1; j < cs.length; j++) out.add(`P:${cs[i]}+${cs[j]}`);
    }
  }
  return [...out];
}

/**
 * Windows the model scores, [from, to) in the normalised text: each sentence, each run of two
 * sentences, and the whole post. A disclosure in the middle of a long question about reflux
 * must not be drowned by the rest of the post; the post's highest window is its score.
 */
export function windows(text: string, maxSentences = 60): Array<{ from: number; to: number }> {
  const sentences: Array<{ from: number; to: number }> = [];
  const re = /[^.!?\n;]+[.!?\n;]*/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (/[\p{L}\p{N}]/u.test(m[0])) sentences.push({ from: m.index, to: m.index + m[0].length });
    if (sentences.length >= maxSentences) break;
  }
  const out = [...sentences];
  for (let i = 0; i + 1 < sentences.length; i++) {
    out.push({ from: (sentences[i] as { from: number }).from, to: (sentences[i + 1] as { to: number }).to });
  }
  if (sentences.length > 2) out.push({ from: 0, to: text.length });
  return out;
}
