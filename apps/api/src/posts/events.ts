import type { PostView, ReactionCounts, TopicEvent } from '@village/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { findPostWithReactions } from './queries.ts';
import { publicView } from './views.ts';

type PostEventType = 'post.created' | 'post.updated' | 'post.hidden';

/** The same change told to the thread and to its group. */
export function postEventsFor(type: PostEventType, post: PostView): TopicEvent[] {
  // Once hidden, the text goes nowhere: the event only says which post to take down.
  const shown = type === 'post.hidden' ? { ...post, body: null, contentNote: null } : post;
  return [
    { type, topic: `thread:${post.threadId}`, post: shown },
    { type, topic: `group:${post.groupId}`, post: shown },
  ];
}

/** Reads the post as members now see it and builds its events (for jobs and moderator actions). */
export async function postEvents(db: Db, type: PostEventType, postId: string): Promise<TopicEvent[]> {
  const found = await findPostWithReactions(db, postId);
  if (!found) return [];
  return postEventsFor(type, publicView(found.row, found.reactions));
}

/**
 * Tells the thread and its group about a committed change. A lost live event costs nothing
 * lasting (Postgres has the row and clients catch up on reconnect), so a Redis failure here
 * is logged and the request still succeeds.
 */
export async function announcePost(ctx: AppContext, type: PostEventType, post: PostView, log?: FastifyBaseLogger) {
  try {
    for (const event of postEventsFor(type, post)) await ctx.publisher.publish(event);
  } catch (error) {
    log?.warn({ err: { message: (error as Error).message }, postId: post.id }, 'live event not published');
  }
}

export async function announceReactions(ctx: AppContext, threadId: string, postId: string, reactions: ReactionCounts) {
  try {
    await ctx.publisher.publish({ type: 'reaction.updated', topic: `thread:${threadId}`, postId, reactions });
  } catch {
    // Counts are re-read with the thread; a missed live update is harmless.
  }
}
