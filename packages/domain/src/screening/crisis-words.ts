import type { CrisisKind } from './types.ts';

/**
 * Shared pieces of the crisis patterns. Patterns run on normalised text (see normalise.ts):
 * lower case, apostrophes gone ("dont", "im", "id", "theyd"), single spaces.
 */

/** Whether the whole post matches a (non-global) regex. */
export type PostTest = (re: RegExp) => boolean;

export interface CrisisRule {
  /** shown to moderators and in tests, e.g. "crisis.better-off-without-me" */
  id: string;
  kind: CrisisKind;
  re: RegExp;
  /** tested on the sentence around the match: an everyday use of the same words */
  unless?: RegExp;
  /** tested on the whole post: a pattern that is a crisis only beside this context */
  also?: RegExp;
  /** each tested on the sentence around the match: concepts that must meet in one sentence */
  with?: readonly RegExp[];
  /** tested on the clause before the match: framing that changes its meaning (fear, negation) */
  notAfter?: RegExp;
  /**
   * A past, resolved mention ("I was suicidal after my first, therapy helped") stays allowed.
   * Not for harm done to a baby: a safeguarding disclosure does not expire.
   */
  pastMayResolve?: boolean;
  /**
   * A last check that one regex cannot say well, e.g. who "him" is: given the sentence, and a
   * test of the whole post (remembered per post, so a long post is not rescanned per match).
   */
  when?: (sentence: string, post: PostTest) => boolean;
}

/** Tablets by kind or name: what an overdose is counted, saved or asked about in. */
export const PILLS =
  '(?:pills|tablets|meds|medication|sertraline|citalopram|fluoxetine|co ?-?codamol|codeine|paracetamol|ibuprofen|diazepam|sleeping pills|painkillers|tramadol|mirtazapine|quetiapine|propranolol|promethazine|zopiclone|amitriptyline|olanzapine|lithium|insulin)';

/** Marks a hand leaves on a baby: what an act of hers left (crisis-broad-baby.ts), or someone else's (crisis-baby.ts). */
export const HAND_MARKS = '(?:finger ?marks|finger ?tip bruises|grip marks|hand ?prints?|bruises?|bruising)';

/** "myself" and the ways it gets typed in a hurry. */
export const MYSELF = '(?:myself|my self|myslef|mysef|myslf|meself|mself)';

/** The baby or child as the object of a sentence. Pronouns are ambiguous; rules say when they may be used. */
export const BABY_NOUN =
  '(?:(?:the|my|our|their|your|a|this) (?:baby|babies|newborn|son|daughter|boy|girl|little one|lo|child|children|kids?|twins|toddler|bairns?|weans?)|baby|babies)';
export const BABY = `(?:${BABY_NOUN}|him|her|them)`;

/** Adults who may be a danger to her: partner, ex, family. */
export const ADULT =
  '(?:(?:my|the babys|the kids|his|her|our) (?:partner|husband|hubby|boyfriend|bf|dh|oh|fiance|fiancé|ex|ex partner|ex husband|wife|girlfriend|gf|dad|father|stepdad|step dad|mum|mam|mom|mother|brother|mil|fil|mother in law|father in law|in laws|family)|partner|husband|hubby|boyfriend|fiance|ex|ex partner|ex husband|stepdad|dh)';
/** One optional word between subject and verb, but not a negation: "he never hit me". */
export const GAP_WORD = '(?:(?!(?:never|not|didnt|doesnt|wouldnt|hasnt|wont|cant|wasnt|hadnt|isnt)(?![\\p{L}]))\\w+ )';
export const GAP = `${GAP_WORD}?`;
export const ADULT_OR_PRONOUN = `(?:he|she|they|${ADULT})`;

/** Fear and thought framing: what turns "hurt the baby" into an intrusive thought, not intent. */
export const FEAR =
  '(?:scared|afraid|terrified|frightened|petrified|worried|worry|worrying|worries|fear|fears|fearful|panic|panicking|paranoid|anxious|convinced|dread|dreading)';
export const THOUGHT =
  '(?:thoughts?|images?|pictures?|flash(?:es)?|visions?|scenes?|urges?|intrusives?|ideas?|daydreams?)';

/** Harm verbs: base and -ing forms. */
export const HARM = '(?:hurt|harm|drop|drown|smother|suffocate|stab|strangle|shake|throw|squeeze|kill|burn|cut|hit)';
export const HARMING =
  '(?:hurting|harming|dropping|drowning|smothering|suffocating|stabbing|strangling|shaking|throwing|squeezing|killing|burning|cutting|hitting|hurt|harm)';

