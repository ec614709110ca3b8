import { babyRules } from './crisis-baby.ts';
import { broadBabyRules } from './crisis-broad-baby.ts';
import { broadOtherRules } from './crisis-broad-other.ts';
import { broadPsychosisRules } from './crisis-broad-psychosis.ts';
import { broadSelfRules } from './crisis-broad-self.ts';
import { conceptRules } from './crisis-concepts.ts';
import { controlRules } from './crisis-control.ts';
import { farewellRules } from './crisis-farewell.ts';
import { obliqueRules } from './crisis-oblique.ts';
import { otherRules } from './crisis-other.ts';
import { selfHarmRules } from './crisis-self.ts';
import {
  answeredNo,
  type CrisisRule,
  DISCLAIMED_INNOCENCE,
  DISTANT_PAST,
  FIRST_PERSON,
  MEANS_IT,
  NOT_TRUE,
  PAST,
  type PostTest,
  RECURRING,
  RESOLVED,
  SIGNPOSTING,
} from './crisis-words.ts';
import { clauseBefore, matchesOf, type Normalised, originalSpan, phrase, sentenceAround } from './normalise.ts';
import type { CrisisKind, ScreenMatch } from './types.ts';

/**
 * Most urgent first. Harm to a baby comes first because the baby cannot ask for help and a
 * moderator may need to involve safeguarding at once; then risk to the author's own life; then
 * danger from someone else (urgent, but often ongoing and needing careful, private contact);
 * psychosis is an emergency too, but it rarely appears alone: when it does it still outranks
 * intrusive thoughts, which need a calm reply rather than alarm. When a post has several, the
 * crisis card and the moderator's first step follow the most urgent.
 */
export const crisisUrgency: readonly CrisisKind[] = [
  'danger_to_baby',
  'suicide_self_harm',
  'danger_from_other',
  'psychosis',
  'intrusive_thoughts',
];

const rules: readonly CrisisRule[] = [
  ...selfHarmRules,
  ...babyRules,
  ...otherRules,
  ...conceptRules,
  ...broadSelfRules,
  ...broadBabyRules,
  ...broadOtherRules,
  ...broadPsychosisRules,
  ...obliqueRules,
  ...farewellRules,
  ...controlRules,
];

/**
 * A story about the past with an ending ("two years ago I was suicidal; therapy helped") is
 * not a disclosure now; "the thoughts are back" or "again" makes it one.
 */
/** "worried it'd come back" fears a return; it does not report one. */
const FEARED_RETURN =
  /(?:worried|scared|afraid|terrified|frightened|fear\w*|panick\w*|anxious)(?: \w+){0,2}? (?:that )?(?:(?:it|they|the thoughts|the urges)(?:d| would| will| ll| might| may| could)? (?:come back|return|start again)|(?:\w+ ){0,2}(?:would|will|might|may|could|d) (?:bring|set|trigger) (?:it|them|the thoughts|the urges|that)(?: all)? (?:back|off))/gu;

/** "the urges haven't come back since the spring": a return denied is not a return. */
const DENIED_RETURN =
  /(?:hasnt|havent|has not|have not|didnt|never|not) (?:\w+ )?(?:come back|came back|returned|been back)/gu;

/**
 * A subject met in learning or the news ("did my safeguarding level 2 today. Loads on coercive
 * control"): said in the sentence or the one before, of a sentence with no I, me or my in it.
 */
const LEARNT =
  '(?:safeguarding|book club|(?:uni|college) (?:essay|assignment|course|module)|essay|dissertation|lecture|news story|story on the news|on the news|in the news)';
const LEARNT_HERE = new RegExp(`(?<![\\p{L}])${LEARNT}(?![\\p{L}])`, 'u');
/** Someone else's story, retold: a documentary, an article, what a friend said is common. */
const RETOLD = new RegExp(
  `(?<![\\p{L}])(?:documentary|programme|episode|podcast|article|the woman who|a woman who|(?:she|he) was telling me|telling me how common|how common|(?:a|the|that|this) (?:drama|film|movie|novel|book|series|soap|storyline)|storyline|eastenders|corrie|coronation street|emmerdale|hollyoaks|${LEARNT}|(?:my |our |a )?friend(?: from \\w+)? (?:told me|said|says|has been|was telling me))(?![\\p{L}])`,
  'u',
);
const NOT_HAD_THEM =
  /(?<![\p{L}])(?:i )?(?:havent|have not|never) (?:had|experienced) (?:them|it|that|those|any)(?: myself)?(?![\p{L}])/u;

/**
 * Hyperbole about the small daily trials: "If I hear the Peppa Pig theme one more time I'm
 * walking into the sea". Only about hearing, singing, watching, being asked the same thing
 * again; "if he hits me one more time" is no joke, and neither is a post that says it is not.
 */
const ONE_MORE_TIME =
  /(?<![\p{L}])if i (?:have to |hear |get )?(?:\w+ )?(?:hear|hearing|sing|singing|watch|watching|listen to|read|reading|play|playing|step on|get asked|am asked|get told|am told|see|change|wipe|fold|tidy|pick up) (?:\w+ ){0,6}?(?:one more time|once more|again)(?![\p{L}])/u;

/**
 * A screening question quoted and answered at once: "Thoughts of harming yourself, no. Harming
 * the baby? No." Only in a post about those questions, and only a bare "no" ("no one cares" and
 * "no joke" are not answers).
 */
