import type { AbuseRule } from './abuse.ts';
import { tolerant } from './abuse-words.ts';
import { phrase } from './normalise.ts';

/**
 * Abuse aimed at a person without a listed insult: contempt, blame and telling her to leave.
 * The rules in abuse.ts need a bad word beside "you"; posts written after them attacked just as
 * hard in plain words ("your husband should leave you", "you're the reason your kids are
 * struggling", "nobody gives a shit about your birth story"). What makes these abuse is the
 * shape, not the words: the reader ("you", "your") + a judgement of her worth, her family's
 * love or her place in the group. Each rule is still subject to the position checks in
 * abuse.ts (not negated, not reported, not about the author herself).
 */

const SWEAR = `(?:${['shit', 'fuck', 'toss', 'damn', 'crap', 'rat', 'flying fuck', 'monkeys', 'hoot', 'stuff'].map(tolerant).join('|')})`;
const FAMILY =
  '(?:baby|babies|kids?|child|children|son|daughter|lo|little one|husband|partner|hubby|bf|boyfriend|dh|oh|man|fella|family|mum|mam|mom|friends|ex)';
const YOU = '(?:you|u|ya|yer)';
const YOUR = '(?:your|ur|yer|yor)';

export const aimedRules: AbuseRule[] = [
  {
    // "nobody gives a shit about your birth story", "no one cares about you or your baby".
    id: 'abuse.nobody-cares-about-you',
    re: phrase(
      `(?:nobody|no one|noone|no-one|none of us|who) (?:here |on here |really |actually )?(?:gives|give|cares|care|is interested|wants to (?:hear|read|know)) (?:a (?:\\w+ )?${SWEAR} |${SWEAR} )?(?:about |for |in )?(?:${YOUR}|${YOU}(?! (?:have|are|feel|to)(?![\\p{L}])))`,
    ),
    check: 'second-person',
  },
  {
    // "your husband should leave you", "your kids will hate you", "your baby would be better off without you".
    id: 'abuse.family-against-you',
    re: phrase(
      `${YOUR} ${FAMILY}s? (?:should|would|will|must|needs? to|ought to|deserves? to|is going to|are going to|gonna|probably|must) (?:\\w+ ){0,2}?(?:leave|leaves|dump|divorce|hate|hates|resent|resents|despise|run (?:away )?from|get away from|be taken (?:off|away from|from)|be removed from|be better off (?:without|away from)|be ashamed of|be embarrassed by|take (?:the kids|the baby|them) (?:off|away from|from)) ?(?:${YOU}|without ${YOU}|from ${YOU}|off ${YOU})`,
    ),
    check: 'second-person',
  },
  {
    // The group turned against her: "everyone in the group is sick of you", "everybody for here
    // dey laugh you". Feeling this about oneself ("everyone is sick of me") is not matched.
    id: 'abuse.everyone-against-you',
    re: phrase(
      `(?:everyone|everybody|we all|all of us|the whole group|people)(?: \\w+){0,5}? (?:is|are|s|re|r|dey) (?:(?:so|all|getting|just|really|proper) )*(?:sick|tired|fed up|bored) (?:of|with) (?:${YOU}|${YOUR})(?![\\p{L}])|(?:everyone|everybody|we|people)(?: \\w+){0,3}? (?:is |are |dey )?laugh(?:s|ing)? (?:at )?${YOU}(?![\\p{L}])|${YOUR} head no correct`,
    ),
    check: 'second-person',
  },
  {
    // Blame for her family's suffering: "you're the reason your kids are struggling".
    id: 'abuse.you-are-the-reason',
    re: phrase(
      `${YOU}(?:re| are| r)? (?:the|the real|the whole|the only) (?:reason|problem|cause|issue)(?: (?:why|that))? (?:${YOUR} |he |she |they |hes |shes |theyre )(?:\\w+ ){0,4}?(?:struggl\\w*|unhappy|miserable|left|leaves|hates?|cheated|messed up|screwed up|damaged|failing|suffering|crying|depressed|sad|broken|in care|ruined|a mess|so bad|badly behaved|feral|has problems|have problems|is like this|are like this|behaves|cries)|${YOU}(?:re| are| r) (?:the|the real|the whole) problem(?: here)?(?![\\p{L}])|the (?:real |only )?problem (?:here )?(?:is|might be|could be) ${YOU}(?![\\p{L}])(?! (?:have|had|can|could|might|may|are|were|need|dont|didnt|cant|wont|feel|think|know)(?![\\p{L}]))`,
    ),
    check: 'second-person',
  },
  {
    // "sounds like you're a bad mum tbh", "honestly you're a failure as a mother".
    id: 'abuse.you-are-a-failure',
    re: phrase(
      `(?:${YOU}(?:re| are| r)?|ur(?= an? )|your(?= an? )) (?:(?:clearly|obviously|honestly|just|really|such|so|a|an|the|actually|literally|definitely|probably) )*(?:bad|terrible|awful|useless|crap|shit|rubbish|unfit|failure|disgrace|embarrassment|joke|pathetic|selfish|lazy|negligent|neglectful|horrible|worst) (?:mum|mam|mom|mother|parent|wife|person|human|as a (?:mum|mother|parent))`,
    ),
    check: 'second-person',
  },
  {
    // A verdict on who may be a mother: "some people really shouldnt be mums".
    id: 'abuse.shouldnt-be-a-mum',
    re: phrase(
      `(?:some people|some women|people like (?:you|that|her|op)|women like (?:you|that|her)|she|${YOU}|op)(?: really| just| honestly| clearly| obviously| genuinely)? (?:shouldnt|should not|should never|dont deserve to|do not deserve to|arent fit to|are not fit to|isnt fit to|not fit to) (?:be allowed to (?:breed|reproduce)|be (?:allowed (?:to (?:be|have) )?)?(?:mums|mothers|parents|moms|a mum|a mother|a parent|kids|children|a baby|near (?:kids|children|babies))|have (?:kids|children|babies|a baby)|breed|reproduce)`,
    ),
    check: 'second-person',
  },
  {
    // Telling her she is not wanted in the group.
    id: 'abuse.not-wanted-here',
    re: phrase(
      `(?:nobody|no one|noone) (?:here |on here )?(?:wants|needs|likes|asked for) ${YOU} (?:here|on here|in (?:this|the) group|around|posting)|${YOU} (?:dont|do not) belong (?:here|in this group|on here)|${YOU}(?:re| are| r) not welcome (?:here|in this group|on here)|leave (?:the|this|our) (?:group|forum|site|page|chat)(?: then| already| now)?(?![\\p{L}])|(?:get lost|do one|clear off|bog off|sling your hook|take a hike|go back to (?:mumsnet|facebook|wherever you came from|your cave))|just (?:leave|go)(?: already| then| now| away)?(?=\\s*(?:[.!?,]|$))`,
    ),
    check: 'imperative',
  },
  {
    // Contempt with no insult in the list: "imagine being this much of a mug", "absolute state of you".
    id: 'abuse.imagine-being',
    re: phrase(
      `imagine (?:being|having|actually being|raising|parenting) (?:this|that|so|such) (?:much of )?(?:an? )?(?:\\w+ )?(?:mug|muppet|idiot|moron|clown|joke|loser|mess|state|failure|useless|pathetic|thick|dumb|stupid|entitled|lazy|selfish|dense|dramatic|precious|weak|soft|needy)|(?:the |an )?(?:absolute |utter |total )?state (?:of (?:you|u|ya|her|op|this one|that one)|on (?:you|u|her))`,
    ),
    check: 'not-self',
  },
  {
    // "always lying for sympathy": calling her pain a lie.
    id: 'abuse.lying-for-sympathy',
    re: phrase(
      '(?:lying|lies|lie|making (?:it|this|things|stuff) up|made (?:it|this|that|all this) up|fishing|begging|desperate) (?:\\w+ )?for (?:sympathy|attention|likes|pity|validation)',
    ),
    check: 'not-self',
  },
  {
    // Pity for her child as an attack on her: "god help that child", "actually parented your kid".
    id: 'abuse.pity-your-child',
    re: phrase(
      `(?:god help|heaven help|pity|poor|feel sorry for|sorry for) (?:that|your|ur|those|the|this womans|her) (?:child|kid|kids|baby|children|son|daughter|lo)(?! (?:has|had|is|was|got|with (?:a|the) (?:cold|virus|bug|temperature|jabs?)))|(?:actually|properly|for once) (?:parent\\w*|look\\w* after|rais\\w*|pay\\w* attention to|spend\\w* time with|bother\\w* with) ${YOUR} (?:kid|kids|baby|child|children|son|daughter|lo)`,
    ),
    check: 'not-self',
  },
  {
    // Laughing at her pain: "lol imagine crying over a nappy", "haha cope", "crying again lmao".
    id: 'abuse.mocking',
    re: phrase(
      '(?:lol|lmao|lmfao|haha\\w*|hehe|pmsl|rofl|kek)(?: \\w+){0,5}? (?:crying|cry|cries|pathetic|snowflake|drama|boo hoo|cope|seethe|deal with it|get over it|imagine (?:being|crying|moaning|whinging|having)|whinge\\w*|whining|moan\\w*|dramatic|attention|sad (?:life|cow|woman|little)|loser|clown)|(?:crying|whinging|moaning|whining|cope|seethe|boo hoo|snowflake)(?: \\w+){0,5}? (?:lol|lmao|lmfao|haha\\w*|pmsl|rofl)',
    ),
    check: 'not-self',
  },
];
