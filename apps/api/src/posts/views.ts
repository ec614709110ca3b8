import { type Actor, type ContentNote, canSeePost, type PostView, type ReactionCounts } from '@village/domain';

/** A post row joined with what a view needs: author name and the last published version. */
export interface PostRow {
  id: string;
  threadId: string;
  groupId: string;
  authorId: string;
  authorName: string;
  isOpening: boolean;
  seq: bigint;
  body: string;
  contentNote: string | null;
  status: PostView['status'];
  removedBy: PostView['removedBy'];
  version: number;
  publishedVersion: number | null;
  publishedBody: string | null;
  publishedContentNote: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const noReactions = (): ReactionCounts => ({ hug: 0, me_too: 0, thank_you: 0 });

/**
 * What one viewer sees of a post, or null when she may not see it at all.
 * While an edit waits for screening, others keep seeing the last published version.
 */
export function postViewFor(actor: Actor, row: PostRow, reactions: ReactionCounts): PostView | null {
  const facts = { authorId: row.authorId, status: row.status };
  if (canSeePost(actor, facts).ok) return fullView(row, reactions);
  if (row.publishedVersion !== null && row.publishedBody !== null) {
    return {
      ...fullView(row, reactions),
      body: row.publishedBody,
      contentNote: row.publishedContentNote as ContentNote | null,
      status: 'published',
      version: row.publishedVersion,
      edited: row.publishedVersion > 1,
    };
  }
  return null;
}

/** The view every member of the group may receive (used for live events once published). */
export function publicView(row: PostRow, reactions: ReactionCounts): PostView {
  return fullView(row, reactions);
}

function fullView(row: PostRow, reactions: ReactionCounts): PostView {
  const gone = row.status === 'removed' || row.status === 'hidden';
  return {
    id: row.id,
    threadId: row.threadId,
    groupId: row.groupId,
    author: { id: row.authorId, displayName: row.authorName },
    body: gone ? null : row.body,
    contentNote: gone ? null : (row.contentNote as ContentNote | null),
    status: row.status,
    removedBy: row.removedBy,
    version: row.version,
    edited: row.version > 1,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    reactions,
    cursor: row.seq.toString(),
  };
}