const QUOTED_NO = /^(?:\s+\w+){0,3}\s*[,?:-]?\s*(?:no|nope|nah|none)\s*(?:[.!,;]|$)/u;
const SCREENING_QUESTIONS =
  /(?<![\p{L}])(?:hv|health visitor|midwife|gp|doctor|nurse|the questions|questionnaire|the form|asked|asks|booking)(?![\p{L}])/u;

/** The sentence that ends just before `at`, or "". */
function sentenceBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && !/[\p{L}\p{N}]/u.test(text[end - 1] as string)) end--;
  if (end === 0) return '';
  const { from } = sentenceAround(text, end - 1);
  return text.slice(from, end);
}

/** "three years ago this week", "three years today since I last…": an anniversary, not something happening this week. */
const ANNIVERSARY =
  /ago (?:this (?:week|month|day)|today|tonight)|(?<=(?:years?|months) )(?:today|this week) (?=since)/gu;

/** "back then", "went back to work": the word "back" that is not a return of anything. */
const NOT_A_RETURN =
  /(?<![\p{L}])(?:back then|(?:a few |a couple of |some |\d+ |two |three )?(?:days?|weeks?|months?|years?) back|back in (?:the day|those days)|(?:went|go|going|gone|got) back to (?:work|uni|college|school|the gym))(?![\p{L}])/gu;

function pastAndResolved(sentence: string, post: PostTest): boolean {
  const now = sentence
    .replace(FEARED_RETURN, '')
    .replace(DENIED_RETURN, '')
    .replace(NOT_A_RETURN, '')
    .replace(ANNIVERSARY, 'ago');
  if (RECURRING.test(now)) return false;
  return DISTANT_PAST.test(sentence) || (PAST.test(sentence) && post(RESOLVED));
}

const MAX_PER_RULE = 5;

/** An everyday reading she has ruled out ("and I don't mean a lie in") cannot excuse the match. */
const DISCLAIMED = phrase(DISCLAIMED_INNOCENCE);

export function findCrisis(n: Normalised): ScreenMatch[] {
  const text = n.text;
  const found: Array<ScreenMatch & { from: number; to: number }> = [];
  // Post-wide context tests are asked once per post, not once per match.
  const seen = new Map<RegExp, boolean>();
  const onPost: PostTest = (re) => {
    let answer = seen.get(re);
    if (answer === undefined) {
      answer = re.test(text);
      seen.set(re, answer);
    }
    return answer;
  };
  for (const rule of rules) {
    let kept = 0;
    for (const m of matchesOf(rule.re, text)) {
      // Enough highlights to act on; a wall of repeated text must not cost a check per repeat.
      if (kept >= MAX_PER_RULE) break;
      const from = m.index;
      const to = from + m[0].length;
      const bounds = sentenceAround(text, from, to);
      const sentence = text.slice(bounds.from, bounds.to);
      if (rule.unless?.test(sentence.replace(DISCLAIMED, ' '))) continue;
      if (rule.also && !onPost(rule.also)) continue;
      if (rule.with && !rule.with.every((re) => re.test(sentence))) continue;
      if (rule.notAfter?.test(clauseBefore(text, from))) continue;
      if (rule.when && !rule.when(sentence, onPost)) continue;
      // "If you ever feel like ending it, call 116 123": advice to others, unless she speaks of herself.
      if (SIGNPOSTING.test(text.slice(bounds.from, from)) && !FIRST_PERSON.test(m[0])) continue;
      if (rule.pastMayResolve !== false && pastAndResolved(sentence, onPost)) continue;
      if (rule.kind !== 'danger_from_other' && answeredNo(text.slice(bounds.from, from), onPost)) continue;
      if (QUOTED_NO.test(text.slice(to, to + 40)) && onPost(SCREENING_QUESTIONS) && !onPost(NOT_TRUE)) continue;
      if (rule.kind === 'suicide_self_harm' && ONE_MORE_TIME.test(sentence) && !onPost(MEANS_IT)) continue;
      if (RETOLD.test(sentence) && (!FIRST_PERSON.test(m[0]) || onPost(NOT_HAD_THEM))) continue;
      if (!FIRST_PERSON.test(sentence) && LEARNT_HERE.test(sentenceBefore(text, bounds.from))) continue;
      const span = originalSpan(n, from, to);
      kept++;
      found.push({
        category: 'crisis',
        kind: rule.kind,
        ...span,
        text: n.original.slice(span.start, span.end),
        rule: rule.id,
        from,
        to,
      });
    }
  }
  // One highlight per span and kind: drop a match inside another of the same kind.
  return found
    .filter(
      (a, i) =>
        !found.some(
          (b, j) =>
            j !== i &&
            b.kind === a.kind &&
            b.from <= a.from &&
            b.to >= a.to &&
            (b.to - b.from > a.to - a.from || j < i),
        ),
    )
    .map(({ from: _from, to: _to, ...match }) => match);
}

/** The most urgent kind among the matches, or null. */
export function mostUrgentKind(matches: readonly ScreenMatch[]): CrisisKind | null {
  for (const kind of crisisUrgency) if (matches.some((m) => m.category === 'crisis' && m.kind === kind)) return kind;
  return null;
}
