import type { TopicEvent } from '@village/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';

/**
 * Events gathered inside a transaction and published only once it has committed (Postgres
 * first, then Redis). A lost live event costs nothing lasting: pages re-read on reconnect.
 */
export class AfterCommit {
  readonly events: TopicEvent[] = [];

  add(...events: TopicEvent[]): void {
    this.events.push(...events);
  }

  async publish(ctx: AppContext, log?: Pick<FastifyBaseLogger, 'warn'>): Promise<void> {
    for (const event of this.events) {
      try {
        await ctx.publisher.publish(event);
      } catch (error) {
        log?.warn({ err: { message: (error as Error).message }, type: event.type }, 'live event not published');
      }
    }
    this.events.length = 0;
  }
}
