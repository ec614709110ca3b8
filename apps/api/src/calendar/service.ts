import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import {
  type Actor,
  CALENDAR_TOKEN_PATTERN,
  type CalendarEvent,
  type CalendarLink,
  canManageCalendarLink,
  canReadGroupCalendar,
  toICalendar,
} from '@village/domain';
import { and, asc, eq, gte, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/client.ts';
import { calendarTokens, groupSessions, groups, sessionRsvps } from '../db/schema/index.ts';
import { authorize } from '../http/authorize.ts';
import { notFound } from '../http/errors.ts';
import type { SessionRow } from '../sessions/rows.ts';

/** Past sessions stay in a feed this long, so a calendar does not drop last week's entries. */
const FEED_HISTORY_DAYS = 60;
const FEED_LIMIT = 500;
const TOKEN_RE = new RegExp(CALENDAR_TOKEN_PATTERN);

const hashToken = (token: string) => encodeHexLowerCase(sha256(new TextEncoder().encode(token)));

function newToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function linkFor(ctx: AppContext, token: string, createdAt: Date): CalendarLink {
  const https = `${ctx.config.publicOrigin}/api/calendar/me/${token}.ics`;
  return { https, webcal: https.replace(/^https?:/, 'webcal:'), createdAt: createdAt.toISOString() };
}

/** Creates her link, or rotates it: the old one stops working in the same transaction. */
export async function rotateCalendarToken(ctx: AppContext, actor: Actor): Promise<CalendarLink> {
  authorize(canManageCalendarLink(actor));
  const userId = (actor as NonNullable<Actor>).id;
  const token = newToken();
  const row = await ctx.db.transaction(async (tx) => {
    await revokeIn(tx, userId);
    const [row] = await tx
      .insert(calendarTokens)
      .values({ userId, tokenHash: hashToken(token) })
      .returning();
    if (!row) throw new Error('calendar token insert returned nothing');
    return row;
  });
  return linkFor(ctx, token, row.createdAt);
}

export async function revokeCalendarToken(db: Db, actor: Actor): Promise<void> {
  authorize(canManageCalendarLink(actor));
  await revokeIn(db, (actor as NonNullable<Actor>).id);
}

/** Whether she has a working link (the link itself is shown only when made: we keep only its hash). */
export async function calendarTokenStatus(
  db: Db,
  actor: Actor,
): Promise<{ active: boolean; createdAt: string | null }> {
  authorize(canManageCalendarLink(actor));
  const [row] = await db
    .select({ createdAt: calendarTokens.createdAt })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.userId, (actor as NonNullable<Actor>).id), isNull(calendarTokens.revokedAt)));
  return { active: Boolean(row), createdAt: row?.createdAt.toISOString() ?? null };
}

async function revokeIn(db: Db, userId: string) {
  await db
    .update(calendarTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)));
}

/**
 * The member's feed: every session she said she would come to (going or waiting), cancelled
 * ones kept and marked so her calendar drops them. A malformed, unknown or revoked token is
 * the same "not found".
 */
export async function memberFeed(ctx: AppContext, token: string, now = new Date()): Promise<string> {
  if (!TOKEN_RE.test(token)) throw notFound('calendar');
  const [owner] = await ctx.db
    .select({ userId: calendarTokens.userId })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.tokenHash, hashToken(token)), isNull(calendarTokens.revokedAt)));
  if (!owner) throw notFound('calendar');
  const rows = await ctx.db
    .select({ session: groupSessions, groupName: groups.name })
    .from(sessionRsvps)
    .innerJoin(groupSessions, eq(groupSessions.id, sessionRsvps.sessionId))
    .innerJoin(groups, eq(groups.id, groupSessions.groupId))
    .where(and(eq(sessionRsvps.userId, owner.userId), gte(groupSessions.endsAt, historyStart(now))))
    .orderBy(asc(groupSessions.startsAt))
    .limit(FEED_LIMIT);
  return toICalendar({
    name: 'Village: my sessions',
    now,
    events: rows.map((r) => eventOf(ctx, r.session, r.groupName)),
  });
}

/** A group's public feed: titles and times only, for groups anyone may join. */
export async function groupFeed(ctx: AppContext, groupId: string, now = new Date()): Promise<string> {
  const [group] = await ctx.db.select().from(groups).where(eq(groups.id, groupId));
  if (!group) throw notFound('group');
  authorize(canReadGroupCalendar(group));
  const rows = await ctx.db
    .select()
    .from(groupSessions)
    .where(and(eq(groupSessions.groupId, groupId), gte(groupSessions.endsAt, historyStart(now))))
    .orderBy(asc(groupSessions.startsAt))
    .limit(FEED_LIMIT);
  return toICalendar({ name: `Village: ${group.name}`, now, events: rows.map((s) => eventOf(ctx, s, group.name)) });
}

const historyStart = (now: Date) => new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000);

/** Nothing about who is coming or who leads it: a feed link can be forwarded. */
function eventOf(ctx: AppContext, s: SessionRow, groupName: string): CalendarEvent {
  const cancelled = s.state === 'cancelled';
  return {
    uid: `session-${s.id}@${new URL(ctx.config.publicOrigin).host}`,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    summary: cancelled ? `Cancelled: ${s.title}` : s.title,
    description: `${groupName} · ${s.theme}`,
    url: `${ctx.config.publicOrigin}/sessions/${s.id}`,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    // A cancellation must outrank the entry a calendar already holds.
    sequence: cancelled ? 1 : 0,
    updatedAt: s.updatedAt,
  };
}
