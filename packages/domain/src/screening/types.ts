/**
 * The screen's contract: what the pure rules return for one post, and what they need to know
 * beyond its text. The screen-post job, the API's pre-check and `pnpm village screen` all call
 * `screenPost` (which encodes the post, then runs `screenText`) with these types, so the
 * service and the command run exactly the same rules.
 */

/** allow = publish; flag = publish and queue for review; hold = keep from others until reviewed; block = refuse. */
export const verdicts = ['allow', 'flag', 'hold', 'block'] as const;
export type Verdict = (typeof verdicts)[number];

export const screenCategories = ['crisis', 'abuse', 'pii', 'link', 'spam', 'watched'] as const;
export type ScreenCategory = (typeof screenCategories)[number];

/**
 * Kinds of crisis need different replies: a calm, informed answer for frightening intrusive
 * thoughts (common in perinatal OCD, usually not intent), urgent help for the others.
 */
export const crisisKinds = [
  'suicide_self_harm',
  'intrusive_thoughts',
  'danger_to_baby',
  'danger_from_other',
  'psychosis',
] as const;
export type CrisisKind = (typeof crisisKinds)[number];

export const piiKinds = ['phone', 'email', 'address', 'postcode', 'nhs_number', 'social', 'full_name'] as const;
export type PiiKind = (typeof piiKinds)[number];

/** A span of the text that a rule matched: [start, end) in UTF-16 code units of the input. */
export interface ScreenMatch {
  category: ScreenCategory;
  /** the crisis or pii kind, or the watched word's action */
  kind?: CrisisKind | PiiKind | WatchedAction;
  start: number;
  end: number;
  text: string;
  /** which rule matched, for moderators and tests (e.g. "crisis.better-off-without-me") */
  rule: string;
}

export const watchedActions = ['flag', 'hold', 'block', 'censor'] as const;
export type WatchedAction = (typeof watchedActions)[number];

/** A word or phrase the service's admins watch for (like Discourse's watched words). */
export interface WatchedWord {
  phrase: string;
  action: WatchedAction;
}

export interface ScreenOptions {
  /** the service's own list, managed by admins; default none */
  watchedWords?: readonly WatchedWord[];
  /** what a crisis post gets: held for review (default) or published and flagged */
  crisisAction?: 'hold' | 'flag';
  /** the author joined recently: her links are held for a moderator */
  authorIsNew?: boolean;
  /** the author's recent post bodies (newest first), to spot the same text posted repeatedly */
  recentPosts?: readonly string[];
  /**
   * the post's sentence vector (sense/encoder.ts), for the sense layer's opinion on abuse;
   * `screenPost` supplies it, and without it that layer is skipped
   */
  sentenceVector?: readonly number[];
}

export interface ScreenResult {
  verdict: Verdict;
  /** every category that matched, in screenCategories order */
  categories: ScreenCategory[];
  /** the most urgent crisis kind found, or null */
  crisisKind: CrisisKind | null;
  matches: ScreenMatch[];
  /** the text with `censor` words masked when any matched, else null */
  censored: string | null;
  /** for `block`: what the author is told, kindly and plainly; else null */
  blockReason: string | null;
}
