import type { AbuseRule } from './abuse.ts';
import { phrase } from './normalise.ts';

/**
 * Contempt by its shape, for the abuse that names a group or speaks in sarcasm rather than
 * calling one person a listed insult: "hypocrites, the lot of you", "typical single mum",
 * "the dads on here are useless", "must be nice having so much time to post", "some of us
 * actually pay for the services you lot drain", "sit down, love". Taken from the patterns in
 * the abuse the rules missed in train-a/b/c, blind-7 and blind-9 (a target that is a group or
 * the reader, and a structure of derision), not from their wording alone. Each rule is still
 * subject to the position checks in abuse.ts.
 */

/** A group of members, or the moderators: the targets of group contempt. */
const GROUP =
  '(?:mums|mams|moms|mothers|dads|fathers|mods|moderators|admins|admin team|women|people|feeders|parents|members|ones|lot|brigade|clique|blokes|men)';
const HERE = '(?: on here| in here| here| on this (?:forum|group|site|board|thread)| in this (?:group|thread))?';
/** Words of contempt a group is called (plural insults and the adjectives said of them). */
export const CONTEMPT =
  '(?:useless|spineless|snowflakes|benefit scroungers|morons|mouth breathing morons|pathetic|thick|stupid|dim|dense|lazy|selfish|entitled|smug|sanctimonious|vile|disgusting|embarrassing|an embarrassment|a joke|a disgrace|a cult|brainless|braindead|clueless|deluded|hypocrites|idiots|morons|losers|clowns|muppets|sheep|snowflakes|cowards|scroungers|parasites|leeches|pricks|twats|bitches|cows|slags|wasters|cranks|drips|wet wipes|wet blankets|power mad|power tripping|power trippin|illiterate|feral|scum|trash|common as muck|stuck up|snobs|snobby|' +
  'exhausting|attention seeking|attention seekers|drama queens|joke|disgrace|patronising|condescending|bastards)';
/** Identities a group is stereotyped by: nationality, class, feeding choice, age, money. */
const IDENTITY =
  '(?:immigrant|foreign|polish|romanian|eastern european|lithuanian|asian|african|black|muslim|welsh|scottish|irish|english|gypsy|traveller|benefits?|council|estate|single|teen|young|older|c-?section|csection|bottle feeding|formula feeding|formula|breastfeeding|crunchy|gentle parenting|working|stay at home|sahm|rich|posh|chav|northern|southern|bpd|bipolar|adhd|autistic)';
/** An endearment said down to her: "sit down, love", "bless you, sweetheart". */
const PET = '(?:love|sweetheart|sweetie|darling|babe|hun|hon|princess|dear|petal|ladies)';

