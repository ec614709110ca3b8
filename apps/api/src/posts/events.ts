import type { PostView, ReactionCounts } from '@village/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';

type PostEventType = 'post.created' | 'post.updated' | 'post.hidden';

/**
 * Tells the thread and its group about a committed change. A lost live event costs nothing
 * lasting (Postgres has the row and clients catch up on reconnect), so a Redis failure here
 * is logged and the request still succeeds.
 */
export async function announcePost(ctx: AppContext, type: PostEventType, post: PostView, log?: FastifyBaseLogger) {
  try {
    await ctx.publisher.publish({ type, topic: `thread:${post.threadId}`, post });
    await ctx.publisher.publish({ type, topic: `group:${post.groupId}`, post });
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
