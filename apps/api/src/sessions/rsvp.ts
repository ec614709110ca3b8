import { type Actor, canRsvp, type RsvpView } from '@village/domain';
import { and, asc, count, eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../context.ts';
import { sessionRsvps } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { HttpError } from '../http/errors.ts';
import { notify } from '../notifications/service.ts';
import { AfterCommit } from '../realtime/after-commit.ts';
import { announceSession } from './lifecycle.ts';
import { accessFacts, lockSession } from './rows.ts';
import { waitlistPosition } from './views.ts';

type SignedIn = NonNullable<Actor>;

/**
 * "I'll come": a place while there is one, else the waiting list. Under the session's row lock,
 * so two members cannot both take the last place. Saying it twice changes nothing.
 */
export async function rsvp(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  log?: FastifyBaseLogger,
): Promise<RsvpView> {
  const now = new Date();
  const { row, mine } = await ctx.db.transaction(async (tx) => {
    const row = await lockSession(tx, sessionId);
    authorize(canRsvp(actor, await accessFacts(tx, actor, row, now)));
    const userId = (actor as SignedIn).id;
    const [existing] = await tx
      .select()
      .from(sessionRsvps)
      .where(and(eq(sessionRsvps.sessionId, sessionId), eq(sessionRsvps.userId, userId)));
    if (existing) return { row, mine: existing };
    const [going] = await tx
      .select({ n: count() })
      .from(sessionRsvps)
      .where(and(eq(sessionRsvps.sessionId, sessionId), eq(sessionRsvps.status, 'going')));
    const status = (going?.n ?? 0) < row.capacity ? 'going' : 'waitlisted';
    const [mine] = await tx.insert(sessionRsvps).values({ sessionId, userId, status }).returning();
    if (!mine) throw new Error('rsvp insert returned nothing');
    return { row, mine };
  });
  await announceSession(ctx, row, log);
  return {
    sessionId,
    status: mine.status,
    waitlistPosition: mine.status === 'waitlisted' ? await waitlistPosition(ctx.db, sessionId, mine.userId) : null,
    createdAt: mine.createdAt.toISOString(),
  };
}

/**
 * "I can't come after all". A freed place goes to whoever has waited longest, who is told.
 * Allowed to any signed-in member with an RSVP, whatever the session's state.
 */
export async function cancelRsvp(ctx: AppContext, actor: Actor, sessionId: string, log?: FastifyBaseLogger) {
  const after = new AfterCommit();
  const row = await ctx.db.transaction(async (tx) => {
    const row = await lockSession(tx, sessionId);
    // Dropping out needs no more than being signed in: it only ever removes her own RSVP.
    if (!actor) throw new HttpError('unauthenticated', 'Sign in to continue.');
    const [gone] = await tx
      .delete(sessionRsvps)
      .where(and(eq(sessionRsvps.sessionId, sessionId), eq(sessionRsvps.userId, (actor as SignedIn).id)))
      .returning();
    if (gone?.status !== 'going' || row.state === 'closed' || row.state === 'cancelled') return row;
    const [next] = await tx
      .select()
      .from(sessionRsvps)
      .where(and(eq(sessionRsvps.sessionId, sessionId), eq(sessionRsvps.status, 'waitlisted')))
      .orderBy(asc(sessionRsvps.createdAt), asc(sessionRsvps.userId))
      .limit(1);
    if (next) {
      await tx
        .update(sessionRsvps)
        .set({ status: 'going' })
        .where(and(eq(sessionRsvps.sessionId, sessionId), eq(sessionRsvps.userId, next.userId)));
      await notify(tx, after, {
        userId: next.userId,
        kind: 'session.place',
        message: `A place opened up in "${row.title}", and it's yours. We look forward to seeing you.`,
        link: `/sessions/${sessionId}`,
        dedupeKey: `session.place:${sessionId}:${next.userId}`,
      });
    }
    return row;
  });
  await after.publish(ctx, log);
  await announceSession(ctx, row, log);
  return row;
}