export const contemptRules: AbuseRule[] = [
  {
    // "hypocrites, the lot of you", "clowns the lot of u", "power mad the lot of them".
    id: 'abuse.the-lot-of-you',
    re: phrase(
      `(?<!(?:thanks|thank you|love|bless|hugs|legends|stars|angels|amazing|brilliant|wonderful|lovely|gorgeous|beautiful|superstars|x|xx|xxx|proud of|miss)[,.!]? )(?:the (?:whole )?(?:\\w+ )?lot of (?:you|u|yous|ya|them|em)|(?:you|u) (?:\\w+ )?lot)(?=\\s*(?:[.!?,]|fr|tbh|honestly|$)| (?:running|who run|in charge|on here|in here)(?![\\p{L}]))`,
    ),
    check: 'group-contempt',
  },
  {
    // "the dads on here r useless pricks", "the mods are a f*cking joke", "bottle feeders r lazy".
    id: 'abuse.group-are',
    re: phrase(
      `(?<!(?:my|our|me|i) )${GROUP}${HERE} (?:are|r|re|is) (?:all |just |so |such |a bunch of |a load of |a pack of |nothing but |really |actually |literally |honestly |genuinely |utterly |total |complete |absolute |fucking |f\\*+(?:c?king|ing) |bloody |proper |little )*${CONTEMPT}`,
    ),
    check: 'not-reported',
  },
  {
    // The whole group: "this group is full of snowflakes", "a playground for morons", "people like you".
    id: 'abuse.group-full-of',
    re: phrase(
      `(?:this|the) (?:group|forum|place|thread|site|board|chat) (?:is|has become|s|has turned into) (?:\\w+ ){0,2}?(?:full of|a playground for|overrun (?:with|by)|a haven for|just) (?:\\w+ ){0,2}?(?:${CONTEMPT}|snowflakes|morons|idiots|scroungers|losers|trolls)|(?:cant|can not|cannot) believe (?:they let |you let |the mods let )?(?:people|ppl|women|someone|mums) like (?:you|u)`,
    ),
    check: 'not-reported',
  },
  {
    // Stereotyping by identity: "typical single mum", "typical Polish mums", "it's always the immigrant mums".
    id: 'abuse.stereotype',
    re: phrase(
      `typical (?:\\w+ ){0,2}?${IDENTITY} (?:mum|mums|mam|mams|mom|moms|mother|mothers|dad|dads|women|lot|family|families)(?! (?:guilt|worries|worry|brain|life|problem|problems|thing|things|stuff|moment|move|struggles?)(?![\\p{L}]))|(?:always|its always|it is always) the ${IDENTITY} (?:\\w+ )?(?:mums|mams|moms|mothers|women|families|ones|lot)`,
    ),
    check: 'not-self',
  },
  {
    // Contempt for a choice mothers make, said of all who make it: "formula mums always have an
    // excuse", "mums who go back to work at 6 months are selfish". A fact or a worry about the
    // choice is not matched: only a verdict on the mothers.
    id: 'abuse.choice-contempt',
    re: phrase(
      `(?:${IDENTITY} (?:mums|mams|moms|mothers|feeders|parents|women|lot|brigade|ones) |(?:mums|mams|moms|mothers|women|parents) who (?:\\w+ ){1,8}?)(?:\\w+ ){0,3}?(?:(?:are|r) (?:(?:all|just|so|really|plain|honestly|simply|being|basically) )*(?:${CONTEMPT}|the worst)|(?:always|will) (?:have|find|make|say) (?:an excuse|anything)|(?:taking|take|took) the easy way out|(?:cant|couldnt) be bothered)`,
    ),
    check: 'not-i',
  },
  {
    // "Some of us actually care about our kids": the rest of the group set against her. ("Our"
    // is the group's, so only "I" or "me" makes it the author's own feeling.)
    id: 'abuse.some-of-us-care',
    re: phrase(
      '(?:some of us|the rest of us) (?:actually |do |still |really )?(?:care|cared|think|thought|put) (?:about |for |of )?(?:our|their) (?:kids|babies|children) first|(?:some of us|the rest of us) (?:actually |do |still |really )?(?:care|cared) (?:about|for) (?:our|their) (?:kids|babies|children)',
    ),
    check: 'not-i',
  },
  {
    // Sarcasm about her life or time: "must be nice having so much time to post", "sad little life u must have".
    id: 'abuse.sarcasm',
    re: phrase(
      `must be (?:nice|lovely|great|fun) (?:having|to have|being|to be) (?:\\w+ ){0,6}?(?:when|while) (?:you|u|youve|youre)|(?:sad|empty|pathetic|boring|miserable|tragic) (?:little )?(?:life|lives)(?: (?:you|u) (?:must|have|lead))?|must be lonely (?:up )?on that high horse|(?:(?:bravest|strongest|wisest|holiest|most perfect|perfect) (?:\\w+ )?of us all|(?:mum|mother|parent) of the year|give (?:you|u|her) a medal)(?=[^\\n]*(?:🙄|🙃|😒))|(?:oh look|gosh|oh great|here we go),? (?:another|yet another) (?:\\w+ ){0,3}?(?:post|thread) (?:from|by)|(?:some of us|the rest of us) (?:actually|have to|had to|went to|work|pay|manage|somehow)(?: \\w+){0,8} (?:you|u|your|ur|you lot|yous)(?![\\p{L}])|(?:some of us|the rest of us) (?:have|had|are dealing with|deal with|lost|are going through) (?:real|actual|proper|genuine) (?:grief|problems|issues|losses|loss|trauma|babies|struggles)|must be (?:so+ |really |sooo+ )?(?:hard|tough|awful|difficult|exhausting|terrible|stressful) (?:being|having|to be|to have)(?: \\w+){0,12}? (?:nothing to do|free|all day|🙄|🙃|😒)|(?:another|yet another) (?:\\w+ )?(?:essay|novel|sob story|rant|lecture|pity party|saga|epic|war and peace) from|(?:miss|mrs|lady|madam|little miss|saint) (?:main character|perfect|know it all|holier than thou|high and mighty|drama|victim|attention|martyr|perfect mum|perfect mother)(?![\\p{L}])`,
    ),
    check: 'not-self',
  },
  {
    // Put-downs with no insult word: "sit down, love", "dry your eyes", "grow a backbone", "two brain cells".
    id: 'abuse.put-down',
    re: phrase(
      `who (?:made|died and made) (?:you|u|ya) (?:the |an |a )?(?:expert|boss|queen|god|judge|authority|parenting police)|who (?:let|allowed) (?:you|u|ya|her|them|people like (?:you|u|her)) (?:breed|reproduce|have (?:kids|children|a baby|babies))|(?:listen to|hear|read) (?:you|u|ya) (?:whinge|whine|moan|bleat|go on|cry)(?:ing)?|(?:you|u) never shut up|get a brain|sit (?:down|this one out)(?:,? ${PET})?(?=\\s*(?:[.!?]|$))|dry (?:your|ur|yer) eyes|grow(?:ing)? (?:a |some )?(?:backbone|spine|pair|brain)|toughen up(?=\\s*(?:[.!?]|$))|get a real job|spare us (?:the|your)|(?:tiny|worlds smallest) violin|(?:who|what) rattled (?:your|ur|yer) cage|(?:two|one|2|1) brain cells?|(?:dragged|drug) up,? not (?:brought|raised) up|padded room|look in a mirror(?=\\s*[.!,])|kept (?:your|ur) legs shut|(?:spine|brains?) of a (?:jellyfish|goldfish|gnat)|(?:as )?thick as (?:two short planks|mince|pig shit)|(?:village|resident) idiot|(?:forums|groups|threads) biggest (?:\\w+ )?(?:doormat|idiot|joke|moaner|whinger)|(?:dunno|dont know|no idea|wonder|not sure) why (?:anyone|anybody|people|any of us|everyone|we) (?:even |still |ever )?(?:listens?|bothers?|pays? attention|reads?|replies?|takes? (?:you|u) seriously)(?: (?:to|with))? (?:you|u|ya|your|ur)(?![\\p{L}])|(?:youve|you have|uve|you|u) (?:obviously|clearly|evidently) never (?:lost|suffered|struggled|had (?:a )?(?:real |proper )?(?:problem|loss|struggle|worry)|known (?:real )?(?:grief|loss|pain|hardship)|been through (?:anything|a thing|real))|(?:you|u) (?:really|actually|honestly|seriously|genuinely) think (?:\\w+ ){0,5}?counts as|(?:stop|quit) clogging (?:up )?(?:the|this|our) (?:thread|group|feed|forum|page)|and (?:shove|stick) it(?: up (?:your|ur) \\w+)?(?= ?(?:[.!?,\\n]|$))|read it (?:again )?(?:slowly|slower) this time|(?:does|do) (?:this|it) (?:really )?need (?:explaining|spelling out) to (?:you|u)|how many times (?:do i|does (?:this|it)|have i|must i) (?:need|have|got) (?:to )?(?:be )?(?:explain\\w*|spell\\w* (?:it |this )?out|repeat\\w*|say\\w*)(?: (?:this|it|myself))?(?: to (?:you|u))?|your little (?:chemical pregnancy|miscarriage|loss|problems?|issues|dramas?|tantrums?|meltdowns?|rants?|essays?|sob stor(?:y|ies)|pity party|crusade|lectures?|speech|theory|feelings|trauma|grief|breakdown|episode|diagnosis)(?![\\p{L}])`,
    ),
    check: 'not-self',
  },
];