/** "if you feel like this, call…": signposting for others, not a disclosure. */
export const SIGNPOSTING =
  // Not "if" as "whether": "does anyone know if you can…" is a question, not advice.
  /(?<![\p{L}])(?<!(?:know|knows|wonder|wondering|sure|idea|ask|asking|asked|check|checking|tell me) )if (?:you|youre|u|ur|anyone|anybody|someone|somebody|your|any of you)(?![\p{L}])/u;
export const FIRST_PERSON = /(?<![\p{L}])(?:i|im|ive|id|ill|me|my|myself|mine)(?![\p{L}])/u;

/** Time markers that make a mention part of a story told about the past. */
export const DISTANT_PAST =
  /(?<![\p{L}])(?:years? ago|years back|months ago|(?:years?|months) (?:today |now |this week )?since i (?:last )?|last year|as a (?:teen|teenager|kid|child|student)|when i was (?:younger|a teen|a teenager|a kid|at school|at uni|\d+(?!\d| ?(?:weeks|wks|weeks pregnant|months|w)(?![\p{L}])))|when i was at my (?:worst|lowest|most unwell|sickest|illest)|(?:posted|wrote|asked) (?:\w+ ){0,4}?(?:weeks?|months?) (?:back|ago) about|in my (?:teens|twenties|20s)|with my (?:first|eldest|older one)|after (?:my|i had my) (?:first|eldest)|first time (?:round|around)|back then|in the past|previously|before (?:i had|my) )/u;
export const PAST =
  /(?<![\p{L}])(?:had|was|were|used to|went through|felt|wanted|thought|tried|got to|ago|once)(?![\p{L}])/u;
/** Anywhere in the post: the story has an ending that is not now. */
export const RESOLVED =
  /(?<![\p{L}])(?:helped|saved (?:me|my life)|better now|recovered|recovery|got help|got through|get through|got better|gets better|get better|came out|other side|no longer|not anymore|doing (?:well|ok|okay|great|much better|better)|(?:much|so much|a lot|loads) better|better since|under control|improved|in a (?:good|better|much better) place|youre not alone|you are not alone|it passes|clean for|\d+ (?:years|months) clean|proud of myself|left him|got out|safe now|free of|(?:it|they|the \w+|urges|thoughts) (?:hasnt|havent|didnt|never) (?:come back|returned)|signed off|not inevitable|im fine now|im ok now|im okay now|(?:is|are|has been|have been|its) (?:really |actually |definitely |finally )?(?:working|helping)|(?:didnt|never|did not) (?:think|believe) (?:id|i would|i could|i will|ill) (?:ever )?(?:get|make it|be) (?:here|this far|through)|(?:im|i am) (?:\d+|a few|two|three|six|eighteen) (?:months|years) out|(?:theyve|they have|theyre|they|the thoughts|the urges|the images|thoughts|urges|it all) (?:\w+ ){0,2}?(?:gone|stopped|faded|eased|disappeared|passed|went away|gone away|settled)(?! (?:back|up|again|worse|quiet)(?![\p{L}])))(?![\p{L}])/u;
/** In the same sentence: it is happening now, or again. */
export const RECURRING =
  /(?<![\p{L}])(?:again|back|still|returned|returning|creeping|coming back|tonight|right now|at the moment|atm|lately|recently|these days|this week|today|currently|now i|now im|starting to|keep|keeps)(?![\p{L}])/u;

/** Words that put a baby or small child in the post, so "him" or "her" may be the baby. */
export const BABY_IN_POST =
  /(?<![\p{L}])(?:baby|babys|babies|bby|newborn|son|daughter|little one|lo|toddler|twins|infant|nappy|nappies|cot|crib|moses basket|pram|buggy|bottle|feed|feeds|feeding|fed|breastfe\w*|crying|cries|cried|screaming|scream|screamed|teething|weeks old|months old|wks old|month old|week old|\d+ ?(?:weeks|months|wks|mo) old)(?![\p{L}])/u;
/** An adult named in the text: "him" may then be him, not the baby. */
export const ADULT_IN =
  /(?<![\p{L}])(?:partner|husband|hubby|boyfriend|bf|dh|oh|ex|fiance|wife|girlfriend|brother|sister|dad|father|mum|mam|mom|mother|mil|fil|friend|dog|cat|puppy|kitten)(?![\p{L}])/u;

