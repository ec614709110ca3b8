import { matchesOf, type Normalised, originalSpan, phrase } from './normalise.ts';
import type { ScreenMatch } from './types.ts';

/**
 * Ways to be found off the platform that pii.ts did not foresee: an email named without its
 * "@" ("my gmail is hannahb1990"), a profile link ("fb.com/hannah.brown.1990"), and a handle
 * handed out after "add me". A handle is told from an everyday word by what handles have and
 * words lack: a digit, an underscore or a dot inside, or an "@" in front.
 */

const PROVIDER =
  '(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|btinternet|aol|protonmail|proton|msn|live|virginmedia|talktalk|sky|gmx|ymail)';
/** A handle: letters with a digit, '_' or '.' inside, or after an '@'; a Skype id ("live:name"). */
const HANDLE =
  '(?:live:[a-z0-9._-]{3,40}|@?(?=[a-z0-9._-]*[a-z])(?=[a-z0-9._-]*[0-9_.])[a-z0-9][a-z0-9._-]{2,40}[a-z0-9])';
/** Words that follow "my email is" without being an address. */
const NOT_A_HANDLE =
  /^(?:down|full|not|broken|playing|being|working|the|a|an|on|in|at|linked|old|new|still|so|just|blocked|hacked|spam|same|different|private|public|fine|ok|okay|there|here|below|above|in my profile|on my profile)$/;

export const PLATFORM =
  '(?:the gram|gram|whatsapp|whats app|facebook|fb|insta|instagram|ig|snapchat|snap|tiktok|tik tok|twitter|x|telegram|signal|kik|discord|messenger|threads|bluesky|linkedin|wechat|viber|skype|facetime)';

const rules: Array<{ id: string; re: RegExp; accept?: (m: RegExpExecArray) => boolean }> = [
  {
    // "my gmail is hannahb1990", "email me: kate.jones87".
    id: 'pii.email-named',
    re: phrase(
      `(?:my|me|our) (?:${PROVIDER}|email|e-mail|e mail|mail|addy)(?: address| addy| account)?(?: is| its| =|:| -| on| at)? ?(?:its )?(?:${HANDLE}|[a-z]{4,30}(?= ?(?:${PROVIDER})?(?:[.!?,\\n]|$)))|email me (?:on |at )?:? ?${HANDLE}`,
    ),
    accept: (m) => {
      const last = m[0].split(/[ :=-]+/).pop() ?? '';
      if (NOT_A_HANDLE.test(last)) return false;
      // A plain word needs a named provider: "my gmail is hannahbrown" is an address, "my email is down" is not.
      return /[0-9_.@]/.test(last) || new RegExp(`${PROVIDER}`).test(m[0]);
    },
  },
  {
    // A profile link, with or without https://. A group link is an invitation to talk off the
    // platform ("much more active than here: facebook.com/groups/…"); a page (a charity's) and
    // help or policy links are not.
    id: 'pii.social-link',
    re: /(?<![\p{L}\p{N}])(?:https?:\/\/)?(?:www\.|m\.)?(?:fb\.com|fb\.me|facebook\.com|instagram\.com|instagr\.am|tiktok\.com|twitter\.com|x\.com|snapchat\.com|t\.me|wa\.me|linkedin\.com\/in|threads\.net|bsky\.app\/profile|discord\.gg|discord\.com\/invite|chat\.whatsapp\.com)\/(?!pages\/|events\/|help|policies|privacy)[\p{L}\p{N}._@/-]+/gu,
  },
  {
    // "snapchat is lauren_xo_92", "insta: mumof2.ne": a platform, then a handle.
    id: 'pii.platform-handle',
    re: phrase(
      `${PLATFORM}(?: name| handle| username| user name| id| account)?(?: is| its| =|:| -| @|,)? ?(?:its )?${HANDLE}`,
    ),
  },
  {
    // "whats ur snap? mine is beccaxbump94", "on insta? I'm mumof2_leeds": the platform named in
    // a question or aside, then her handle after "mine is", "it's", "I'm" or "add me".
    id: 'pii.platform-then-handle',
    re: phrase(
      `${PLATFORM}(?: name| handle| username| user name| id| account)?s?[?!.,:]?(?: \\w+){0,3}?[?!.,:]? (?:mine is|mines|mine|its|it is|im|i am|im on as|add me|add me on there|find me)[:,]? ?(?:its )?${HANDLE}`,
    ),
  },
  {
    // "add me hannah_b90", "follow me @mumofthree".
    id: 'pii.add-me-handle',
    re: phrase(
      `(?:add|follow|find|dm|message|msg|inbox|snap|friend|search for|look for|look up) (?:me|us)(?: on \\w+(?: \\w+)?)?(?: at| as| under| @|:|,| -)? ?(?:its )?${HANDLE}`,
    ),
  },
  {
    // "I'm mamabear underscore leeds": a handle spelled out, after a platform or the DMs.
    id: 'pii.handle-spelled',
    re: phrase('[a-z0-9]{2,30}(?: (?:underscore|dot|dash) [a-z0-9]{1,30})+'),
    // "on the dot" is a time, not a handle.
    accept: (m) => !/^(?:com|co|uk|org|net)$/.test(m[0].split(' ').pop() ?? '') && !/^the dot /.test(m[0]),
  },
  {
    // "TikTok's easier for me, search littlelegsandlatte": a platform, then a name to search.
    id: 'pii.platform-search',
    re: phrase(
      `${PLATFORM}s?(?: \\w+){0,6}?,? (?:search|search for|look up|look for|find) (?:me |us )?(?:on there |under |for )?(?!the |a |an |my |for |me |us )[a-z0-9._]{6,30}`,
    ),
  },
];

export function findSocial(n: Normalised): ScreenMatch[] {
  const matches: ScreenMatch[] = [];
  for (const rule of rules) {
    for (const m of matchesOf(rule.re, n.text)) {
      if (rule.accept && !rule.accept(m)) continue;
      const span = originalSpan(n, m.index, m.index + m[0].length);
      matches.push({
        category: 'pii',
        kind: rule.id === 'pii.email-named' ? 'email' : 'social',
        ...span,
        text: n.original.slice(span.start, span.end),
        rule: rule.id,
      });
    }
  }
  return matches;
}
