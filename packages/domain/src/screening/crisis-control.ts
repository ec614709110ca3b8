import { ADULT_OR_PRONOUN, type CrisisRule } from './crisis-words.ts';
import { bounded, phrase } from './normalise.ts';

/**
 * Danger from another person told as ordinary life: coercive control, a threat passed on, an
 * abuser who has found her again, a way out asked about "for a friend". Women rarely call it
 * abuse ("is it normal to need to ask to buy nappies?"); the rules in crisis-other.ts need an
 * act of violence, these need the control. Written from the training sets train-e to train-i.
 */
const w = (source: string) => bounded(new RegExp(source.replaceAll(' ', '\\s'), 'u'));

const HE = `(?:${ADULT_OR_PRONOUN}|hes)`;
const PAPERS = '(?:passport|bank ?card|birth certificate|documents|id|driving licence|phone|car keys|money)';

const control = (id: string, source: string, extra: Partial<CrisisRule> = {}): CrisisRule => ({
  id: `crisis.${id}`,
  kind: 'danger_from_other',
  re: phrase(source),
  ...extra,
});

export const controlRules: CrisisRule[] = [
  // "he has my passport locked away… so I can't run off to my mum's".
  control(
    'papers-kept',
    `${HE} (?:\\w+ ){0,2}?(?:has|keeps|kept|took|taken|takes|hid|hides|hidden|locked|locks|holds|wont give me|wont let me have) (?:\\w+ ){0,2}?(?:my|our|the babys) ${PAPERS}|(?:get|getting) (?:my|your|our) ${PAPERS} back`,
    {
      also: w(
        '(?:so i (?:cant|can not|cannot|dont|wont)|run off|leave|locked (?:away|up)|wont give (?:it|them) back|not allowed|asking for a friend|not a friend)',
      ),
      unless: w('(?:safe ?keeping for me|i asked him|i gave (?:it|them) to him|lost|renewal|holiday)'),
    },
  ),
  // "he gives me £20 a week and I have to show him the receipts and the change".
  control(
    'money-checked',
    `(?:i )?(?:have to|has to|got to|must) (?:show|give|hand) (?:him|her|them) (?:all )?(?:the |my )?(?:receipts|change|bank statements?)|${HE} (?:\\w+ ){0,2}?(?:checks|goes through|controls|takes) (?:all )?(?:my|the) (?:receipts|bank|money|spending|purchases)`,
    { also: w('(?:allowed|let me|dont get|won.?t get|if its short|bad with money|ask (?:him|to)|per week|a week)') },
  ),
  // "I have to ask for every penny", "he decides what I'm allowed to eat", "locks the fridge when
  // he goes to work" (train-j, train-k): money and food rationed by him.
  control(
    'rationed',
    `(?:i )?(?:have to|got to|must) ask (?:him )?for every (?:penny|pound|nappy|thing)|${HE} (?:\\w+ ){0,2}?(?:decides?|chooses?|says) what (?:im|i am|i) (?:allowed|let) (?:to )?(?:eat|spend|buy|wear)|(?:${HE} )?(?:locks|locked|padlocks|padlocked) (?:the )?(?:fridge|food|cupboards|kitchen)`,
    { unless: w('(?:toddler|kids?|child ?lock|son|daughter|dog|cat|diet|slimming)') },
  ),
  // "last time there was trouble I couldn't sit down for a week": a beating told by its after-effects.
  control(
    'hurt-after-trouble',
    '(?:couldnt|could not|cant|can not) (?:sit|sit down|walk|lift my arm|see out of (?:my|one) eye) (?:properly )?for (?:a|two|three|\\d+) (?:days?|weeks?)',
    {
      also: w('(?:trouble|he|hes|him|partner|husband|boyfriend|if i (?:spend|say|do) wrong|punish\\w*)'),
      unless: w('(?:section|stitches|tear|birth|labour|surgery|op|operation|piles|sciatica|spd|back)'),
    },
  ),
  // "locked me out on the balcony for two hours in my nightie".
  control(
    'locked-out-or-in',
    '(?:locked|locks|locking|shut|shuts) me (?:out|in)(?: \\w+){0,2}? (?:on|in|of) (?:the|our|my) (?:balcony|garden|street|cold|house|flat|bedroom|bathroom|room|car)',
    {
      also: w('(?:he|hes|him|his|partner|husband|boyfriend|ex|in laws?|mil)'),
      unless: w('(?:by accident|accidentally|keys|toddler|kids?|son|daughter|wind|slammed|joke|lol|😂)'),
    },
  ),
  // "he said next time he'll finish it", "he said if anyone asks that's what happened".
  control(
    'threat-next-time',
    `${HE} (?:\\w+ ){0,2}?(?:said|says|told me|texted|warned)(?: me)?(?: that)? (?:next time|if i (?:ever )?(?:leave|go|tell|take)|if anyone asks)`,
    { unless: w('(?:hoover\\w*|bins|washing|dishes|nappy|nappies|feed|feeds|cook\\w*|dinner)') },
  ),
  // "Ex got out on Monday. Probation never told me", "a card came to the new address".
  control(
    'found-again',
    `(?:ex|he|him|his)(?: \\w+){0,3}? (?:got out|gets out|is out|was released|been released|let out)|(?:came|sent|turned up|arrived|posted) (?:\\w+ )?(?:to|at) (?:the|my|our) new (?:address|flat|house|place)|${HE} (?:\\w+ ){0,2}?(?:found|knows|has|got) (?:my|our) new (?:address|number|flat|house)`,
    {
      also: w(
        '(?:probation|prison|jail|court|non ?mol|injunction|restraining|saw him|seen him|round the corner|outside|his handwriting|scared|soon|fled|moved counties|new number)',
      ),
      unless: w('(?:hospital|work|the shop|for a pint|on parole for good behaviour)'),
    },
  ),
  // "how do you leave when… his mam lives next door and watches the gate? asking for a friend.
  // the friend is me", "how do you get the kids out the house when hes asleep".
  control(
    'how-do-i-leave',
    '(?:how (?:do|can|would|could) (?:i|you|someone|a person|a woman) (?:actually )?(?:leave|get out|get away|escape)(?: \\w+){0,3}? (?:when|if|with|without)|(?:get|getting|sneak) (?:the kids|the baby|the children|us|them) out (?:of )?the (?:house|flat) (?:when|while) (?:hes|he is|they are|theyre) asleep)',
    {
      also: w(
        '(?:asking for a friend|the friend is me|not a friend|no money of (?:my|your) own|no car of (?:my|your) own|watches|controls|wont let|wouldnt let|without (?:him|them) knowing|without waking (?:him|them))',
      ),
    },
  ),
  // "does anyone know if the refuges round Wolverhampton take you with a newborn? asking for me".
  control('refuge-for-me', '(?:refuges?|womens aid|safe house)', {
    also: w(
      '(?:asking for (?:me|myself|a friend)|(?:he|husband|partner) (?:doesnt|does not|cant|mustnt) (?:know|find out)|bag packed|packed a bag|get (?:us )?out|how do (?:i|you) leave|take (?:me|you|us) in|with a (?:newborn|baby)|he reads)',
    ),
    unless: w(
      '(?:volunteer\\w*|work(?:ed|ing|s)? (?:at|in|for)|donat\\w*|fundrais\\w*|training|collection|raffle|charity shop)',
    ),
  }),
];