/**
 * A professional's screening question, reported and answered no: "HV asked me all the questions,
 * did I ever think about harming myself. Answered honestly (no)", "went red even though the answer
 * is no", or answered with a past that is over ("told her I used to, not now"). The question may
 * come a clause after who asked it ("HV did the questionnaire today, asked if…"). The words are the question's, not her answer. A "no" she
 * says was not true ("I said no but I lied") is a disclosure. The rules and the model's gate
 * both ask it.
 */
const ASKED =
  /(?<![\p{L}])(?:(?:did|do|doing|done|filled in|fill in|went through|go through) (?:the |that |a |my )?(?:questionnaire|questions|epds|mood questions|mental health questions)|hv|health visitor|midwife|mw|gp|doctor|dr|nurse|consultant|psychiatrist|psychologist|therapist|counsellor|obstetrician|the form|questionnaire|she|he|they)(?:,? \w+){0,3}?,? (?:asked|asks|ask|asking|always asks?|checked|checks)(?: me)?(?:,? \w+){0,6}?,? (?:if|whether|about|did i|do i|have i|had i|id|ive|any|ever)(?![\p{L}])/u;
const ANSWERED_NO =
  /(?<![\p{L}])(?:(?:said|say|answered|told (?:her|him|them)|replied|the answer (?:was|is|would be)(?: (?:still|always|honestly))?|ticked|put)(?: (?:honestly|truthfully|that|her|him|them))*[ (]+(?:no(?![\p{L}])|never(?![\p{L}])|(?:i )?(?:used to|did (?:once|before)|have (?:before|in the past)|had (?:them|some|it) (?:once|before|in the past))(?: \w+){0,3}?,? (?:but )?(?:not (?:now|anymore|any more|these days|lately|recently)|no(?:t)? longer|none (?:now|recently|lately))(?![\p{L}]))|no,? which (?:was|is) true|(?:honestly|truthfully) no(?![\p{L}]))/u;
export const NOT_TRUE =
  /(?<![\p{L}])(?:(?:the )?(?:honest|real|true) answer (?:is|was|would|will|wouldve)|lied|lying|lie|(?:wasnt|not|isnt|werent) (?:really |entirely |completely )?(?:true|honest|the truth)|didnt tell (?:her|him|them|anyone)|but (?:i )?(?:do|did|have|had|am|was)(?= ?(?:[.!?,\n]|$))|truth is|actually (?:i )?(?:do|did|have))(?![\p{L}])/u;

/** `question` reports a professional's screening question, and what `says` finds answers it no. */
export const answeredNo = (question: string, says: (re: RegExp) => boolean): boolean =>
  ASKED.test(question) && says(ANSWERED_NO) && !says(NOT_TRUE);

/** She says she means it: a joke or hyperbole is then read as meant. */
export const MEANS_IT =
  /(?<![\p{L}])(?:not (?:even )?joking|im serious|seriously|for real|honestly though|no joke)(?![\p{L}])/u;

/**
 * She rules out the innocent reading herself: "asking for no reason", "not for anyone else", "and
 * I don't mean a lie in", "I wasn't looking at the view". Beside a question or a place that is
 * usually harmless, it says the question is about her (train-r, train-s).
 */
export const DISCLAIMED_INNOCENCE =
  '(?:asking for no (?:particular )?reason|no reason just (?:wondering|asking)|not for (?:anyone|anybody|someone|a friend) else|not for a friend|(?:i )?(?:dont|do not|didnt|did not) mean (?:a |the |like a |like )?(?:\\w+ ){0,2}?(?:lie ?in|lay ?in|nap|holiday|break|rest|sleep|night off|weekend away)|(?:i )?(?:wasnt|was not|werent|were not|not) (?:there )?(?:looking at|there for|admiring|enjoying|for) the (?:view|views|sunset|sunrise|scenery))';

/**
 * A brief, ordinary errand a baby is left safe at home for: "left her in the cot while I put the
 * bins out", "for two minutes", "to pay at the pump". The rules' left-alone check and the word
 * model's gate both let these through, so they share one list.
 */
export const BRIEF_CHORE =
  '(?:bins?|put (?:the )?bins out|garden|washing(?: line)?|hang(?:ing)? (?:out )?(?:the )?washing|doorstep|answered the door|showered|shower|had a shower|wee|toilet|loo|made (?:a )?(?:tea|coffee|a brew|lunch|dinner)|petrol|fuel|pay at|a (?:minute|min|second|sec|moment)|(?:one|two|\\d) (?:minutes?|mins?|seconds?|secs?))';
