import { crisisCopy, type PostNotice, priorityForScreen, publicationFor } from '@village/domain';
import { screenPost } from '@village/domain/screening';
import type { AppContext } from '../context.ts';
import { loadHelplines } from '../helplines/service.ts';
import { HttpError } from '../http/errors.ts';
import { crisisResources } from '../resources/service.ts';
import { assertMayPost } from '../restrictions/service.ts';
import type { PostingFacts } from './posting-facts.ts';

/**
 * Runs before a post is stored, with the same rules the screen-post job will run: a muted or
 * banned member and a blocked post are refused with the reason (nothing is stored), and the
 * writer learns at once what will happen: the crisis card when she wrote of a crisis (a
 * crisis is never blocked), or roughly how long a moderator will take when it will be held.
 * The job, not this check, decides what others see.
 */
export async function prescreen(ctx: AppContext, facts: PostingFacts, text: string): Promise<PostNotice> {
  assertMayPost(facts.restriction);
  const { options, settings } = facts.screen;
  const result = await screenPost(text, options);
  if (result.verdict === 'block') {
    throw new HttpError(
      'blocked',
      result.blockReason ?? 'This post breaks the community guidelines, so it was not posted.',
      'body',
    );
  }
  const publication = publicationFor(result.verdict, facts.mode);
  const kind = result.crisisKind;
  let crisis: PostNotice['crisis'] = null;
  if (kind) {
    const helplines = await loadHelplines(ctx.db);
    const more = await crisisResources(ctx.db, kind, helplines);
    crisis = { kind, ...crisisCopy[kind], helplines, resources: more };
  }
  return {
    crisis,
    heldForReview:
      publication.status === 'held'
        ? { reviewMinutes: settings.dueMinutes[priorityForScreen(result.categories)] }
        : null,
  };
}

/** The thread's title is screened with its opening post, after the body so match offsets into the body hold. */
export const screenedText = (body: string, title: string | null): string => (title ? `${body}\n\n${title}` : body);
